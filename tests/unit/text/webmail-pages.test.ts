// The visible text of the stored webmail skeleton pages (../shared/reference/webmail, read at run
// time, never copied) must decode to the recipient and codes the page shows.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../lib/mime';
import { decodeVisibleText } from '../../../lib/text';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const pages = path.resolve(repoRoot, '../shared/reference/webmail');

const CASES: Array<[string, { address: string; status: string | null; replyCode: string | null }]> = [
  ['gmail-preview-pane-m365-ndr.html', { address: 'bob@contoso.com', status: '5.1.10', replyCode: '550' }],
  ['owa-reading-pane-m365-modern-ndr.html', { address: 'bob@contoso.com', status: '5.1.10', replyCode: '550' }],
  ['owa-popout-window.html', { address: 'bob@contoso.com', status: '5.1.10', replyCode: '550' }],
  ['gmail-thread-ndr-address-not-found.html', { address: 'bob@exampel.com', status: null, replyCode: null }],
  // A Postfix notice as Gmail renders it: "< bob@example.net >", indentation lost.
  ['gmail-message-fragments-other-ndrs.html', { address: 'bob@example.net', status: '5.1.1', replyCode: '550' }],
];

describe.skipIf(!fs.existsSync(pages))('webmail skeleton pages', () => {
  for (const [file, want] of CASES) {
    it(`reads ${file}`, () => {
      const d = decodeVisibleText({ text: htmlToText(fs.readFileSync(path.join(pages, file), 'utf8')) });
      expect(d.kind).toBe('failure');
      expect(d.recipients).toContainEqual(expect.objectContaining(want));
    });
  }
});
