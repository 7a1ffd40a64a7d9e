import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../lib/mime/charset';
import { htmlToText, parseMessages } from '../../../lib/mime/index';
import { decodeUtf7 } from '../../../lib/mime/utf7';

const enc = new TextEncoder();

/** Joins ASCII text and raw byte runs into one message. */
function bytes(...pieces: Array<string | number[]>): Uint8Array {
  const arrays = pieces.map((p) => (typeof p === 'string' ? enc.encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let o = 0;
  for (const a of arrays) {
    out.set(a, o);
    o += a.length;
  }
  return out;
}

function textMessage(charset: string, body: number[] | string, extraHeaders = ''): Uint8Array {
  return bytes(
    `From: sender@example.org\nSubject: test\nMIME-Version: 1.0\nContent-Type: text/plain; charset=${charset}\n${extraHeaders}\n`,
    body,
    '\n',
  );
}

async function one(raw: string | Uint8Array) {
  const list = await parseMessages(raw);
  expect(list).toHaveLength(1);
  return list[0]!;
}

describe('decodeUtf7 (RFC 2152 examples)', () => {
  it.each([
    ['A+ImIDkQ.', 'A\u2262\u0391.'],
    ['Hi Mom -+Jjo--!', 'Hi Mom -\u263a-!'],
    ['+ZeVnLIqe-', '\u65e5\u672c\u8a9e'],
    ['1 +- 1 = 2', '1 + 1 = 2'],
    ['no shift here', 'no shift here'],
    ['dangling + sign', 'dangling + sign'],
  ])('%s → %s', (input, expected) => {
    expect(decodeUtf7(input)).toBe(expected);
  });
});

describe('body charsets', () => {
  it.each([
    // テスト
    ['iso-2022-jp', [0x1b, 0x24, 0x42, 0x25, 0x46, 0x25, 0x39, 0x25, 0x48, 0x1b, 0x28, 0x42], 'テスト'],
    ['shift_jis', [0x83, 0x65, 0x83, 0x58, 0x83, 0x67], 'テスト'],
    ['Shift-JIS', [0x83, 0x65, 0x83, 0x58, 0x83, 0x67], 'テスト'],
    ['x-sjis', [0x83, 0x65, 0x83, 0x58, 0x83, 0x67], 'テスト'],
    ['euc-jp', [0xa5, 0xc6, 0xa5, 0xb9, 0xa5, 0xc8], 'テスト'],
    // Пример
    ['windows-1251', [0xcf, 0xf0, 0xe8, 0xec, 0xe5, 0xf0], 'Пример'],
    ['cp1251', [0xcf, 0xf0, 0xe8, 0xec, 0xe5, 0xf0], 'Пример'],
    ['koi8-r', [0xf0, 0xd2, 0xc9, 0xcd, 0xc5, 0xd2], 'Пример'],
    // "uft-8" is a real misspelling seen in bounces; the bytes are UTF-8 "überfüllt".
    ['uft-8', [...enc.encode('überfüllt')], 'überfüllt'],
    ['"utf8"', [...enc.encode('überfüllt')], 'überfüllt'],
  ])('decodes %s', async (charset, body, expected) => {
    const parts = await one(textMessage(charset, body));
    expect(parts.text).toContain(expected);
  });

  it('repairs a misspelt label whatever the case of the parameter name', async () => {
    const head = 'From: a@example.org\nSubject: t\nMIME-Version: 1.0\nContent-Type: text/plain; CHARSET=UFT-8\n\n';
    const parts = await one(new Uint8Array([...enc.encode(head), ...enc.encode('überfüllt\n')]));
    expect(parts.text).toContain('überfüllt');
  });

  it('decodes a UTF-7 text part, as Microsoft servers label them', async () => {
    const parts = await one(textMessage('unicode-1-1-utf-7', 'Mailbox +ZeVnLIqe- is full (1 +- 1)'));
    expect(parts.text).toContain('Mailbox 日本語 is full (1 + 1)');
  });

  it('decodes UTF-7 encoded words in headers', async () => {
    const parts = await one('From: a@example.org\nSubject: =?utf-7?Q?Hi_Mom_-+Jjo--!?=\n\nbody\n');
    expect(parts.subject).toBe('Hi Mom -☺-!');
  });

  it('decodes ISO-2022-JP encoded words in the subject', async () => {
    // =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?= is テスト
    const parts = await one('From: a@example.org\nSubject: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=\n\nbody\n');
    expect(parts.subject).toBe('テスト');
  });

  it.each([
    ['UTF-8', [...enc.encode('Postfach überfüllt')]],
    ['Latin-1', [...enc.encode('Postfach '), 0xfc, ...enc.encode('berf'), 0xfc, ...enc.encode('llt')]],
  ])('reads a part with an unknown charset label as %s when its bytes are', async (_name, body) => {
    const parts = await one(textMessage('x-no-such-charset', body));
    expect(parts.text).toContain('Postfach überfüllt');
  });

  it('never throws on an unknown charset label and keeps ASCII readable', async () => {
    const parts = await one(textMessage('x-no-such-charset', [...enc.encode('550 5.1.1 User unknown '), 0xe9]));
    expect(parts.text).toContain('550 5.1.1 User unknown');
  });

  it('decodeBytes falls back from invalid UTF-8 to Latin-1', () => {
    expect(decodeBytes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), 'us-ascii')).toBe('café');
    expect(decodeBytes(enc.encode('café'), null)).toBe('café');
  });
});

describe('transfer encodings and line ends', () => {
  it('decodes base64 and quoted-printable bodies', async () => {
    const b64 = Buffer.from('Mailbox full: bob@example.net').toString('base64');
    const p1 = await one(
      `From: a@example.org\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n${b64}\n`,
    );
    expect(p1.text).toContain('Mailbox full: bob@example.net');
    const p2 = await one(
      'From: a@example.org\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nzuk=C3=BCnftig =\nweiter\n',
    );
    expect(p2.text).toContain('zukünftig weiter');
  });

  it('gives the same parts for CRLF and LF input', async () => {
    const lf =
      'From: MAILER-DAEMON@example.org\nSubject: Undelivered\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; x@example.net\nAction: failed\nStatus: 5.1.1\n--b--\n';
    const a = await one(lf);
    const b = await one(lf.replace(/\n/g, '\r\n'));
    expect(b.dsn).toEqual(a.dsn);
    expect(b.text.trim()).toBe(a.text.trim());
    expect(a.dsn?.perRecipient[0]?.status).toBe('5.1.1');
  });
});

describe('report parts', () => {
  const dsnMessage = [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="=b="',
    '',
    '--=b=',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Your message could not be delivered.',
    '--=b=',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    'Arrival-Date: Mon, 2 Mar 2026 10:00:00 +0000',
    '',
    'Final-Recipient: rfc822; one@example.net',
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 <one@example.net>: Recipient address',
    '    rejected: User unknown',
    '',
    'FINAL-RECIPIENT: rfc822; two@example.net',
    'Action: delayed',
    'Status: 4.2.2',
    '--=b=',
    'Content-Type: message/rfc822',
    '',
    'From: me@example.org',
    'To: one@example.net',
    'Subject: original',
    '',
    'The original body says user unknown but is not part of the notice.',
    '--=b=--',
    '',
  ].join('\n');

  it('parses message/delivery-status into per-message and per-recipient groups', async () => {
    const parts = await one(dsnMessage);
    expect(parts.dsn?.perMessage['reporting-mta']).toBe('dns; mx.example.org');
    expect(parts.dsn?.perRecipient).toHaveLength(2);
    expect(parts.dsn?.perRecipient[0]?.['diagnostic-code']).toBe(
      'smtp; 550 5.1.1 <one@example.net>: Recipient address rejected: User unknown',
    );
    expect(parts.dsn?.perRecipient[1]?.['final-recipient']).toBe('rfc822; two@example.net');
  });

  it('keeps the returned message out of the text and its headers in originalHeaders', async () => {
    const parts = await one(dsnMessage);
    expect(parts.text).toContain('Your message could not be delivered.');
    expect(parts.text).not.toContain('original body');
    expect(parts.originalHeaders).toContain('Subject: original');
    expect(parts.originalHeaders).not.toContain('original body');
    expect(parts.from).toBe('Mail Delivery System <MAILER-DAEMON@mx.example.org>');
    expect(parts.headers.get('subject')).toEqual(['Undelivered Mail Returned to Sender']);
  });

  it('reads message/feedback-report fields, repeated ones kept', async () => {
    const parts = await one(
      [
        'From: fbl@isp.example',
        'Content-Type: multipart/report; report-type=feedback-report; boundary="f"',
        '',
        '--f',
        'Content-Type: text/plain',
        '',
        'This is an abuse report.',
        '--f',
        'Content-Type: message/feedback-report',
        '',
        'Feedback-Type: abuse',
        'User-Agent: Example-FBL/1.0',
        'Original-Rcpt-To: a@example.net',
        'Original-Rcpt-To: b@example.net',
        '--f--',
        '',
      ].join('\n'),
    );
    expect(parts.feedback?.['feedback-type']).toBe('abuse');
    expect(parts.feedback?.['original-rcpt-to']).toBe('a@example.net\nb@example.net');
  });

  it('repairs a multipart whose declared boundary is never used', async () => {
    const parts = await one(
      'From: MAILER-DAEMON@example.org\nContent-Type: multipart/report; report-type=delivery-status; boundary="declared"\n\n--actual\nContent-Type: text/plain\n\nnotice text\n--actual\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; x@example.net\nAction: failed\nStatus: 5.0.0\n--actual--\n',
    );
    expect(parts.text).toContain('notice text');
    expect(parts.dsn?.perRecipient[0]?.action).toBe('failed');
  });

  it('keeps the body of a multipart with no boundary at all as text', async () => {
    const parts = await one(
      'From: MAILER-DAEMON@example.org\nContent-Type: multipart/report; boundary="gone"\n\nFinal-Recipient: RFC822; <x@example.net>\nAction: failed\n',
    );
    expect(parts.text).toContain('Final-Recipient: RFC822; <x@example.net>');
  });

  it('reads the report inside a returned message when the outer message has none', async () => {
    const inner = [
      'From: Mail Delivery Subsystem <MAILER-DAEMON@inner.example>',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="in"',
      '',
      '--in',
      'Content-Type: text/plain',
      '',
      'inner notice',
      '--in',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; inner.example',
      '',
      'Final-Recipient: rfc822; deep@example.net',
      'Action: failed',
      'Status: 5.1.1',
      '--in--',
    ].join('\n');
    const parts = await one(
      `From: MAILER-DAEMON@outer.example\nSubject: Returned mail\nContent-Type: multipart/mixed; boundary="out"\n\n--out\nContent-Type: text/plain\n\nouter notice\n--out\nContent-Type: message/rfc822\n\n${inner}\n--out--\n`,
    );
    expect(parts.dsn?.perRecipient[0]?.['final-recipient']).toBe('rfc822; deep@example.net');
    expect(parts.text).toContain('outer notice');
    expect(parts.text).toContain('inner notice');
  });

  it('keeps a large returned message out of the work but its headers in originalHeaders', async () => {
    const body = 'attachment data line\n'.repeat(50_000);
    const parts = await one(
      `From: MAILER-DAEMON@example.org\nContent-Type: multipart/report; report-type=delivery-status; boundary="r"\n\n--r\nContent-Type: text/plain\n\nnotice\n--r\nContent-Type: message/rfc822\n\nFrom: me@example.org\nSubject: big one\n\n${body}--r--\n`,
    );
    expect(parts.originalHeaders).toContain('Subject: big one');
    expect(parts.text.trim()).toBe('notice');
  });

  it('uses text from HTML when there is no text/plain part', async () => {
    const parts = await one(
      'From: a@example.org\nContent-Type: text/html\n\n<html><style>p{}</style><p>Delivery&nbsp;failed</p><script>alert(1)</script><b>550</b></html>\n',
    );
    expect(parts.text).toContain('Delivery failed');
    expect(parts.text).toContain('550');
    expect(parts.text).not.toContain('alert');
    expect(parts.text).not.toContain('<');
  });

  it('htmlToText drops tags and scripts and decodes entities', () => {
    expect(htmlToText('a<br>b&amp;c&#x41;<script>x</script><i>d</i>')).toBe('a\nb&cA d');
    expect(htmlToText('<<<<x')).toBe('<<<<x');
  });
});

describe('messages per file', () => {
  it('splits an mbox into its messages and drops the postmark lines', async () => {
    const mbox =
      'From MAILER-DAEMON  Thu Apr 29 23:34:45 2015\nFrom: a@example.org\nSubject: first\n\none\n\nFrom MAILER-DAEMON  Thu Apr 29 23:35:45 2015\nFrom: b@example.org\nSubject: second\n\ntwo\n';
    const list = await parseMessages(mbox);
    expect(list.map((p) => p.subject)).toEqual(['first', 'second']);
    expect(list[1]?.text.trim()).toBe('two');
  });

  it('splits a CRLF mbox as well', async () => {
    const mbox =
      'From MAILER-DAEMON  Thu Apr 29 23:34:45 2015\r\nFrom: a@example.org\r\nSubject: first\r\n\r\none\r\n\r\nFrom MAILER-DAEMON  Thu Apr 29 23:35:45 2015\r\nFrom: b@example.org\r\nSubject: second\r\n\r\ntwo\r\n';
    expect((await parseMessages(mbox)).map((p) => p.subject)).toEqual(['first', 'second']);
  });

  it('splits a message appended after the closing boundary of another, without a postmark', async () => {
    const message = (n: number) =>
      `Return-Path: <>\nFrom: MAILER-DAEMON@example.org\nSubject: msg ${n}\nContent-Type: multipart/report; report-type=delivery-status; boundary="b${n}"\n\n--b${n}\nContent-Type: text/plain\n\nnotice ${n}\n--b${n}--\n`;
    const list = await parseMessages(`${message(1)}\n${message(2)}${message(3)}epilogue words\nthat are no header\n`);
    expect(list.map((p) => [p.subject, p.text.trim()])).toEqual([
      ['msg 1', 'notice 1'],
      ['msg 2', 'notice 2'],
      ['msg 3', 'notice 3'],
    ]);
  });

  it('does not split on a body line that only starts with "From "', async () => {
    const list = await parseMessages('From: a@example.org\nSubject: s\n\nhello\n\nFrom the team,\nbye\n');
    expect(list).toHaveLength(1);
    expect(list[0]?.text).toContain('From the team,');
  });

  it('reads a message without MIME headers as plain text', async () => {
    const parts = await one(
      'From: MAILER-DAEMON@example.org\nSubject: failure notice\n\nHi. This is the qmail-send program.\n',
    );
    expect(parts.text).toContain('qmail-send');
    expect(parts.dsn).toBeNull();
  });

  it.each([
    ['empty input', ''],
    ['binary noise', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)],
    ['truncated multipart', 'Content-Type: multipart/mixed; boundary="x"\n\n--x\nContent-Type: text/plain\n\nabc'],
    ['header without body', 'Subject: only a header'],
    ['unterminated encoded word', 'Subject: =?utf-8?B?AAAA\n\nx'],
    [
      'nested multiparts without end',
      `Content-Type: multipart/mixed; boundary="a"\n\n${'--a\nContent-Type: multipart/mixed; boundary="a"\n\n'.repeat(300)}`,
    ],
  ])('does not throw on %s', async (_name, raw) => {
    const list = await parseMessages(raw);
    expect(Array.isArray(list)).toBe(true);
    for (const p of list) expect(typeof p.text).toBe('string');
  });
});
