import { describe, expect, it } from 'vitest';
import { adminSummary } from '../../../lib/causes/admin-summary';
import { explain } from '../../../lib/causes/explain';
import { isAllowedUrl } from '../../../lib/causes/links';
import { CAUSES } from '../../../lib/causes/registry';
import { STEP_FORWARD_TO_ADMIN, STEP_FORWARD_TO_DOMAIN_MANAGER } from '../../../lib/causes/steps';
import type { Reason } from '../../../lib/types';
import { REASONS } from '../../../lib/types';
import { analysis, diag } from '../helpers/builders';

const gmail = { webmail: 'gmail' as const, gmailAccountIndex: 1 };
const outlook = { webmail: 'outlook' as const, host: 'outlook.office365.com' };

describe('explain', () => {
  it.each(REASONS.map((r) => [r] as const))('gives a non-empty generic explanation for reason %s', (reason: Reason) => {
    const d = diag({ reason, cause: `generic-${reason}` });
    const exp = explain(d, analysis([d]), gmail);
    expect(exp.cause).toBe(`generic-${reason}`);
    expect(exp.title.length).toBeGreaterThan(3);
    expect(exp.badge.length).toBeGreaterThan(3);
    expect(exp.summary.length).toBeGreaterThan(20);
    expect(exp.whoActsLabel.length).toBeGreaterThan(2);
    expect(exp.fixes.flatMap((f) => f.steps).length).toBeGreaterThan(0);
  });

  it('falls back to the generic explanation for an unknown cause id', () => {
    const d = diag({ reason: 'mailboxfull', cause: 'no-such-cause', status: '5.2.2' });
    const exp = explain(d, analysis([d]), gmail);
    expect(exp.cause).toBe('generic-mailboxfull');
    expect(exp.summary).toContain('5.2.2');
  });

  it('builds the fallback from the RFC meanings of the codes shown, and their class decides temporary', () => {
    const perm = diag({ reason: 'systemerror', cause: 'generic-systemerror', status: '5.3.5', replyCode: '554' });
    const p = explain(perm, analysis([perm]), gmail);
    expect(p.codes.map((c) => [c.code, c.kind])).toEqual([
      ['5.3.5', 'enhanced'],
      ['554', 'reply'],
    ]);
    expect(p.codes[0]!.meaning).toMatch(/set up incorrectly/);
    expect(p.temporary).toBe(false);
    const temp = diag({
      reason: 'systemerror',
      cause: 'generic-systemerror',
      status: '4.3.5',
      replyCode: '451',
      action: 'delayed',
    });
    expect(explain(temp, analysis([temp], { kind: 'delay' }), gmail).temporary).toBe(true);
  });

  it('lists provider codes and client error numbers with their meanings', () => {
    const d = diag({
      reason: 'blocked',
      cause: 'blocklist-outlook-com',
      status: '5.7.1',
      replyCode: '550',
      diagnostic: 'part of their network is on our block list (S3140)',
    });
    const codes = explain(d, analysis([d]), outlook).codes;
    expect(codes.map((c) => c.code)).toEqual(['5.7.1', '550', 'S3140']);
    expect(codes[2]!.kind).toBe('provider');
    const c = diag({
      reason: 'norelaying',
      cause: 'relay-denied-not-authenticated',
      diagnostic: '550 5.7.1 Unable to relay',
      clientError: '0x800CCC79',
    });
    const clientCodes = explain(c, analysis([c]), outlook).codes;
    expect(clientCodes.find((x) => x.kind === 'client')?.code).toBe('0x800CCC79');
    // The enhanced code printed in the text is explained although the decoder gave none.
    expect(clientCodes.find((x) => x.kind === 'enhanced')?.code).toBe('5.7.1');
  });

  it('uses the provider meaning of a code when the cause knows it', () => {
    const d = diag({ reason: 'speeding', cause: 'm365-sending-limit', status: '5.2.2' });
    const meaning = explain(d, analysis([d]), outlook).codes[0]!.meaning;
    expect(meaning).toMatch(/sending limit/);
    expect(meaning).not.toMatch(/mailbox is full/);
  });

  it('offers the relay check only for relay causes', () => {
    for (const c of CAUSES) {
      const d = diag({ reason: c.reason, cause: c.id });
      const exp = explain(d, analysis([d]), gmail);
      expect(exp.relayCheck).toBe(c.relayCheck === true);
    }
    const relay = CAUSES.filter((c) => c.relayCheck).map((c) => c.id);
    expect(relay).toContain('relay-denied-not-authenticated');
    expect(relay).toContain('relay-denied-roaming');
  });

  it('puts the steps for the webmail the user is on first, sender before admin', () => {
    const d = diag({ reason: 'norelaying', cause: 'relay-denied-not-authenticated' });
    const onGmail = explain(d, analysis([d]), gmail).fixes;
    expect(onGmail[0]!.client).toBe('gmail-web');
    const firstAdmin = onGmail.findIndex((f) => f.audience === 'admin');
    expect(onGmail.slice(firstAdmin).every((f) => f.audience === 'admin')).toBe(true);
    const onOutlook = explain(
      diag({ reason: 'policyviolation', cause: 'm365-external-forwarding-blocked' }),
      analysis([]),
      outlook,
    ).fixes;
    expect(onOutlook[0]!.client).toBe('outlook-web');
    expect(onOutlook[0]!.steps[0]!.link?.url).toBe('https://outlook.office365.com/mail/options/mail/forwarding');
  });

  it('merges app-independent steps into one group per client and keeps Gmail account links', () => {
    const d = diag({ reason: 'securityerror', cause: 'gmail-send-mail-as-failed' });
    const fixes = explain(d, analysis([d]), gmail).fixes;
    const clients = fixes.map((f) => `${f.client}/${f.audience}`);
    expect(new Set(clients).size).toBe(clients.length);
    expect(fixes[0]!.steps[0]!.link?.url).toBe('https://mail.google.com/mail/u/1/#settings/accounts');
  });

  it('marks a delay notice temporary whatever the cause', () => {
    const d = diag({ reason: 'mailboxfull', cause: 'mailbox-full', action: 'delayed', status: '4.2.2' });
    expect(explain(d, analysis([d], { kind: 'delay' }), gmail).temporary).toBe(true);
    const f = diag({ reason: 'mailboxfull', cause: 'mailbox-full', status: '5.2.2' });
    expect(explain(f, analysis([f]), gmail).temporary).toBe(false);
    // …but an expired queue is final even when its code looks temporary (Exchange "550 4.4.7").
    const x = diag({
      reason: 'expired',
      cause: 'delivery-expired',
      action: 'delayed',
      status: '4.4.7',
      replyCode: '550',
    });
    expect(explain(x, analysis([x], { kind: 'delay' }), gmail).temporary).toBe(false);
  });

  it('never repeats a step or a fix group within one explanation', () => {
    const ids = [...CAUSES.map((c) => [c.id, c.reason] as const), ...REASONS.map((r) => [`generic-${r}`, r] as const)];
    for (const [cause, reason] of ids) {
      for (const ctx of [gmail, outlook, { webmail: null }]) {
        const d = diag({ reason, cause, status: '5.0.0' });
        const exp = explain(d, analysis([d]), ctx);
        const steps = exp.fixes.flatMap((f) => f.steps.map((st) => st.text));
        expect(new Set(steps).size, cause).toBe(steps.length);
        const groups = exp.fixes.map((f) => `${f.client}/${f.audience}`);
        expect(new Set(groups).size, cause).toBe(groups.length);
      }
    }
  });

  it('tells the sender to forward the bounce at most once, in the shared words', () => {
    const ids = [...CAUSES.map((c) => [c.id, c.reason] as const), ...REASONS.map((r) => [`generic-${r}`, r] as const)];
    const cases = ids.map(([cause, reason]) => diag({ reason, cause, status: '5.0.0' }));
    // A security refusal without sign-in words gets the security-policy text.
    cases.push(diag({ reason: 'securityerror', cause: 'generic-securityerror', diagnostic: '554 5.7.0 Header error' }));
    for (const d of cases) {
      for (const ctx of [gmail, outlook, { webmail: null }]) {
        for (const group of explain(d, analysis([d]), ctx).fixes) {
          const texts = group.steps.map((st) => st.text);
          expect(texts.filter((t) => /forward this bounce/i.test(t)).length, d.cause).toBeLessThanOrEqual(1);
          for (const text of texts) {
            if (
              /^forward this bounce to your (?:mail admin or email provider|email provider or mail admin)/i.test(text)
            ) {
              expect(text, d.cause).toBe(STEP_FORWARD_TO_ADMIN.text);
            }
            if (/^forward this bounce to whoever manages your domain/i.test(text)) {
              expect(text, d.cause).toBe(STEP_FORWARD_TO_DOMAIN_MANAGER.text);
            }
          }
        }
      }
    }
  });

  it('never turns message text into a link', () => {
    const d = diag({
      reason: 'blocked',
      cause: 'blocklist-spamhaus',
      diagnostic: 'blocked using zen.spamhaus.org; https://evil.example/delist?ip=1',
    });
    const exp = explain(d, analysis([d]), gmail);
    for (const step of exp.fixes.flatMap((f) => f.steps)) {
      if (step.link) expect(isAllowedUrl(step.link.url)).toBe(true);
      expect(step.text).not.toContain('evil.example');
    }
  });
});

describe('adminSummary', () => {
  it('lists every recipient with codes, diagnostic, cause and the suggested action', () => {
    const a = diag({
      address: 'friend@example.org',
      reason: 'norelaying',
      cause: 'relay-denied-not-authenticated',
      status: '5.7.1',
      replyCode: '554',
      remoteHost: 'smtp.homeisp.example',
      diagnostic: '554 5.7.1 <friend@example.org>: Relay access denied',
    });
    const b = diag({ address: 'pat@example.net', reason: 'mailboxfull', cause: 'mailbox-full', status: '5.2.2' });
    const an = analysis([a, b]);
    const exps = an.recipients.map((r) => explain(r, an, gmail));
    const text = adminSummary(an, exps);
    expect(text).toContain('Recipient: friend@example.org');
    expect(text).toContain('Status code: 5.7.1');
    expect(text).toContain('Reply code: 554');
    expect(text).toContain('Diagnostic: 554 5.7.1 <friend@example.org>: Relay access denied');
    expect(text).toContain('[relay-denied-not-authenticated]');
    expect(text).toContain('Recipient: pat@example.net');
    expect(text).toContain('[mailbox-full]');
    expect(text).toMatch(/Suggested action:\n {2}- /);
    expect(text).toContain('Bounce subject: Undelivered Mail Returned to Sender');
  });

  it('writes plain text: no control characters from the bounce, "(none)" for missing values', () => {
    const d = diag({ diagnostic: '550 bad\u0007\u0000 thing\r\nnext line', status: null });
    const an = analysis([d], { subject: null });
    const text = adminSummary(an, [explain(d, an, gmail)]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
    expect(text.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f]/);
    expect(text).toContain('Diagnostic: 550 bad thing next line');
    expect(text).toContain('Status code: (none)');
    expect(text).toContain('Bounce subject: (none)');
  });
});
