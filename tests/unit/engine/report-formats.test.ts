import { describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../../lib/analyze';
import { arf } from '../../../lib/formats/arf';
import { rfc3464 } from '../../../lib/formats/rfc3464';
import { rfc3834 } from '../../../lib/formats/rfc3834';
import { parseMessages } from '../../../lib/mime/index';

function dsn(recipientGroups: string[], perMessage = 'Reporting-MTA: dns; mx.example.org'): string {
  return [
    'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>',
    'Subject: Delivery report',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    'See the report below.',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    perMessage,
    '',
    recipientGroups.join('\n\n'),
    '--b--',
    '',
  ].join('\n');
}

async function decodeWith(decoder: typeof rfc3464, raw: string) {
  const [parts] = await parseMessages(raw);
  return decoder.decode(parts!);
}

describe('rfc3464', () => {
  it.each([
    {
      name: 'status, reply code, remote host, command and diagnostic',
      group:
        'Final-Recipient: rfc822; <u1@example.net>\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.net\nDiagnostic-Code: smtp; 550 5.1.1 <u1@example.net>... User unknown (in reply to RCPT TO command)',
      want: {
        address: 'u1@example.net',
        action: 'failed',
        status: '5.1.1',
        replyCode: '550',
        remoteHost: 'mx.example.net',
        command: 'RCPT',
      },
    },
    {
      name: 'a generic Status gives way to the detailed code in the diagnostic',
      group:
        'Final-Recipient: rfc822; u2@example.net\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full',
      want: { status: '5.2.2', replyCode: '552' },
    },
    {
      name: 'the diagnostic type is stripped and folding undone',
      group:
        'Final-Recipient: rfc822; u3@example.net\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: SMTP; 554 5.7.1 Message rejected\n  as spam',
      want: { diagnostic: '554 5.7.1 Message rejected as spam', replyCode: '554' },
    },
    {
      name: 'an expiry notice gives the last answer it quotes',
      group:
        'Final-Recipient: rfc822; u5@example.net\nStatus: 4.4.7\nDiagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>',
      want: { status: '4.4.2', replyCode: '421' },
    },
    {
      name: "a relay's summary code gives way to the remote answer it quotes",
      group:
        "Final-Recipient: rfc822; u6@example.net\nAction: failed\nStatus: 5.0.0 (permanent failure)\nDiagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.7.1 <id@relay.example>... Access denied' (delivery attempts: 0)",
      want: { status: '5.7.1', replyCode: '550' },
    },
    {
      name: 'no reply code is invented when the diagnostic has none',
      group:
        'Final-Recipient: rfc822; u4@example.net\nAction: failed\nStatus: 5.4.7\nDiagnostic-Code: X-Postfix; delivery time expired',
      want: { status: '5.4.7', replyCode: null },
    },
  ])('$name', async ({ group, want }) => {
    const decoded = await decodeWith(rfc3464, dsn([group]));
    expect(decoded?.format).toBe('rfc3464');
    expect(decoded?.recipients[0]).toMatchObject(want);
  });

  it('reports every recipient group, in order', async () => {
    const decoded = await decodeWith(
      rfc3464,
      dsn([
        'Final-Recipient: rfc822; a@example.net\nAction: failed\nStatus: 5.1.1',
        'Final-Recipient: rfc822; b@example.net\nAction: failed\nStatus: 5.2.2',
      ]),
    );
    expect(decoded?.recipients.map((r) => r.address)).toEqual(['a@example.net', 'b@example.net']);
    expect(decoded?.reportingHost).toBe('mx.example.org');
    expect(decoded?.kind).toBe('failure');
  });

  it('classifies delay-only and delivered-only reports by their actions', async () => {
    const delayed = await decodeWith(
      rfc3464,
      dsn(['Final-Recipient: rfc822; a@example.net\nAction: delayed\nStatus: 4.4.1']),
    );
    expect(delayed?.kind).toBe('delay');
    const delivered = await decodeWith(
      rfc3464,
      dsn([
        'Final-Recipient: rfc822; a@example.net\nAction: deliverable\nStatus: 2.1.5\nDiagnostic-Code: smtp; 250 2.1.5 Ok',
      ]),
    );
    expect(delivered?.kind).toBe('delivery-report');
    expect(delivered?.recipients[0]).toMatchObject({ action: 'delivered', reasonHint: 'delivered', replyCode: '250' });
  });

  it('reads DSN fields printed inline in a text/plain body', async () => {
    const decoded = await decodeWith(
      rfc3464,
      'From: MAILER-DAEMON@example.org\nSubject: Returned mail\n\nThe message could not be delivered.\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: RFC822; <x@example.net>\nAction: failed\nStatus: 5.5.0\n',
    );
    expect(decoded?.recipients[0]).toMatchObject({ address: 'x@example.net', status: '5.5.0' });
  });

  it('ignores messages without any DSN fields', async () => {
    expect(await decodeWith(rfc3464, 'From: a@example.org\nSubject: hi\n\nFinal words: none\n')).toBeNull();
  });
});

describe('arf', () => {
  const report = (fields: string) =>
    `From: fbl@isp.example\nSubject: FW: complaint\nContent-Type: multipart/report; report-type=feedback-report; boundary="f"\n\n--f\nContent-Type: text/plain\n\nabuse report\n--f\nContent-Type: message/feedback-report\n\n${fields}\n--f\nContent-Type: text/rfc822-headers\n\nFrom: list@sender.example\nTo: reader@example.net\nSubject: news\n--f--\n`;

  it('gives one feedback recipient per Original-Rcpt-To', async () => {
    const decoded = await decodeWith(
      arf,
      report(
        'Feedback-Type: abuse\nUser-Agent: x/1\nVersion: 1\nOriginal-Rcpt-To: a@example.net\nOriginal-Rcpt-To: b@example.net',
      ),
    );
    expect(decoded?.kind).toBe('feedback');
    expect(decoded?.recipients.map((r) => [r.address, r.reasonHint])).toEqual([
      ['a@example.net', 'feedback'],
      ['b@example.net', 'feedback'],
    ]);
  });

  it('falls back to the To of the reported message', async () => {
    const decoded = await decodeWith(arf, report('Feedback-Type: abuse\nUser-Agent: x/1\nVersion: 1'));
    expect(decoded?.recipients[0]?.address).toBe('reader@example.net');
  });

  it('is not a bounce for the analysis either', async () => {
    const [a] = await analyzeRaw(report('Feedback-Type: abuse\nUser-Agent: x/1\nVersion: 1'));
    expect(a).toMatchObject({ bounce: false, kind: 'feedback' });
    expect(a?.recipients[0]?.reason).toBe('feedback');
  });
});

describe('rfc3834', () => {
  it.each([
    [
      'Auto-Submitted header',
      'From: ann@example.net\nAuto-Submitted: auto-replied\nSubject: Re: hello\n\nI am away until Monday.\n',
    ],
    ['Outlook subject', 'From: ann@example.net\nSubject: Automatic reply: hello\n\nI am out of the office.\n'],
    ['X-Autoreply header', 'From: ann@example.net\nX-Autoreply: yes\nSubject: Re: hello\n\nBack soon.\n'],
  ])('recognises an auto-reply by its %s', async (_name, raw) => {
    const decoded = await decodeWith(rfc3834, raw);
    expect(decoded).toMatchObject({ kind: 'auto-reply', format: 'rfc3834' });
    expect(decoded?.recipients[0]).toMatchObject({ address: 'ann@example.net', reasonHint: 'vacation' });
  });

  it.each([
    [
      'a mailer-daemon bounce',
      'From: MAILER-DAEMON@mx.example.org\nAuto-Submitted: auto-replied\nSubject: Undelivered Mail\n\nfailed\n',
    ],
    [
      'a bounce subject',
      'From: postmaster@example.org\nAuto-Submitted: auto-replied\nSubject: Delivery Status Notification (Failure)\n\nx\n',
    ],
    ['an ordinary message', 'From: ann@example.net\nSubject: Re: hello\n\nSee you.\n'],
  ])('leaves %s alone', async (_name, raw) => {
    expect(await decodeWith(rfc3834, raw)).toBeNull();
  });

  it('lets the classifier read an auto-reply announcing a closed mailbox', async () => {
    const decoded = await decodeWith(
      rfc3834,
      'From: old@example.net\nAuto-Submitted: auto-replied\nSubject: Re: hello\n\nThis mailbox is no longer in use. Please write to new@example.net.\n',
    );
    expect(decoded?.recipients[0]?.reasonHint).toBeUndefined();
    expect(decoded?.recipients[0]?.diagnostic).toContain('no longer in use');
  });
});

describe('analysis of non-bounces and unreadable bounces', () => {
  it('reports no recipients for an ordinary message', async () => {
    const [a] = await analyzeRaw(
      'From: a@example.org\nTo: b@example.net\nSubject: 550 reasons\n\nUser unknown? 5.1.1 jokes.\n',
    );
    expect(a).toMatchObject({ bounce: false, recipients: [] });
  });

  it('reads an unknown layout by its text when the subject is a bounce subject', async () => {
    const [a] = await analyzeRaw(
      'From: Notifications <notify@gateway.example>\nSubject: Undeliverable: quarterly report\n\nYour message to ivan@receiver.example could not be delivered.\nRemote server returned 550 5.1.1 User unknown\n',
    );
    expect(a?.bounce).toBe(true);
    expect(a?.recipients[0]).toMatchObject({ status: '5.1.1', replyCode: '550' });
  });

  it.each([
    [
      'a reply quoting a bounce subject',
      'Subject: Re: Undeliverable: quarterly report\n\nDid 550 5.1.1 mean the address is wrong?\n',
    ],
    ['a bounce subject over text without any failure', 'Subject: Undeliverable: quarterly report\n\nHello.\n'],
  ])('reports nothing for %s from an ordinary sender', async (_name, rest) => {
    const [a] = await analyzeRaw(`From: Judy <judy@sender.example>\n${rest}`);
    expect(a?.recipients).toEqual([]);
  });

  it('still reports a certain bounce whose recipients cannot be read', async () => {
    const [a] = await analyzeRaw(
      dsn([], 'Reporting-MTA: dns; mx.example.org\nArrival-Date: Mon, 2 Mar 2026 10:00:00 +0000'),
    );
    expect(a?.bounce).toBe(true);
    expect(a?.recipients).toHaveLength(1);
    expect(a?.recipients[0]?.address).toBeNull();
  });
});
