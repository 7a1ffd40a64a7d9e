import { describe, expect, it } from 'vitest';
import type { DecodedRecipient, Reason } from '../../../lib/types';
import { classify } from './helpers';

// Evidence beside the wording: the enhanced code's subject, the SMTP stage the reply was given to,
// and the kind of system (gateway appliance) that wrote the notice. Lines are of the kinds real
// bounces carry; addresses and hosts are documentation examples.
type Row = readonly [
  what: string,
  diagnostic: string,
  extra: Partial<DecodedRecipient>,
  format: string | null,
  want: Reason,
];

const rows: readonly Row[] = [
  // Sendmail-style reply relayed in a DSN, mailbox-status code, no stage named: the mailbox exists.
  [
    'X.2.1 under "User Unknown", no stage',
    '550 5.2.1 <x@example.jp>... User Unknown',
    { status: '5.2.1' },
    null,
    'filtered',
  ],
  // Zoho relays the remote reply behind its own prefix.
  [
    'X.2.1 under "User Unknown", Zoho prefix',
    'Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.1 <x@example.co.jp>... User Unknown',
    {},
    'zoho',
    'filtered',
  ],
  // Postfix: the same reply given to RCPT TO refuses the recipient itself.
  [
    'X.2.1 under "User Unknown" answered to RCPT',
    'host mx.example.jp[192.0.2.22] said: 550 5.2.1 <x@example.jp>... User Unknown (in reply to RCPT TO command)',
    { status: '5.2.1' },
    'postfix',
    'userunknown',
  ],
  // qmail-remote names the RCPT stage in its own words.
  [
    'qmail "does not like recipient" is the RCPT stage',
    '192.0.2.153 does not like recipient. Remote host said: 550 5.2.1 <x@example.jp>... User Unknown',
    { status: '5.2.1' },
    'qmail',
    'userunknown',
  ],
  // qmail-remote: "failed after I sent the message" is the reply to the end of DATA.
  [
    'qmail "failed after I sent the message" is the DATA stage',
    '192.0.2.8 failed after I sent the message. Remote host said: 550 Unknown user x@example.net',
    {},
    'qmail',
    'filtered',
  ],
  // An X.1.1 code keeps its meaning whatever the wording's context.
  [
    'X.1.1 stays a missing mailbox',
    '550 5.1.1 <x@example.jp>... User Unknown',
    { status: '5.1.1' },
    null,
    'userunknown',
  ],
  // McAfee Email Gateway: "<x@example.co.jp>   (Unknown user x@example.co.jp)" with only a reply code.
  [
    'McAfee gateway "Unknown user"',
    '550 Unknown user x@example.co.jp',
    { replyCode: '550' },
    'bracket-reasons',
    'filtered',
  ],
  // X1 layout: "x@example.co.jp [User unknown]".
  ['X1 layout "User unknown"', 'User unknown', {}, 'bracket-reasons', 'filtered'],
  // The same gateway relaying an X.1.1 code from the mailbox server: the mailbox is missing.
  [
    'gateway relaying X.1.1',
    '550 5.1.1 <x@example.jp>... User unknown',
    { status: '5.1.1' },
    'bracket-reasons',
    'userunknown',
  ],
  // MailFoundry: "Server mx22.example.org[192.0.2.222] failed with: 550 <x@example.org> No such user here".
  [
    'MailFoundry "No such user here"',
    'Server mx.example.org[192.0.2.222] failed with: 550 <x@example.org> No such user here',
    {},
    'mailfoundry',
    'filtered',
  ],
  // Any other system's bare "Unknown user" is a missing mailbox.
  ['plain "Unknown user" elsewhere', '550 Unknown user x@example.co.jp', {}, 'sendmail', 'userunknown'],
  // Amazon SES relaying a remote "Access denied" under 5.7.1 with no stage: a generic security refusal,
  // not proof that the sender was refused.
  [
    '"Access denied" without a stage',
    "5.1.0 - Unknown address error 550-'5.7.1 <x@example.com>... Access denied' (delivery attempts: 0)",
    { status: '5.7.1' },
    'rfc3464',
    'securityerror',
  ],
  // The same words answered to MAIL FROM refuse the sender.
  [
    '"Access denied" answered to MAIL',
    'host mail.example.ne.jp[203.0.113.2] said: 550 5.7.1 Access denied (in reply to MAIL FROM command)',
    { status: '5.7.1' },
    'postfix',
    'rejected',
  ],
  // Symantec Email Security.cloud: "Reason: 542 x@example.com Rejected" — the recipient's own
  // address is what was refused, like "Recipient address rejected".
  [
    "the recipient's address named as rejected",
    '542 kijitora@example.org Rejected',
    {},
    'list-then-reason',
    'userunknown',
  ],
  ["the recipient's address in brackets", '550 <kijitora@example.org>: rejected', {}, null, 'userunknown'],
  // Another address rejected says nothing about this recipient.
  ['another address named as rejected', '542 someone@example.net Rejected', {}, null, 'onhold'],
  // RFC 5321's 550 text without an X.1.1 code: the mailbox exists and refuses (Zoho relaying a reply).
  [
    '"mailbox unavailable" without a code',
    'Invalid Address, ERROR_CODE :550, ERROR_CODE :Requested action not taken: mailbox unavailable',
    { replyCode: '550' },
    'zoho',
    'filtered',
  ],
  // The same words under X.1.1: the code says the mailbox is missing.
  [
    '"mailbox unavailable" under X.1.1',
    '550 5.1.1 Requested action not taken: mailbox unavailable',
    { status: '5.1.1' },
    null,
    'userunknown',
  ],
  // qmail-based domain gateway ("Message from example.com. / Unable to deliver message to the following
  // address(es).") answering for the whole domain.
  [
    'domain gateway "This user doesn\'t have … account"',
    "This user doesn't have a example.com account (kijitora@example.com) [0]",
    {},
    'unable-to-deliver',
    'filtered',
  ],
  // RFC 3463 X.4.4 "Unable to route" (no mail host found for the domain): AOL prints it beside a
  // boilerplate sentence. Permanent it is a missing host, temporary a network problem.
  ['5.4.4 beside boilerplate', 'Email routing issue due to network', { status: '5.4.4' }, null, 'hostunknown'],
  ['4.4.4 beside boilerplate', 'Email routing issue due to network', { status: '4.4.4' }, null, 'networkerror'],
  // Gmail's older notices name their SMTP client state: 18 is after the message data.
  [
    'Gmail "(state 18)" refusal without a reason',
    '554 554 5.7.0 Header error (state 18).',
    { status: '5.7.0' },
    'gmail',
    'filtered',
  ],
  // The same reply at another stage stays the code's generic reading.
  ['the same reply with no stage', '554 5.7.0 Header error', { status: '5.7.0' }, null, 'securityerror'],
  // Postfix: "(in reply to end of DATA command)" with no named reason.
  [
    'unexplained permanent refusal after DATA',
    'host mx.example.net[192.0.2.1] said: 550 Message not accepted (in reply to end of DATA command)',
    {},
    'postfix',
    'filtered',
  ],
  // A temporary refusal after DATA is no verdict.
  [
    'unexplained temporary refusal after DATA',
    'host mx.example.net[192.0.2.1] said: 450 please come back later (in reply to end of DATA command)',
    { replyCode: '450' },
    'postfix',
    'onhold',
  ],
  // Gmail "(state 14)" is RCPT TO: a refused recipient stays unknown.
  [
    'Gmail "(state 14)" user unknown',
    '550 550 5.1.1 <x@example.jp>... User Unknown (state 14).',
    {},
    'gmail',
    'userunknown',
  ],
];

describe('evidence beside the wording', () => {
  it.each(rows)('%s', (_what, diagnostic, extra, format, want) => {
    expect(classify(diagnostic, extra, { format })).toBe(want);
  });
});

// A webmail page may show a notice's headline and recipient but no server reply; the subject then
// is the only place a reason is stated.
const subjects: readonly (readonly [subject: string, diagnostic: string | null, want: Reason])[] = [
  // Sendmail: "Subject: Returned mail: User unknown"
  ['Returned mail: User unknown', null, 'userunknown'],
  // A bulk-mail filter's notice: "Subject: **Message you sent blocked by our bulk email filter**"
  ['**Message you sent blocked by our bulk email filter**', null, 'spamdetected'],
  // Exchange quotes the original subject, which is the sender's text: no reason there.
  ['Undeliverable: Your mailbox is full', null, 'undefined'],
  ['Unzustellbar: Konto gesperrt', null, 'undefined'],
  // A diagnostic, when there is one, decides instead of the subject.
  ['Returned mail: User unknown', '552 5.2.2 Mailbox full', 'mailboxfull'],
  // Generic subjects say nothing.
  ['Delivery Status Notification (Failure)', null, 'undefined'],
];

describe('subject of a notice without a diagnostic', () => {
  it.each(subjects)('%s', (subject, diagnostic, want) => {
    expect(classify(diagnostic, {}, { subject })).toBe(want);
  });
});
