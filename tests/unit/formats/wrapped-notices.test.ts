// Notices whose recipient line or server answer is split over several lines (hand-written, anonymised).
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../../lib/formats';
import { parts } from './helpers';

describe('Postfix recipient line wrapped inside "(expanded from …)"', () => {
  it('reads the recipient and the local delivery failure after the wrap', () => {
    const d = decodeMessage(
      parts({
        from: 'MAILER-DAEMON@mx.example.jp (Mail Delivery System)',
        subject: 'Delayed Mail (still being retried)',
        text: `This is the mail system at host mx.example.jp.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 30 minutes.
It will be retried until it is 5 days old.

                   The mail system

<rin-home@mx.example.jp> (expanded from
    <rin@mx.example.jp>): temporary failure. Command output: Quota
    exceeded message delivery failed to /var/mail/rin/INBOX
`,
      }),
    );
    expect(d?.format).toBe('postfix');
    expect(d?.kind).toBe('delay');
    expect(d?.recipients).toHaveLength(1);
    expect(d?.recipients[0]).toMatchObject({
      address: 'rin-home@mx.example.jp',
      action: 'delayed',
      diagnostic: 'temporary failure. Command output: Quota exceeded message delivery failed to /var/mail/rin/INBOX',
    });
  });
});
