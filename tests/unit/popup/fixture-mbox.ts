// An mbox (RFC 4155) built at test time from the single-message fixtures in tests/fixtures/eml,
// so the popup's several-bounces view is tested without a corpus file in the repository.
import fs from 'node:fs';
import path from 'node:path';

const emlDir = path.resolve(import.meta.dirname, '../../fixtures/eml');

/** The named fixtures, each after a "From " postmark line; body lines starting "From " get ">" (mboxrd). */
export function fixtureMbox(names: readonly string[]): string {
  return names
    .map((name) => fs.readFileSync(path.join(emlDir, name), 'latin1').replace(/\r\n/g, '\n'))
    .map((text) => `From MAILER-DAEMON Mon Mar  2 10:00:00 2026\n${text.replace(/^(>*From )/gm, '>$1')}`)
    .join('\n');
}
