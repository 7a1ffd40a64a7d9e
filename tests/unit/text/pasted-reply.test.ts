// A server's reply pasted alone (popup, `bounce-lens explain --text -`): no sender, no subject, no
// words saying "bounce" — only the SMTP reply. Replies written for these tests from the layouts in
// ../shared/reference (codes.json, webmail README) and the wrappers Postfix, Exim and Exchange print.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';
import type { Action, MessageKind, Reason } from '../../../lib/types';

interface Expected {
  kind: MessageKind;
  address: string | null;
  status: string | null;
  replyCode: string;
  action: Action;
  reason: Reason;
  cause: string;
  command?: string;
  remoteHost?: string;
}

const GMAIL_5_7_26 = [
  '550-5.7.26 This mail has been blocked because the sender is unauthenticated.',
  '550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.',
  '550-5.7.26 ',
  '550-5.7.26  Authentication results:',
  '550-5.7.26  DKIM = did not pass',
  '550-5.7.26  SPF [example.com] with ip: [192.0.2.1] = did not pass',
  '550-5.7.26 ',
  '550-5.7.26  For instructions on setting up authentication, go to',
  '550 5.7.26  https://support.google.com/mail/answer/81126#authentication a1si123.45 - gsmtp',
].join('\n');

const failed = (
  reason: Reason,
  cause: string,
  status: string | null,
  replyCode: string,
  address: string | null = null,
) => ({ kind: 'failure', address, status, replyCode, action: 'failed', reason, cause }) as const;

const POSITIVE: Array<[string, string, Expected]> = [
  [
    'a bare relay refusal',
    '550 5.7.1 Relaying denied',
    failed('norelaying', 'relay-denied-not-authenticated', '5.7.1', '550'),
  ],
  [
    "qmail's rcpthosts refusal with its (#5.7.1) code",
    "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    failed('norelaying', 'relay-denied-qmail-rcpthosts', '5.7.1', '553'),
  ],
  [
    "Postfix's unknown user, naming the recipient",
    '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table',
    failed('userunknown', 'recipient-address-unknown', '5.1.1', '550', 'bob@example.com'),
  ],
  [
    "Exchange Online's external-forwarding block",
    '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)',
    failed('policyviolation', 'm365-external-forwarding-blocked', '5.7.520', '550'),
  ],
  [
    "Yahoo's TSS04 deferral as a delay",
    '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    {
      kind: 'delay',
      address: null,
      status: '4.7.0',
      replyCode: '421',
      action: 'delayed',
      reason: 'rejected',
      cause: 'yahoo-deferred-tss04',
    },
  ],
  [
    "Gmail's multi-line 5.7.26 reply as one recipient",
    GMAIL_5_7_26,
    failed('authfailure', 'sender-unauthenticated', '5.7.26', '550'),
  ],
  [
    "Exchange's \"Remote Server returned '…'\"",
    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    failed('userunknown', 'recipient-address-unknown', '5.1.10', '550'),
  ],
  [
    'Thunderbird\'s "The mail server responded:"',
    "The mail server responded: 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    failed('norelaying', 'relay-denied-qmail-rcpthosts', '5.7.1', '553'),
  ],
  [
    "Exim's wrapper naming the RCPT TO",
    'SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
    { ...failed('userunknown', 'recipient-address-unknown', '5.1.1', '550', 'bob@example.org'), command: 'RCPT' },
  ],
  [
    "Exim's wrapper with the reply on the indented lines after it",
    'SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n    550 5.1.1 <bob@example.org>: Recipient address rejected:\n    User unknown in virtual mailbox table',
    { ...failed('userunknown', 'recipient-address-unknown', '5.1.1', '550', 'bob@example.org'), command: 'RCPT' },
  ],
  [
    'Postfix\'s "host … said:" line',
    'host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
    {
      ...failed('userunknown', 'recipient-address-unknown', '5.1.1', '550', 'bob@example.org'),
      command: 'RCPT',
      remoteHost: 'mx.example.org',
    },
  ],
  [
    'a reply known by its wording alone (no enhanced code)',
    '452 Too many recipients',
    {
      kind: 'delay',
      address: null,
      status: null,
      replyCode: '452',
      action: 'delayed',
      reason: 'exceedlimit',
      cause: 'too-many-recipients',
    },
  ],
];

describe('a pasted server reply is explained', () => {
  for (const [name, text, want] of POSITIVE) {
    it(`reads ${name}`, () => {
      const a = analyzeText({ text });
      expect(a.bounce).toBe(true);
      expect(a.kind).toBe(want.kind);
      expect(a.recipients).toHaveLength(1);
      const { kind: _kind, ...fields } = want;
      expect(a.recipients[0]).toMatchObject(fields);
    });
  }

  it('keeps the continuation lines of a multi-line reply in its diagnostic', () => {
    const [rec] = analyzeText({ text: GMAIL_5_7_26 }).recipients;
    expect(rec?.diagnostic).toMatch(/^550-5\.7\.26 This mail has been blocked .* - gsmtp$/);
    expect(rec?.diagnostic).toContain('DKIM = did not pass');
  });

  it('reads one recipient per reply when each names its own address', () => {
    const a = analyzeText({
      text: '550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown\n550 5.1.1 <ben@example.org>: Recipient address rejected: User unknown',
    });
    expect(a.recipients.map((r) => r.address)).toEqual(['ann@example.org', 'ben@example.org']);
  });

  it('does not take the sender for the recipient when the reply refuses the sender', () => {
    const a = analyzeText({
      text: 'SMTP error from remote mail server after MAIL FROM:<me@example.com> SIZE=2345: 553 5.7.1 <me@example.com>: Sender address rejected: not owned by user me@example.com',
    });
    expect(a.bounce).toBe(true);
    expect(a.recipients[0]).toMatchObject({ address: null, command: 'MAIL', replyCode: '553', status: '5.7.1' });
  });

  it('reads a final 5xx reply with a 4.x.x code as a failure (the reply code decides)', () => {
    const a = analyzeText({ text: '550 4.4.7 Message expired' });
    expect(a.kind).toBe('failure');
    expect(a.recipients[0]).toMatchObject({ action: 'failed', replyCode: '550', status: '4.4.7' });
  });
});

const LONG_LETTER = `Hi team,

After the migration last week some of our users started to see bounces when they write to partners. I looked at the logs and found lines like the following one, which I do not fully understand yet:

550 5.7.1 Relaying denied

Could you please check the connector configuration on the new server? I think the old smart host settings did not carry over. The DNS records for the new MX might need a look too. Let me know when you have time to go through this together, maybe on Thursday afternoon.

Thanks,
Anna`;

describe('ordinary text that mentions a code stays "not a bounce"', () => {
  const NEGATIVE: Array<[string, string]> = [
    ['a sentence that opens with a number', '550 people came to the event on Saturday'],
    ['a chat about a code', 'Hi Bob, the server said 550 yesterday, lunch?'],
    ['a number and prose', '500 miles to go'],
    ['a long letter quoting one reply line between paragraphs', LONG_LETTER],
    ['a 2xx reply', '250 2.1.5 Ok'],
    [
      'notes with one code line among prose',
      '550 5.1.1 is a code\nwe discussed many things today, budget planning and hiring',
    ],
  ];
  for (const [name, text] of NEGATIVE) {
    it(`does not flag ${name}`, () => {
      const a = analyzeText({ text });
      expect(a.bounce).toBe(false);
      expect(a.recipients).toEqual([]);
    });
  }

  it('leaves a webmail message (with sender and subject) made of a reply line to the notice rules', () => {
    const a = analyzeText({
      text: '550 5.7.1 Relaying denied',
      sender: 'Bob <bob@example.com>',
      subject: 'Re: that error',
    });
    expect(a.bounce).toBe(false);
  });
});
