// The smaller and older systems, one hand-written notice each, in their own wording.
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../../lib/formats';
import { parts } from './helpers';

const CASES: Array<{
  name: string;
  from: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
  format: string;
  want: Array<Record<string, unknown>>;
}> = [
  {
    name: 'Zoho',
    from: 'mailer-daemon@mail.zoho.example',
    subject: 'Undelivered Mail Returned to Sender',
    headers: { 'X-ZohoMail': 'Si' },
    text: 'This message was created automatically by mail delivery software.\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n\nab@example.co.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <ab@example.co.jp>... User Unknown\n',
    format: 'zoho',
    want: [{ address: 'ab@example.co.jp', status: '5.1.1', replyCode: '550' }],
  },
  {
    name: 'Exchange 2003',
    from: 'postmaster@example.co.jp',
    subject: 'Undeliverable: Report',
    text: 'Your message\n\n  To:      cd@example.co.jp\n  Subject: Report\n\ndid not reach the following recipient(s):\n\ncd@example.co.jp on Thu, 2 Apr 2026 10:00:00 +0900\n    The recipient name is not recognized\n    MSEXCH:IMS:EXAMPLE:EX1 0 (000C05A6) Unknown Recipient\n',
    format: 'exchange2003',
    want: [{ address: 'cd@example.co.jp', status: null, replyCode: null }],
  },
  {
    name: 'Google Groups without the failed-recipients header',
    from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    subject: 'Delivery Status Notification (Failure)',
    text: "Hello ef@example.jp,\n\nWe're writing to let you know that the group you tried to contact (team) may not exist, or you may not have permission to post messages to the group.\n\nIf you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/.\n",
    format: 'google-groups',
    want: [{ address: null }],
  },
  {
    name: 'Google Groups with the header',
    from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    subject: 'Delivery Status Notification (Failure)',
    headers: { 'X-Failed-Recipients': 'team@googlegroups.example' },
    text: "Hello ef@example.jp,\n\nWe're writing to let you know that the group you tried to contact (team) may not exist.\n\nGoogle Groups\n",
    format: 'google-groups',
    want: [{ address: 'team@googlegroups.example' }],
  },
  {
    name: 'Gmail before 2015',
    from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    subject: 'Delivery Status Notification (Failure)',
    text: 'Delivery to the following recipient failed permanently:\n\n     gh@example.org\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain example.org by mx.example.org. [192.0.2.3].\n\nThe error that the other server returned was:\n550 5.1.1 <gh@example.org>: Recipient address rejected: User unknown\n\n----- Original message -----\n',
    format: 'gmail',
    want: [{ address: 'gh@example.org', status: '5.1.1', replyCode: '550', remoteHost: 'mx.example.org' }],
  },
  {
    name: 'Lotus Notes',
    from: 'postmaster@notes.example.co.jp',
    subject: 'Undeliverable message',
    text: '------- Failure Reasons  --------\n\nUser not listed in public Name & Address Book\nij@example.co.jp\n\n------- Returned Message --------\n',
    format: 'notes',
    want: [{ address: 'ij@example.co.jp', diagnostic: 'User not listed in public Name & Address Book' }],
  },
  {
    name: 'InterScan MSS',
    from: '"InterScan MSS" <postmaster@example.co.jp>',
    subject: 'Mail could not be delivered',
    text: 'Sent <<< RCPT TO:<kl@example.co.jp>\nReceived >>> 550 5.1.1 <kl@example.co.jp>... user unknown\n',
    format: 'trendmicro',
    want: [{ address: 'kl@example.co.jp', status: '5.1.1', replyCode: '550', command: 'RCPT' }],
  },
  {
    name: 'MailFoundry',
    from: 'MAILER-DAEMON@example.org',
    subject: 'Message delivery has failed',
    text: 'Unable to deliver message to: <mn@example.org>\nDelivery failed for the following reason:\nServer mx.example.org[192.0.2.9] failed with: 550 <mn@example.org> No such user here\n\nThis has been a permanent failure.  No further delivery attempts will be made.\n',
    format: 'mailfoundry',
    want: [{ address: 'mn@example.org', replyCode: '550', remoteHost: 'mx.example.org' }],
  },
  {
    name: 'Messaging Server, two recipients',
    from: 'Internet Mail Delivery <postmaster@example.net>',
    subject: 'Delivery Notification: Delivery has failed',
    text: 'This report relates to a message you sent with the following header fields:\n\nYour message cannot be delivered to the following recipients:\n\n  Recipient address: op@example.org\n  Reason: Remote SMTP server has rejected address\n  Diagnostic code: smtp;550 5.1.1 unknown user\n  Remote system: dns;mx.example.org (TCP|192.0.2.1|25)\n\n  Recipient address: qr@example.org\n  Reason: Over quota\n  Diagnostic code: smtp;552 5.2.2 mailbox full\n',
    format: 'messagingserver',
    want: [
      { address: 'op@example.org', status: '5.1.1', replyCode: '550', remoteHost: 'mx.example.org' },
      { address: 'qr@example.org', status: '5.2.2', replyCode: '552' },
    ],
  },
  {
    name: 'au EZweb',
    from: 'Mail Administrator <Postmaster@ezweb.ne.jp>',
    subject: 'Mail System Error - Returned Mail',
    text: 'Each of the following recipients was rejected by a remote\nmail server.\n\n    Recipient: <st@ezweb.ne.jp>\n    >>> RCPT TO:<st@ezweb.ne.jp>\n    <<< 550 <st@ezweb.ne.jp>: User unknown\n\n---------------------------------------------------\n',
    format: 'ezweb',
    want: [{ address: 'st@ezweb.ne.jp', replyCode: '550' }],
  },
  {
    name: 'an unnamed "addr [reason]" list',
    from: '"Mail Deliver System" <MAILER-DAEMON@mx.example.jp>',
    subject: 'Returned Mail: User unknown',
    text: 'The original message was received at Thu, 2 Apr 2026 10:00:00 +0900\nfrom uv@example.jp\n\n---The following addresses had delivery errors---\n\nwx@example.co.jp [User unknown]\n',
    format: 'bracket-reasons',
    want: [{ address: 'wx@example.co.jp', diagnostic: 'User unknown', status: null }],
  },
  {
    name: 'an unnamed "* addr" list with technical details',
    from: 'Mail Delivery System <Mail.Delivery.System@mx.example.com>',
    subject: 'Delivery status notification',
    text: '============================================================================\n      This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients failed permanently:\n\n   * yz@example.com\n\n============================================================================\n                             Technical details:\n\nSMTP:RCPT host 192.0.2.8: 553 5.3.0 <yz@example.com>... No such user here\n',
    format: 'star-list',
    want: [{ address: 'yz@example.com', status: '5.3.0', replyCode: '553', command: 'RCPT' }],
  },
];

describe('smaller systems', () => {
  for (const c of CASES) {
    it(`reads ${c.name}`, () => {
      const d = decodeMessage(parts({ from: c.from, subject: c.subject, text: c.text, headers: c.headers }));
      expect(d?.format).toBe(c.format);
      expect(d?.recipients).toHaveLength(c.want.length);
      for (const [i, w] of c.want.entries()) expect(d?.recipients[i]).toMatchObject(w);
    });
  }
});
