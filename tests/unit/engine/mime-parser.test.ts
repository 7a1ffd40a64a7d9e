// BounceParser overrides postal-mime's internal buildMessage() to skip address and Date parsing,
// and its line loop to skip the bodies of parts lib/mime never reads (images, other attachments).
// It must hand toParts exactly what the stock parser does for everything toParts reads; this compares both on every corpus
// message and on a few shapes the corpus may lack, so a postal-mime upgrade that changes its
// internals fails here instead of silently changing what the engine reads.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PostalMime, { type Email } from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { BounceParser } from '../../../lib/mime/index';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const emails = path.resolve(repoRoot, '../shared/corpus/sisimai/emails');

const OPTIONS = { attachmentEncoding: 'arraybuffer', forceRfc822Attachments: true } as const;

/** Attachments whose bytes lib/mime reads (text and message parts); others only need to be listed. */
const read = (type: string) => type.startsWith('text/') || type.startsWith('message/');

/** The fields lib/mime reads, in a comparable form. */
function used(email: Email) {
  return {
    headers: email.headers.map((h) => [h.key, h.originalKey, h.value]),
    subject: email.subject,
    text: email.text,
    html: email.html,
    attachments: email.attachments.map((a) => [
      a.mimeType,
      a.filename,
      a.disposition,
      read(a.mimeType) ? Array.from(new Uint8Array(a.content as ArrayBuffer)) : 'not read',
    ]),
  };
}

async function same(raw: Uint8Array): Promise<void> {
  const stock = await new PostalMime(OPTIONS).parse(raw.slice());
  const lean = await new BounceParser(OPTIONS).parse(raw.slice());
  expect(used(lean)).toEqual(used(stock));
}

const enc = new TextEncoder();

describe('BounceParser', () => {
  it('skips the address and date fields it does not need', async () => {
    const email = await new BounceParser(OPTIONS).parse(
      enc.encode('From: a@example.org\nTo: b@example.net\nDate: Thu, 29 Apr 2010 23:34:45 +0900\nSubject: x\n\nbody\n'),
    );
    expect(email.from).toBeUndefined();
    expect(email.date).toBeUndefined();
    expect(email.subject).toBe('x');
  });

  it('reads what the stock parser reads: encoded subject, duplicate headers, html only, no body', async () => {
    await same(enc.encode('Subject: =?utf-8?B?w6TDtg==?=\nSubject: second\nX-A: 1\nX-A: 2\n\ntext\n'));
    await same(enc.encode('Content-Type: text/html\nSubject:\n\n<p>only <b>html</b></p>\n'));
    await same(enc.encode('From: a@example.org\n'));
    await same(
      enc.encode(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; x@example.net\nStatus: 5.1.1\n--b\nContent-Type: message/rfc822\n\nSubject: original\n\nhello\n--b--\n',
      ),
    );
  });

  it('does not decode the bodies of parts it never reads', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const raw = enc.encode(
      `Content-Type: multipart/mixed; boundary=b\n\npreamble\n--b\nContent-Type: text/plain\n\nnotice\n--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\n${png}\n--b--\nepilogue\n`,
    );
    const stock = await new PostalMime(OPTIONS).parse(raw.slice());
    const lean = await new BounceParser(OPTIONS).parse(raw.slice());
    expect(new Uint8Array(stock.attachments[0]!.content as ArrayBuffer).length).toBeGreaterThan(0);
    expect(lean.attachments.map((a) => [a.mimeType, new Uint8Array(a.content as ArrayBuffer).length])).toEqual([
      ['image/png', 0],
    ]);
    expect(lean.text).toBe(stock.text);
  });

  it('splits parts as the stock parser does: delimiter on the last line, look-alike lines, nesting, CRLF', async () => {
    // BounceParser runs its own line loop; lines starting with "--" and the last line are where it
    // hands over to postal-mime's processLine.
    await same(enc.encode('Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nx\n--b--'));
    await same(enc.encode('Content-Type: multipart/mixed; boundary=b\n\n--b\n\n--bx\n-- b\n--\n--b \n\ny\n--b--\n'));
    await same(
      enc.encode(
        'Content-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n\r\nplain\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n--b--\r\n--a\r\nContent-Type: text/plain\r\n\r\nafter\r\n--a--\r\n',
      ),
    );
    await same(enc.encode('Subject: no newline at the end'));
    await same(enc.encode(''));
  });

  it.skipIf(!fs.existsSync(emails))(
    'hands over the same headers, subject, text, html and attachments for every corpus message',
    async () => {
      const files = fs
        .readdirSync(emails, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.eml'));
      expect(files.length).toBeGreaterThan(300);
      for (const f of files) await same(new Uint8Array(fs.readFileSync(path.join(emails, f))));
    },
  );
});
