// What the visible text of a Sendmail notice (no DSN part) still tells: sendmail's own verdict line in
// the transcript and its words after a bare reply code (hand-written, anonymised).
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../../lib/formats';
import { parts } from './helpers';

const from = 'Mail Delivery Subsystem <MAILER-DAEMON@gw.example.jp>';
const subject = 'Returned mail: see transcript for details';

describe('Sendmail transcript without a DSN part', () => {
  it('takes the status from sendmail’s own verdict line when the server printed none', () => {
    const d = decodeMessage(
      parts({
        from,
        subject,
        text: `The original message was received at Tue, 3 Mar 2026 09:00:00 +0900
from client.example.jp [192.0.2.7]

   ----- The following addresses had permanent fatal errors -----
<kai@example.net>
    (reason: 550 unknown user)

   ----- Transcript of session follows -----
... while talking to mx.example.net.:
>>> DATA
<<< 550 unknown user
550 5.1.1 <kai@example.net>... User unknown
<<< 503 Valid RCPT command must precede DATA
`,
      }),
    );
    expect(d?.recipients[0]).toMatchObject({
      address: 'kai@example.net',
      replyCode: '550',
      status: '5.1.1',
      diagnostic: '550 unknown user',
    });
  });

  it('does not take another recipient’s verdict', () => {
    const d = decodeMessage(
      parts({
        from,
        subject,
        text: `   ----- The following addresses had permanent fatal errors -----
<kai@example.net>
    (reason: 550 unknown user)

   ----- Transcript of session follows -----
... while talking to mx.example.net.:
>>> DATA
<<< 550 unknown user
550 5.1.1 <mia@example.net>... User unknown
`,
      }),
    );
    expect(d?.recipients[0]?.status).toBeNull();
  });

  it('keeps sendmail’s words after a reply that is only a code', () => {
    const d = decodeMessage(
      parts({
        from,
        subject,
        text: `   ----- The following addresses had permanent fatal errors -----
<kai@example.net>
    (reason: )

   ----- Transcript of session follows -----
... while talking to mx.example.net.:
<<< 421
<kai@example.net>... Deferred: 421
Message could not be delivered for 5 days
Message will be deleted from queue
`,
      }),
    );
    expect(d?.recipients[0]).toMatchObject({ replyCode: '421', status: null });
    expect(d?.recipients[0]?.diagnostic).toBe(
      '421 <kai@example.net>... Deferred: 421 Message could not be delivered for 5 days Message will be deleted from queue',
    );
  });

  it('takes the session verdict "554 5.0.0 Service unavailable" for the only recipient', () => {
    const d = decodeMessage(
      parts({
        from,
        subject,
        text: `   ----- The following addresses had permanent fatal errors -----
<kai@example.net>
    (reason: 554 delivery error: this user doesn't have an account)

   ----- Transcript of session follows -----
... while talking to mx.example.net.:
>>> DATA
<<< 554 delivery error: this user doesn't have an account
554 5.0.0 Service unavailable
`,
      }),
    );
    expect(d?.recipients[0]).toMatchObject({ replyCode: '554', status: '5.0.0' });
  });
});
