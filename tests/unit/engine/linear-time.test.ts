// Bounce content is untrusted: every stage must finish in about linear time on hostile input.
// The bound is deliberately generous (catastrophic backtracking takes minutes, not seconds);
// real speed figures live in `npm run bench`.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeRaw, analyzeText } from '../../../lib/analyze';
import { installFastBlob } from '../../../scripts/fast-blob';

// Node's own Blob costs time per chunk and postal-mime hands it one chunk per line, so 100,000
// short lines take seconds there — linear, but slow enough to hide what this test looks for.
// The CLI runs with the in-memory Blob (scripts/fast-blob.ts); so does this test.
beforeAll(() => installFastBlob());

const GENEROUS_MS = 5_000;

function bounceWithBody(body: string): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>',
    'Subject: Undelivered Mail Returned to Sender',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    body,
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    '',
    'Final-Recipient: rfc822; x@example.net',
    'Action: failed',
    'Status: 5.1.1',
    `Diagnostic-Code: smtp; 550 5.1.1 ${body.slice(0, 200_000)}`,
    '--b--',
    '',
  ].join('\n');
}

async function timed(raw: string) {
  const t0 = performance.now();
  const result = await analyzeRaw(raw);
  return { result, ms: performance.now() - t0 };
}

describe('linear-time safety', () => {
  it.each([
    ['a 5 MB body', `${'The mail system could not deliver this message. '.repeat(20)}\n`.repeat(5_300)],
    ['a 100,000-character line', 'x'.repeat(100_000)],
    ['repeated spaces and tabs', ` \t`.repeat(100_000)],
    ['repeated "<" without ">"', '<'.repeat(100_000)],
    ['repeated HTML-like tags', '<a'.repeat(50_000)],
    ['repeated address fragments', 'a@b.'.repeat(50_000)],
    ['repeated @ signs', '@'.repeat(100_000)],
    ['repeated codes', '550 5.1.1 '.repeat(20_000)],
    ['repeated dots and digits', '5.5.5.5.'.repeat(25_000)],
    ['repeated header-like lines', 'X-Header: value\n'.repeat(20_000)],
    ['repeated continuation lines', 'Diagnostic-Code: smtp; 550\n'.concat(' more\n'.repeat(50_000))],
    ['repeated encoded words', '=?utf-8?Q?'.repeat(30_000)],
    ['repeated charset parameters', 'charset='.repeat(30_000)],
    ['repeated text part headers in unknown charsets', 'Content-Type: text/plain;\n charset=x-bogus\n'.repeat(20_000)],
    [
      'repeated text part headers without charset',
      `charset=x-bogus\n${`Content-Type: text/plain;${' '.repeat(390)}\n`.repeat(2_000)}`,
    ],
    ['repeated postmark lines', '\n\nFrom x '.repeat(30_000)],
    ['repeated parentheses', '('.repeat(100_000)],
    ['repeated brackets and colons', '[:'.repeat(50_000)],
  ])('analyses %s in bounded time', async (_name, body) => {
    const { result, ms } = await timed(bounceWithBody(body));
    expect(result.length).toBeGreaterThanOrEqual(1);
    expect(ms).toBeLessThan(GENEROUS_MS);
  });

  it('analyses a long header line and many headers in bounded time', async () => {
    const raw = `Subject: ${'Undelivered '.repeat(10_000)}\n${'Received: from x by y\n'.repeat(10_000)}From: MAILER-DAEMON@example.org\n\nbody\n`;
    const { result, ms } = await timed(raw);
    expect(result).toHaveLength(1);
    expect(ms).toBeLessThan(GENEROUS_MS);
  });

  it('analyses 1 MB of visible text in bounded time', () => {
    const t0 = performance.now();
    const a = analyzeText({ text: 'Remote server returned 550 5.1.1 '.repeat(30_000), subject: 'Undeliverable: x' });
    expect(a.kind).toBeDefined();
    expect(performance.now() - t0).toBeLessThan(GENEROUS_MS);
  });
});
