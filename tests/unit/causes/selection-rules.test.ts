// Selection rules from the QA review: a cause must not contradict the classifier's reason on
// circumstantial evidence, and a proven cause replaces an "onhold"/"undefined" reason.
import { describe, expect, it } from 'vitest';
import { analyzeRaw, analyzeText } from '../../../lib/analyze';
import { explain } from '../../../lib/causes/explain';
import { reasonForCause, selectCause } from '../../../lib/causes/select';
import type { ClassifyContext } from '../../../lib/types';
import { classified } from '../helpers/builders';

const failure: ClassifyContext = { format: null, kind: 'failure', reportingHost: null, from: null, subject: null };
const delay: ClassifyContext = { ...failure, kind: 'delay' };

describe('cause selection against the classifier reason', () => {
  it('does not call a delay about a full or broken mail system a plain "still trying"', () => {
    const full = classified('452 4.3.1 Insufficient system resources (disk space)', 'systemfull', {
      action: 'delayed',
      status: '4.3.1',
    });
    expect(selectCause(full, delay)).toBe('generic-systemfull');
    const broken = classified('451 4.3.0 Error: queue file write error', 'systemerror', { action: 'delayed' });
    expect(selectCause(broken, delay)).toBe('generic-systemerror');
    // A delayed connection problem is still a plain delay.
    const net = classified('connect to mx.example.org[203.0.113.5]:25: No route to host', 'networkerror', {
      action: 'delayed',
    });
    expect(selectCause(net, delay)).toBe('delivery-delayed');
  });

  it('does not explain an immediate SMTP refusal as "tried for days" (P1-2)', () => {
    const zone = classified('541 5.4.1 Mail rejected by destination domain (in reply to RCPT TO command)', 'rejected', {
      status: '5.4.1',
      replyCode: '541',
    });
    expect(selectCause(zone, failure)).toBe('recipient-domain-refused');
    const helo = classified(
      'Connected to 198.51.100.40 but my name was rejected. Remote host said: 501 5.0.0 Invalid domain name ' +
        "I'm not going to try again; this message has been in the queue too long.",
      'blocked',
    );
    expect(selectCause(helo, failure)).toBe('helo-name-rejected');
    // A real expiry still is one.
    const expired = classified(
      "Connected to 198.51.100.40 but connection died. I'm not going to try again; this message has been in the queue too long.",
      'expired',
    );
    expect(selectCause(expired, failure)).toBe('delivery-expired');
  });

  it('tells an address-level block and a home-connection refusal from an IP blocklist (P1-7)', () => {
    expect(
      selectCause(
        classified('"Sorry, you are sending to/from an address that has been blacklisted"', 'rejected'),
        failure,
      ),
    ).toBe('recipient-blocks-you');
    expect(
      selectCause(
        classified(
          'host mx.example.jp [192.0.2.20]: 550 5.7.0 <me@example.jp>... Please use the smtp server of your ISP.',
          'blocked',
          {
            status: '5.7.0',
            replyCode: '550',
          },
        ),
        failure,
      ),
    ).toBe('direct-to-mx-refused');
    // A named list is still a blocklist.
    expect(
      selectCause(classified('554 5.7.1 Client host [198.51.100.7] blocked using bl.spamcop.net', 'blocked'), failure),
    ).toBe('blocklist-other');
  });
});

describe('relay refusals: a server bounce is not a mail-app sign-in problem (P1-3)', () => {
  const relay = 'host mx.shop-example.biz[203.0.113.77] said: 554 5.7.1 <sales@shop-example.biz>: Relay access denied';

  it('sends a relay refusal quoted in a server bounce to the next hop, not to the mail app', () => {
    const postfix = { ...failure, format: 'postfix', reportingHost: 'mail.example.com' };
    expect(selectCause(classified(relay, 'norelaying'), postfix)).toBe('recipient-domain-not-hosted');
    const gmailDsn = { ...failure, format: 'gmail', reportingHost: 'googlemail.com' };
    expect(selectCause(classified('554 5.7.1 Relay access denied', 'norelaying'), gmailDsn)).toBe(
      'recipient-domain-not-hosted',
    );
    // Layout unknown, but the text names the remote host's answer.
    expect(
      selectCause(
        classified("Remote host said: 553 sorry, that domain isn't in my list of allowed rcpthosts", 'norelaying'),
        failure,
      ),
    ).toBe('recipient-domain-not-hosted');
  });

  it('keeps the sign-in advice where no server accepted the message (a client send error)', () => {
    const thunderbird = { ...failure, format: 'thunderbird' };
    expect(selectCause(classified('554 5.7.1 <a@example.org>: Relay access denied', 'norelaying'), thunderbird)).toBe(
      'relay-denied-not-authenticated',
    );
    const apple = { ...failure, format: 'apple-mail' };
    expect(
      selectCause(
        classified("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", 'norelaying'),
        apple,
      ),
    ).toBe('relay-denied-qmail-rcpthosts');
  });
});

describe("relay refusals in Gmail's 'Send mail as' notice: the user's own SMTP server refused", () => {
  // Gmail names no recipient in its sentence here; the recipient is only in X-Failed-Recipients.
  const notice = (response: string) =>
    [
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'To: me@example.net',
      'Subject: Delivery Status Notification (Failure)',
      'Date: Thu, 26 Feb 2026 18:30:56 -0800',
      'Message-ID: <n1@mx.google.com>',
      'Auto-Submitted: auto-replied',
      'X-Failed-Recipients: friend@example.org',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      '** Message not delivered **',
      '',
      "You're sending this from a different address or alias using the 'Send mail as' feature. The settings for your 'Send mail as' account are misconfigured or out of date. Check those settings and try resending.",
      '',
      'Learn more here: https://support.google.com/mail/?p=CustomFromDenied',
      '',
      'The response was:',
      response,
      '',
    ].join('\r\n');

  it.each([
    '554 5.7.1 <friend@example.org>: Relay access denied',
    "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    '530 5.7.0 Authentication required',
  ])('sends "%s" to the Send mail as settings, not to the recipient', async (response) => {
    const [a] = await analyzeRaw(notice(response));
    const r = a?.recipients[0];
    expect(r?.address).toBe('friend@example.org');
    expect(r?.cause).toBe('gmail-send-mail-as-failed');
    const exp = explain(r!, a!, { webmail: 'gmail', gmailAccountIndex: 0 });
    expect(exp.whoActs).toBe('you');
    const links = exp.fixes.flatMap((g) => g.steps.map((st) => st.link?.url ?? ''));
    expect(links).toContain('https://mail.google.com/mail/u/0/#settings/accounts');
  });
});

describe('reason reported beside a proven cause (P1-6)', () => {
  it('replaces only the vague reasons', () => {
    expect(reasonForCause('onhold', 'relay-denied-not-authenticated')).toBe('norelaying');
    expect(reasonForCause('undefined', 'gmail-send-mail-as-failed')).toBe('securityerror');
    expect(reasonForCause('onhold', 'generic-onhold')).toBe('onhold');
    expect(reasonForCause('filtered', 'recipient-address-unknown')).toBe('filtered');
  });

  it('never prints "onhold" next to a Gmail "Send mail as" cause (SENT_SECOND_EHLO)', () => {
    const a = analyzeText({
      text:
        "** Message not delivered **\n\nYou're sending this from a different address or alias using the 'Send mail as' " +
        "feature. The settings for your 'Send mail as' account are misconfigured or out of date.\n\nThe response was:\n" +
        'Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability',
      sender: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      subject: 'Delivery Status Notification (Failure)',
    });
    const r = a.recipients[0];
    expect(r?.cause).toBe('gmail-send-mail-as-failed');
    // Gmail's sentence is kept beside the response (lib/formats/gmail.ts): it says Gmail refused to
    // send from the 'Send mail as' address, a rejection; the missing AUTH is only the symptom. The
    // reference classifier reports this layout (lhost-googleworkspace-01) as "rejected" too.
    expect(r?.reason).toBe('rejected');
  });
});
