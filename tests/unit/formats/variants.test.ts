// Variants of the same systems that the held-out bounces may use: reworded subjects, missing
// headings, delay notices and localised or client-rendered versions. Hand-written fixtures.
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../../lib/formats';
import { findCommand } from '../../../lib/formats/shared';
import { parts } from './helpers';

describe('layout variants', () => {
  it('reads an iCloud notice that lacks "The mail system"', () => {
    const d = decodeMessage(
      parts({
        from: '<Mailer-Daemon@mail-in.icloud.example> (Mail Delivery System)',
        subject: 'Undelivered Mail Returned to Sender',
        text: "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n<amy@example.jp>: 550 5.1.6 recipient no longer on server: amy@example.jp\n",
      }),
    );
    expect(d?.format).toBe('postfix');
    expect(d?.recipients[0]).toMatchObject({ address: 'amy@example.jp', status: '5.1.6', replyCode: '550' });
  });

  it('reports a Postfix "still being retried" warning as a delay', () => {
    const d = decodeMessage(
      parts({
        from: 'MAILER-DAEMON@smtp.example.org (Mail Delivery System)',
        subject: 'Delayed Mail (still being retried)',
        text: `This is the mail system at host smtp.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

                   The mail system

<ben@example.com>: connect to mx.example.com[192.0.2.2]:25: Connection timed out
`,
      }),
    );
    expect(d?.kind).toBe('delay');
    expect(d?.recipients[0]).toMatchObject({
      address: 'ben@example.com',
      status: null,
      replyCode: null,
      action: 'delayed',
    });
  });

  it('reads Outlook’s rendering of an Exchange report ("cannot be reached")', () => {
    const d = decodeMessage(
      parts({
        from: 'System Administrator <postmaster@corp.example>',
        subject: 'Undeliverable: Budget',
        text: `Your message did not reach some or all of the intended recipients.

      Subject:  Budget
      Sent:     3/2/2026 9:15 AM

The following recipient(s) cannot be reached:

      cal@example.org on 3/2/2026 9:15 AM
            The e-mail account does not exist at the organization this message was sent to.
            <mx.corp.example #5.1.1 smtp;550 5.1.1 <cal@example.org>: Recipient address rejected: User unknown>
`,
      }),
    );
    expect(d?.recipients[0]).toMatchObject({ address: 'cal@example.org', status: '5.1.1', replyCode: '550' });
  });

  it('takes the user-facing sentence when the administrators’ block is not shown', () => {
    const d = decodeMessage(
      parts({
        from: 'Microsoft Outlook <postmaster@contoso.example>',
        subject: 'Undeliverable: Plans',
        text: "Delivery has failed to these recipients or groups:\n\nmo@fabrikam.example<mailto:mo@fabrikam.example>\nThe recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.\n",
        headers: { 'X-MS-Exchange-Message-Is-Ndr': '' },
      }),
    );
    expect(d?.recipients[0]).toMatchObject({ address: 'mo@fabrikam.example', status: null, replyCode: null });
    expect(d?.recipients[0]?.diagnostic).toMatch(/^The recipient's mailbox is full/);
  });

  it('reports an Exchange Online delay notice as a delay', () => {
    const d = decodeMessage(
      parts({
        from: 'Microsoft Outlook <postmaster@contoso.example>',
        subject: 'Delivery delayed:Meeting',
        text: `Delivery is delayed to these recipients or groups:

dee@fabrikam.example (dee@fabrikam.example)<mailto:dee@fabrikam.example>

This message hasn't been delivered yet. Delivery will continue to be attempted.

Diagnostic information for administrators:

Generating server: AB1PR01MB0002.eurprd01.prod.outlook.com

dee@fabrikam.example
Remote Server returned '400 4.4.7 Message delayed'
`,
      }),
    );
    expect(d?.kind).toBe('delay');
    expect(d?.recipients[0]).toMatchObject({ address: 'dee@fabrikam.example', status: '4.4.7', replyCode: '400' });
  });

  it('reads Exim wording under a subject changed by the host (cPanel)', () => {
    const d = decodeMessage(
      parts({
        from: 'Mail Delivery System <mailer-daemon@host.example.net>',
        subject: 'Undelivered Mail: returning message to sender',
        text: `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  eli@example.com
    host mx.example.com [192.0.2.8]
    SMTP error from remote mail server after pipelined RCPT TO:<eli@example.com>:
    550 5.1.1 No such user
`,
      }),
    );
    expect(d?.format).toBe('exim');
    expect(d?.recipients[0]).toMatchObject({ address: 'eli@example.com', status: '5.1.1', command: 'RCPT' });
  });

  it('reads Courier', () => {
    const d = decodeMessage(
      parts({
        from: 'Courier mail server <MAILER-DAEMON@mx.example.org>',
        subject: 'NOTICE: mail delivery status.',
        text: `This is a delivery status notification from mx.example.org,
running the Courier mail server, version 1.1.

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<fay@example.co.jp>:
    mx.example.co.jp [192.0.2.95]:
>>> RCPT TO:<fay@example.co.jp>
<<< 550 5.1.1 <fay@example.co.jp>... User Unknown

---------------------------------------------------------------------------
`,
      }),
    );
    expect(d?.format).toBe('courier');
    expect(d?.recipients[0]).toMatchObject({
      address: 'fay@example.co.jp',
      status: '5.1.1',
      replyCode: '550',
      command: 'RCPT',
      remoteHost: 'mx.example.co.jp',
    });
  });

  it('reads Domino', () => {
    const d = decodeMessage(
      parts({
        from: 'postmaster@notes.example.co.jp',
        subject: 'DELIVERY FAILURE: User gus not listed in Domino Directory',
        text: `Your message

  Subject: Plans

was not delivered to:

  gus@example.co.jp

because:

  User gus (gus@example.co.jp) not listed in Domino Directory
`,
      }),
    );
    expect(d?.format).toBe('domino');
    expect(d?.recipients[0]).toMatchObject({ address: 'gus@example.co.jp', status: null });
    expect(d?.recipients[0]?.diagnostic).toBe('User gus (gus@example.co.jp) not listed in Domino Directory');
  });

  it('reads AOL’s web-style notice, status only as AOL prints it', () => {
    const d = decodeMessage(
      parts({
        from: 'Postmaster <Postmaster@aol.example>',
        subject: 'Undeliverable: Hello',
        text: `Email Returned
Something went wrong.

We were unable to deliver your message to the following address

ida@example.jp

because: Mailbox is full

More information about type 5.2.2 delivery errors are available if you want or need it.
`,
      }),
    );
    expect(d?.recipients[0]).toMatchObject({
      address: 'ida@example.jp',
      status: '5.2.2',
      replyCode: null,
      diagnostic: 'Mailbox is full',
    });
  });
});

describe('findCommand', () => {
  const table: Array<[string, string | null]> = [
    ['lost connection with mx.example.com[192.0.2.1] while sending RCPT TO', 'RCPT'],
    ['host mx.example.com[192.0.2.1] refused to talk to me: 554 5.7.1 blocked', 'CONN'],
    ['SMTP error from remote mail server after end of data:', 'DATA'],
    ['mx.example.com [192.0.2.1] did not like our final DATA:', 'DATA'],
    ['550 5.1.1 User unknown', null],
  ];
  for (const [text, want] of table) it(`reads "${text}"`, () => expect(findCommand(text)).toBe(want));
});
