// One realistic, anonymised notice per layout (written for these tests, not copied from any corpus),
// and what the decoding stage must read from it.
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../../lib/formats';
import type { DecodedRecipient } from '../../../lib/types';
import { parts } from './helpers';

interface Case {
  name: string;
  format: string;
  from: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
  want: Array<Partial<DecodedRecipient>>;
  kind?: string;
}

const CASES: Case[] = [
  {
    name: 'Postfix remote rejection',
    format: 'postfix',
    from: 'MAILER-DAEMON@mx.example.org (Mail Delivery System)',
    subject: 'Undelivered Mail Returned to Sender',
    text: `This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<ann@example.net>: host mail.example.net[192.0.2.7] said: 550 5.1.1
    <ann@example.net>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
`,
    want: [
      {
        address: 'ann@example.net',
        status: '5.1.1',
        replyCode: '550',
        remoteHost: 'mail.example.net',
        command: 'RCPT',
      },
    ],
  },
  {
    name: 'Exim, two recipients, MAIL FROM refusal',
    format: 'exim',
    from: 'Mail Delivery System <Mailer-Daemon@relay.example.org>',
    subject: 'Mail delivery failed: returning message to sender',
    text: `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bob@example.com
    host mx.example.com [192.0.2.30]
    SMTP error from remote mail server after MAIL FROM:<me@example.org> SIZE=1200:
    554 5.7.1 Reverse DNS lookup for host 198.51.100.2 failed permanently
  carol@example.com
    host mx.example.com [192.0.2.30]
    SMTP error from remote mail server after RCPT TO:<carol@example.com>:
    550 5.2.2 Mailbox full

------ This is a copy of the message, including all the headers. ------
To: bob@example.com
`,
    want: [
      { address: 'bob@example.com', status: '5.7.1', replyCode: '554', command: 'MAIL', remoteHost: 'mx.example.com' },
      { address: 'carol@example.com', status: '5.2.2', replyCode: '550', command: 'RCPT' },
    ],
  },
  {
    name: 'qmail with the status in "(#5.1.1)"',
    format: 'qmail',
    from: 'MAILER-DAEMON@mx.example.jp',
    subject: 'failure notice',
    text: `Hi. This is the qmail-send program at mx.example.jp.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<dan@example.jp>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.
`,
    want: [{ address: 'dan@example.jp', status: '5.1.1', replyCode: null }],
  },
  {
    name: 'Sendmail, reason line and transcript',
    format: 'sendmail',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@gw.example.jp>',
    subject: 'Returned mail: see transcript for details',
    text: `The original message was received at Mon, 2 Mar 2026 10:00:00 +0900
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<eve@example.com>
    (reason: 550 5.7.1 Message rejected as spam)

   ----- Transcript of session follows -----
... while talking to mx.example.com.:
>>> DATA
<<< 550 5.7.1 Message rejected as spam
554 5.0.0 Service unavailable
`,
    want: [
      { address: 'eve@example.com', status: '5.7.1', replyCode: '550', command: 'DATA', remoteHost: 'mx.example.com' },
    ],
  },
  {
    name: 'Microsoft 365 admin block',
    format: 'exchange',
    from: 'Microsoft Outlook <MicrosoftExchange1234@contoso.example>',
    subject: 'Undeliverable: Quarterly report',
    headers: { 'X-MS-Exchange-Message-Is-Ndr': '' },
    text: `Delivery has failed to these recipients or groups:

frank@fabrikam.example<mailto:frank@fabrikam.example>
The email address you entered couldn't be found.

Diagnostic information for administrators:

Generating server: AB1PR01MB0001.eurprd01.prod.outlook.com

frank@fabrikam.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
`,
    want: [{ address: 'frank@fabrikam.example', status: '5.1.10', replyCode: '550' }],
  },
  {
    name: 'Exchange in French',
    format: 'exchange',
    from: 'postmaster@mairie.example.fr',
    subject: 'Non remis : Réunion',
    text: `Échec de la remise pour ces destinataires ou groupes :

gil@example.fr<mailto:gil@example.fr>

Informations de diagnostic pour les administrateurs :

Serveur de génération : SRV01.mairie.example.fr

gil@example.fr
#550 5.2.2 STOREDRV.Deliver: mailbox full ##
`,
    want: [{ address: 'gil@example.fr', status: '5.2.2', replyCode: '550' }],
  },
  {
    name: 'Gmail card with the remote answer',
    format: 'gmail',
    from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    subject: 'Delivery Status Notification (Failure)',
    text: `** Address not found **

Your message wasn't delivered to hal@example.org because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <hal@example.org>: Recipient address rejected: User unknown
`,
    want: [{ address: 'hal@example.org', status: '5.1.1', replyCode: '550' }],
  },
  {
    name: 'Yahoo',
    format: 'yahoo',
    from: 'MAILER-DAEMON@yahoo.example.com',
    subject: 'Failure Notice',
    text: `Sorry, we were unable to deliver your message to the following address.

<ivy@example.net>:
Remote host said: 552 5.2.2 Mailbox over quota [RCPT_TO]

--- Below this line is a copy of the message.
`,
    want: [{ address: 'ivy@example.net', status: '5.2.2', replyCode: '552', command: 'RCPT' }],
  },
  {
    name: 'OpenSMTPD',
    format: 'opensmtpd',
    from: 'MAILER-DAEMON@smtpd.example.org',
    subject: 'Delivery status notification: error',
    text: `    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

    An error has occurred while attempting to deliver a message for
    the following list of recipients:

jo@example.com: 550 5.7.26 Unauthenticated email is not accepted

    Below is a copy of the original message:
`,
    want: [{ address: 'jo@example.com', status: '5.7.26', replyCode: '550' }],
  },
  {
    name: 'DragonFly Mail Agent',
    format: 'dragonfly',
    from: 'MAILER-DAEMON',
    subject: 'Mail delivery failed',
    text: `This is the DragonFly Mail Agent v0.13 at df.example.jp.

There was an error delivering your mail to <kim@example.com>.

mx.example.com [192.0.2.25] did not like our RCPT TO:
552 5.2.2 <kim@example.com>: Mailbox full

Message headers follow.
`,
    want: [
      { address: 'kim@example.com', status: '5.2.2', replyCode: '552', command: 'RCPT', remoteHost: 'mx.example.com' },
    ],
  },
  {
    name: 'Amazon SES suppression list event',
    format: 'amazonses',
    from: 'AWS Notifications <no-reply@sns.amazonaws.com>',
    subject: 'AWS Notification Message',
    text: `{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"Suppressed","bouncedRecipients":[{"emailAddress":"lee@example.com","action":"failed","status":"5.1.1","diagnosticCode":"Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address."}]}}`,
    want: [{ address: 'lee@example.com', status: '5.1.1', replyCode: null, reasonHint: 'suppressed' }],
  },
  {
    name: 'Mimecast',
    format: 'mimecast',
    from: 'postmaster <postmaster@corp.example.org>',
    subject: '[Postmaster] Email Delivery Failure',
    text: `This is an automated alert notification. Please do not reply.

An email that you attempted to send to the following address could not be delivered:

-- max@example.net

The problem appears to be :

-- Recipient email address is possibly incorrect

Additional information follows :

-- 5.4.1 Recipient address rejected: Access denied.
`,
    want: [{ address: 'max@example.net', status: '5.4.1' }],
  },
];

describe('layout decoders', () => {
  for (const c of CASES) {
    it(`reads ${c.name}`, () => {
      const d = decodeMessage(parts({ from: c.from, subject: c.subject, text: c.text, headers: c.headers }));
      expect(d?.format).toBe(c.format);
      expect(d?.recipients).toHaveLength(c.want.length);
      for (const [i, w] of c.want.entries()) expect(d?.recipients[i]).toMatchObject(w);
      expect(d?.kind).toBe(c.kind ?? 'failure');
    });
  }

  it('keeps the diagnostic as the server wrote it, whitespace folded', () => {
    const d = decodeMessage(parts({ from: CASES[0]!.from, subject: CASES[0]!.subject, text: CASES[0]!.text }));
    expect(d?.recipients[0]?.diagnostic).toContain('Recipient address rejected: User unknown in virtual mailbox table');
    expect(d?.recipients[0]?.diagnostic).not.toMatch(/\s{2,}|\n/);
  });

  it('never invents codes the notice does not print', () => {
    const d = decodeMessage(parts({ from: CASES[2]!.from, subject: CASES[2]!.subject, text: CASES[2]!.text }));
    expect(d?.recipients[0]?.replyCode).toBeNull();
  });

  it('reports an Exim delay warning as a delay', () => {
    const d = decodeMessage(
      parts({
        from: 'Mail Delivery System <Mailer-Daemon@relay.example.org>',
        subject: 'Warning: message 1abcde-0001 delayed 24 hours',
        text: `This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on relay.example.org.

The address to which the message has not yet been delivered is:

  nia@example.co.jp
    host mx.example.co.jp [192.0.2.9]
    Delay reason: SMTP error from remote mail server after RCPT TO:<nia@example.co.jp>:
    451 4.7.1 Greylisted, try again later

No action is required on your part.
`,
      }),
    );
    expect(d?.kind).toBe('delay');
    expect(d?.recipients[0]).toMatchObject({ address: 'nia@example.co.jp', status: '4.7.1', replyCode: '451' });
  });
});
