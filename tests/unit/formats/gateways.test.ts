// Gateways and sending services whose notices carry no DSN part. Hand-written fixtures.
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../../lib/formats';
import { parts } from './helpers';

const CASES: Array<{
  name: string;
  from: string;
  subject: string;
  text: string;
  format: string;
  want: Record<string, unknown>;
}> = [
  {
    name: 'Amazon SES mail notice',
    from: 'MAILER-DAEMON@email-bounces.amazonses.com',
    subject: 'Delivery Status Notification (Failure)',
    text: 'The following message to <ann@example.co.jp> was undeliverable.\nThe reason for the problem:\n5.1.1 - Bad destination mailbox address: 550 5.1.1 <ann@example.co.jp>: Recipient address rejected\n',
    format: 'amazonses',
    want: { address: 'ann@example.co.jp', status: '5.1.1', replyCode: '550' },
  },
  {
    name: 'SendGrid',
    from: 'MAILER-DAEMON@mail.example.jp',
    subject: 'Undelivered Mail Returned to Sender',
    text: "This is an automatically generated message from SendGrid.\n\nI'm sorry to have to tell you that your message was not able to be\ndelivered to one of its intended recipients.\n\nbo:000000:<bo@example.jp> : 192.0.2.250 : mx.example.jp:[192.0.2.153] : 550 5.1.1 <bo@example.jp>... User Unknown  in RCPT TO\n",
    format: 'sendgrid',
    want: { address: 'bo@example.jp', status: '5.1.1', replyCode: '550', command: 'RCPT', remoteHost: 'mx.example.jp' },
  },
  {
    name: 'Barracuda',
    from: 'MAILER-DAEMON',
    subject: '**Message you sent blocked by our bulk email filter**',
    text: 'Your message to: cy@example.org\nwas blocked by our Spam Firewall. The email you sent with the following subject has NOT BEEN DELIVERED:\n\nSubject: Offer\n',
    format: 'barracuda',
    want: { address: 'cy@example.org', status: null, replyCode: null },
  },
  {
    name: 'MessageLabs',
    from: 'Mail Delivery System <MAILER-DAEMON@messagelabs.example>',
    subject: 'Mail Delivery Failure',
    text: 'This is the mail delivery agent at messagelabs.example.\n\nI was unable to deliver your message to the following addresses:\n\ndi@example.org\n\nReason: 550 di@example.org... No such user\n',
    format: 'list-then-reason',
    want: { address: 'di@example.org', replyCode: '550', diagnostic: '550 di@example.org... No such user' },
  },
  {
    name: 'IMail',
    from: '"Postmaster" <postmaster@example.org>',
    subject: 'Undeliverable Mail',
    text: 'Unknown user: ed@example.com\n\nOriginal message follows.\n\nFrom: someone@example.org\n',
    format: 'imailserver',
    want: { address: 'ed@example.com', diagnostic: 'Unknown user' },
  },
  {
    name: 'm-FILTER',
    from: 'POSTMASTER <postmaster@example.com>',
    subject: 'failure notice',
    text: '以下のメールアドレスへの送信に失敗しました。\nfo@example.com\n\n-------server message\n550 5.1.1 <fo@example.com>: Recipient address rejected\n\n-------SMTP command\nRCPT\n\n-------original message\n',
    format: 'mfilter',
    want: { address: 'fo@example.com', status: '5.1.1', replyCode: '550', command: 'RCPT' },
  },
];

describe('gateway and service notices', () => {
  for (const c of CASES) {
    it(`reads ${c.name}`, () => {
      const d = decodeMessage(parts({ from: c.from, subject: c.subject, text: c.text }));
      expect(d?.format).toBe(c.format);
      expect(d?.recipients[0]).toMatchObject(c.want);
    });
  }

  it('reports SES complaint events as feedback, not as failures', () => {
    const d = decodeMessage(
      parts({
        from: 'no-reply@sns.amazonaws.com',
        subject: 'AWS Notification Message',
        text: '{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"gi@example.com"}],"complaintFeedbackType":"abuse"}}',
      }),
    );
    expect(d?.kind).toBe('feedback');
    expect(d?.recipients[0]).toMatchObject({ address: 'gi@example.com', reasonHint: 'feedback' });
  });
});
