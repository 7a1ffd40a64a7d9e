import { describe, expect, it } from 'vitest';
import { PHRASE_ORDER } from '../../../lib/classify/reasons';
import { REASONS } from '../../../lib/types';
import { classify, step } from './helpers';

describe('precedence', () => {
  it('lists every reason that has phrases exactly once', () => {
    const listed = PHRASE_ORDER.map(([r]) => r);
    expect(new Set(listed).size).toBe(listed.length);
    // Only format-decided and undecided reasons have no phrases.
    const without = REASONS.filter((r) => !listed.includes(r));
    expect(without.sort()).toEqual(['delivered', 'feedback', 'onhold', 'suppressed', 'undefined', 'vacation']);
  });

  it('lets a named reason beat a generic wording', () => {
    expect(classify('554 5.7.1 <x@example.org>: Recipient address rejected: Relay access denied')).toBe('norelaying');
    expect(
      classify('550 5.7.26 <x@example.net>: Recipient address rejected: Multiple authentication checks failed', {
        status: '5.7.26',
      }),
    ).toBe('authfailure');
    expect(classify('550 <x@example.jp>: Recipient address rejected.')).toBe('userunknown');
  });

  it('reads a local program failure as mailererror unless it relays a quota problem', () => {
    expect(
      classify('x-unix; procmail: Couldn\'t create "/var/spool/mail/neko" id: No such user', { status: '5.1.1' }),
    ).toBe('mailererror');
    expect(classify('x-unix; /var/email/kijitora/Maildir/tmp/1.A.neko22: Disk quota exceeded')).toBe('mailboxfull');
  });

  it('reads "user unknown" under a policy code as filtered, under its own code as userunknown', () => {
    expect(classify('550 5.7.1 550 User Unknown: x@example.org', { status: '5.7.1' })).toBe('filtered');
    expect(classify('550 5.1.1 <x@example.org>... User Unknown', { status: '5.1.1' })).toBe('userunknown');
  });

  it('reads "user unknown" in reply to DATA as a filter', () => {
    expect(classify('550 Unknown user kijitora@example.net (in reply to end of DATA command)')).toBe('filtered');
    expect(classify('550 Unknown user kijitora@example.net', { command: 'DATA' })).toBe('filtered');
    expect(classify('550 Unknown user kijitora@example.net', { command: 'RCPT' })).toBe('userunknown');
  });

  it('reads an unknown domain answered to MAIL FROM as a refused sender', () => {
    expect(
      classify(
        'SMTP error from remote mail server after MAIL FROM:<x@example.com>: 550 5.1.7 No such domain example.com.',
      ),
    ).toBe('rejected');
    expect(classify('550 No such domain example.com.')).toBe('hostunknown');
    // Postfix names the sender itself: no code needed.
    expect(classify('450 <nyaa@example.org>: Sender address rejected: Domain not found')).toBe('rejected');
    expect(classify('550 <kijitora@example.net>: Recipient address rejected: Domain not found')).toBe('hostunknown');
  });

  it('reads a HELO refusal as a block even when it quotes "host not found"', () => {
    expect(classify('504 5.5.2 <mx.example.local>: Helo command rejected: Host not found')).toBe('blocked');
  });

  it('reads an unexplained refusal by its SMTP stage', () => {
    expect(classify('550 go away', { command: 'CONN' })).toBe('blocked');
    expect(classify('SMTP error from remote mail server after MAIL FROM:<x@example.org> SIZE=1024: 553 sorry')).toBe(
      'rejected',
    );
    expect(classify('550 go away', { command: 'RCPT' })).toBe('onhold');
  });

  it('lets the enhanced code pick between candidates that share a wording', () => {
    const text = '552 Message size exceeds fixed maximum message size (10485760)';
    expect(classify(text, { status: '5.2.3' })).toBe('exceedlimit');
    expect(classify(text, { status: '5.3.4' })).toBe('mesgtoobig');
  });

  it('reads a temporary "domain not found" as a network problem', () => {
    const text =
      "DNS Error: DNS type 'mx' lookup of example.jp responded with code NXDOMAIN Domain name not found: example.jp";
    expect(classify(text, { status: '4.0.0' })).toBe('networkerror');
    expect(classify(text, { status: '5.1.2' })).toBe('networkerror');
    // The same lookup seen on a webmail page, without any code.
    expect(classify(text)).toBe('networkerror');
    expect(classify('550 5.1.2 Host not found: example.jp', { status: '5.1.2' })).toBe('hostunknown');
  });

  it('falls back from text to enhanced code to reply code', () => {
    expect(classify('550 see https://example.net/e/17', { status: '5.2.2' })).toBe('mailboxfull');
    expect(step('550 see https://example.net/e/17', { status: '5.2.2' })).toBe('status');
    expect(classify('551 see https://example.net/e/17')).toBe('hasmoved');
    expect(classify('521 example.net', { replyCode: '521' })).toBe('notaccept');
    // A 552 under a policy code is not a storage problem.
    expect(classify('552-5.7.0 see https://example.net/e/17', { status: '5.7.0', replyCode: '552' })).toBe(
      'securityerror',
    );
  });

  it('keeps decoder hints, delivered reports and delay notices', () => {
    expect(classify('550 5.1.1 User unknown', { reasonHint: 'feedback' })).toBe('feedback');
    expect(classify('250 2.1.5 Ok', { status: '2.1.5', action: 'delivered' })).toBe('delivered');
    expect(
      classify('The recipient server did not respond [(0) example.com: socket error]', { action: 'delayed' }),
    ).toBe('expired');
    expect(classify('450 4.2.2 Mailbox full', { action: 'delayed', status: '4.2.2' })).toBe('mailboxfull');
    // A telling code outranks the delay; a generic one does not.
    expect(classify('see https://example.net/e/17', { action: 'delayed', status: '4.2.2' })).toBe('mailboxfull');
    expect(classify('see https://example.net/e/17', { action: 'delayed', status: '4.0.0' })).toBe('expired');
  });

  it('says onhold for unrecognised text and undefined for nothing', () => {
    expect(classify('550 see https://example.net/e/17')).toBe('onhold');
    // X.3.0 is as generic as X.0.0: servers use it for any temporary refusal.
    expect(classify('451 4.3.0 Please try again later.', { status: '4.3.0', replyCode: '451' })).toBe('onhold');
    expect(classify(null)).toBe('undefined');
    expect(classify('   ')).toBe('undefined');
    expect(classify(null, { status: '5.0.0' })).toBe('undefined');
  });

  it('uses the code printed in the text when the decoder had none', () => {
    expect(classify('smtp; 550 5.2.2 see https://example.net/e/17')).toBe('mailboxfull');
    expect(classify('Remote host said: 552 see https://example.net/e/17')).toBe('onhold');
    expect(classify('smtp; 552 see https://example.net/e/17')).toBe('mailboxfull');
  });

  it('routes Google Groups notices in any language to rejected by their format', () => {
    expect(classify('Цим повідомленням ми сповіщаємо Вас, що група … не існує', {}, { format: 'google-groups' })).toBe(
      'rejected',
    );
  });
});

describe('give-up reports', () => {
  it('names the cause a 4.4.7 give-up report gives, and expired when it gives none', () => {
    const named =
      '<x@example.co.jp>... Deferred: Name server: example.co.jp.: host name lookup failure Message could not be delivered for 8 hours';
    expect(classify(named, { status: '4.4.7' })).toBe('networkerror');
    expect(classify('Message could not be delivered for 5 days', { status: '4.4.7' })).toBe('expired');
  });

  it('reads "<domain> does not exist" as an unknown host and "<address> does not exist" as an unknown user', () => {
    expect(classify('553 neko.example.com does not exist')).toBe('hostunknown');
    expect(classify('553 <kijitora@example.com> does not exist')).toBe('userunknown');
    expect(classify('553 the page http://example.com/x does not exist')).toBe('onhold');
  });
});
