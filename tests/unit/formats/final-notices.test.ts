// Final notices whose wording has no SMTP answer, or whose status code says "temporary" although the
// notice is the last one (hand-written, anonymised).
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../../lib/formats';
import { parts } from './helpers';

const QMAIL_HEAD = `Hi. This is the qmail-send program at mx.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.
`;

describe('qmail recipients without "Remote host said:"', () => {
  it('takes the explanatory line as the diagnostic', () => {
    const d = decodeMessage(
      parts({
        from: 'MAILER-DAEMON@mx.example.net',
        subject: 'failure notice',
        text: `${QMAIL_HEAD}
<lena@example.org>:
I'm not going to try again; this message has been in the queue too long.

--- Below this line is a copy of the message.
`,
      }),
    );
    expect(d?.format).toBe('qmail');
    expect(d?.recipients[0]).toMatchObject({
      address: 'lena@example.org',
      diagnostic: "I'm not going to try again; this message has been in the queue too long.",
      status: null,
      replyCode: null,
    });
  });

  it('reads other explanations the same way', () => {
    const d = decodeMessage(
      parts({
        from: 'MAILER-DAEMON@mx.example.net',
        subject: 'failure notice',
        text: `${QMAIL_HEAD}
<omar@nowhere.example>:
Sorry, I couldn't find any host named nowhere.example. (#5.1.2)

--- Below this line is a copy of the message.
`,
      }),
    );
    expect(d?.recipients[0]?.diagnostic).toBe("Sorry, I couldn't find any host named nowhere.example. (#5.1.2)");
    expect(d?.recipients[0]?.status).toBe('5.1.2');
  });

  it('keeps the last attempt’s answer and the closing line that says the queue expired', () => {
    const d = decodeMessage(
      parts({
        from: 'MAILER-DAEMON@mx.example.net',
        subject: 'failure notice',
        text: `${QMAIL_HEAD}
<pia@example.org>:
Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)
I'm not going to try again; this message has been in the queue too long.

--- Below this line is a copy of the message.
`,
      }),
    );
    expect(d?.recipients[0]?.diagnostic).toBe(
      "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.",
    );
    expect(d?.recipients[0]?.status).toBe('4.4.1');
  });
});

describe('final notices with a 5xx reply and a 4.x.x status', () => {
  it('reads Exchange’s "550 4.4.7 QUEUE.Expired" notice as a failure, not a delay', () => {
    const d = decodeMessage(
      parts({
        from: 'Microsoft Outlook <MicrosoftExchange0001@example.com>',
        subject: 'Undeliverable: Minutes',
        text: `Your message to ivo@example.org couldn't be delivered.
Delivery to the following recipient failed because the destination server didn't respond.
Message expired
More Info for Email Admins
Status code: 550 4.4.7
Error Details
Error: 550 4.4.7 QUEUE.Expired; message expired
Message rejected by: XX1PR01MB0001.prod.outlook.com
`,
      }),
    );
    expect(d?.format).toBe('exchange');
    expect(d?.kind).toBe('failure');
    expect(d?.recipients[0]).toMatchObject({
      address: 'ivo@example.org',
      action: 'failed',
      status: '4.4.7',
      replyCode: '550',
    });
  });

  it('still reads a 4xx reply as a delay', () => {
    const d = decodeMessage(
      parts({
        from: 'Microsoft Outlook <MicrosoftExchange0001@example.com>',
        subject: 'Delivery delayed: Minutes',
        text: `Delivery is delayed to these recipients or groups:

ivo@example.org

Diagnostic information for administrators:
Generating server: XX1PR01MB0001.prod.outlook.com
ivo@example.org
Remote Server returned '451 4.4.0 Primary target IP address responded with: "421 Service not available"'
`,
      }),
    );
    expect(d?.kind).toBe('delay');
    expect(d?.recipients[0]).toMatchObject({ action: 'delayed', status: '4.4.0', replyCode: '451' });
  });
});

describe('qmail-based gateways with their own heading', () => {
  const text = `Message from example.com.
Unable to deliver message to the following address(es).

<uma@example.com>:
This user doesn't have a example.com account (uma@example.com) [0]

<vic@example.com>:
Sorry your message to vic@example.com cannot be delivered. This account has been disabled or discontinued [#102].

--- Original message follows.
`;

  it('are decoded as their own system, one recipient per block', () => {
    const d = decodeMessage(parts({ from: 'MAILER-DAEMON@example.com', subject: 'Delivery failure', text }));
    expect(d?.format).toBe('unable-to-deliver');
    expect(d?.recipients.map((r) => r.address)).toEqual(['uma@example.com', 'vic@example.com']);
    expect(d?.recipients[1]?.diagnostic).toMatch(/disabled or discontinued/);
  });

  it('leave qmail-send notices to the qmail decoder', () => {
    const d = decodeMessage(
      parts({
        from: 'MAILER-DAEMON@mx.example.net',
        subject: 'failure notice',
        text: `${QMAIL_HEAD}\n<uma@example.com>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n`,
      }),
    );
    expect(d?.format).toBe('qmail');
  });
});

describe('au/EZweb returned mail', () => {
  it('keeps the carrier’s verdict above the address with the relayed reply', () => {
    const d = decodeMessage(
      parts({
        from: 'Mail Administrator <Postmaster@ezweb.ne.jp>',
        subject: 'Mail System Error - Returned Mail',
        text: `The user(s) account is disabled.

<kei@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)
`,
      }),
    );
    expect(d?.format).toBe('ezweb');
    expect(d?.recipients[0]).toMatchObject({
      address: 'kei@ezweb.ne.jp',
      replyCode: '550',
      diagnostic: 'The user(s) account is disabled. 550 user unknown (in reply to RCPT TO command)',
    });
  });
});

describe('Gmail refusing to send for the user', () => {
  it('keeps Gmail’s sentence (the reason) with the response (the symptom)', () => {
    const d = decodeMessage(
      parts({
        from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        subject: 'Delivery Status Notification (Failure)',
        text: `** Message not delivered **

You're sending this from a different address or alias using the 'Send mail as' feature. The settings for your 'Send mail as' account are misconfigured or out of date. Check those settings and try resending.

Learn more here: https://support.google.com/mail/?p=CustomFromDenied

The response was:
Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability
`,
      }),
    );
    expect(d?.format).toBe('gmail');
    const diag = d?.recipients[0]?.diagnostic ?? '';
    expect(diag).toMatch(/^You're sending this from a different address or alias using the 'Send mail as' feature\./);
    expect(diag).toMatch(/Smtp server does not advertise AUTH capability$/);
    expect(diag).not.toMatch(/Learn more/);
  });
});
