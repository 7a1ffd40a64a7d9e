import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../../lib/analyze';
import { decodeJisRuns } from '../../../lib/mime/charset';
import { decodeHeader } from '../../../lib/mime/header';
import { parseMessages } from '../../../lib/mime/index';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/eml');
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(fixtures, name)));

describe('ISO-2022-JP written without a charset label', () => {
  it('decodes the DSN field and the us-ascii text part of a multipart/report', async () => {
    const [parts] = await parseMessages(read('iso2022jp-dsn.eml'));
    const diagnostic = parts!.dsn?.perRecipient[0]?.['diagnostic-code'] ?? '';
    expect(diagnostic).toContain('ユーザーuser@example.jp はディレクトリに見つかりません。');
    expect(parts!.text).toContain('ユーザー user@example.jp はディレクトリに見つかりません。');
    expect(diagnostic + parts!.text).not.toContain('\x1b');
  });

  it('decodes an unlabelled body, so the diagnostic shows the server’s words', async () => {
    const [analysis] = await analyzeRaw(read('iso2022jp-plain.eml'));
    expect(analysis!.recipients[0]?.diagnostic).toBe('550 5.1.1 宛先のユーザーは存在しません');
  });

  it('leaves text without escape sequences, and a lone ESC, as they are', () => {
    expect(decodeJisRuns('550 5.1.1 user unknown $B%f!<')).toBe('550 5.1.1 user unknown $B%f!<');
    expect(decodeJisRuns('colour \x1b[31mred\x1b[0m')).toBe('colour \x1b[31mred\x1b[0m');
    // A run with no switch back ends at the line end.
    expect(decodeJisRuns('a \x1b$B%f!<%6!<\nb')).toBe('a ユーザー\nb');
  });
});

describe('encoded-word headers', () => {
  it('joins a character split across two words and folds the CR/LF a word carried', async () => {
    const [parts] = await parseMessages(read('iso2022jp-dsn.eml'));
    expect(parts!.subject).toBe('Undeliverable: 宛先不明のため配送できません');
  });

  it('keeps words that each switch ISO-2022-JP back to ASCII readable when joined', () => {
    expect(decodeHeader('=?ISO-2022-JP?B?GyRCJUclIyVsGyhC?=\n =?ISO-2022-JP?B?GyRCJS8lSCVqGyhC?=')).toBe(
      'ディレクトリ',
    );
  });

  it('joins UTF-8 bytes split across words, but not words of different charsets', () => {
    // "ü" is C3 BC; the first word ends after C3.
    expect(decodeHeader('=?utf-8?Q?gr=C3?= =?UTF-8?Q?=BC=C3=9Fe?=')).toBe('grüße');
    expect(decodeHeader('=?utf-8?Q?a?= =?iso-8859-1?Q?=FC?=')).toBe('aü');
  });
});

describe('bounded time on hostile input', () => {
  it.each([
    ['escape sequences without text', '\x1b$B'.repeat(50_000)],
    ['long runs with no switch back', `${'\x1b$B'}${'%'.repeat(3_990)}\x1b$B`.repeat(100)],
    ['runs and switches alternating', '\x1b$B%f\x1b(B'.repeat(30_000)],
  ])('decodeJisRuns: %s', (_name, text) => {
    const t0 = performance.now();
    expect(decodeJisRuns(text).length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it.each([
    ['many words in one charset', '=?utf-8?B?YQ==?= '.repeat(20_000)],
    ['words alternating charsets', '=?utf-8?Q?a?= =?iso-8859-1?Q?b?= '.repeat(10_000)],
    ['unterminated words', '=?utf-8?Q?aaaa '.repeat(20_000)],
  ])('decodeHeader: %s', (_name, value) => {
    const t0 = performance.now();
    expect(decodeHeader(value).length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
