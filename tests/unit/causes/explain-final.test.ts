// QA review findings on what the panel says: final failures with temporary-looking codes, reports
// that are not failures, security refusals without sign-in words, generic badges and admin steps.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../../lib/analyze';
import { explain } from '../../../lib/causes/explain';
import { REASONS } from '../../../lib/types';
import { analysis, diag } from '../helpers/builders';

const gmail = { webmail: 'gmail' as const, gmailAccountIndex: 0 };

const everyStep = (e: ReturnType<typeof explain>) => e.fixes.flatMap((f) => f.steps.map((s) => s.text)).join(' ');

describe('a final failure is never explained as "still retrying" (P1-1)', () => {
  const tss04 = diag({
    reason: 'rejected',
    cause: 'yahoo-deferred-tss04',
    status: '4.7.0',
    replyCode: '421',
    diagnostic: '421 4.7.0 [TSS04] Messages from 198.51.100.9 temporarily deferred due to user complaints',
  });

  it('says the server gave up and the admin acts, for a temporary cause in a returned mail', () => {
    const e = explain(tss04, analysis([tss04]), gmail);
    expect(e.temporary).toBe(false);
    expect(e.whoActs).toBe('your-admin');
    expect(e.summary).toMatch(/gave up/);
    expect(e.summary).not.toMatch(/keeps retrying/);
    expect(e.badge).not.toMatch(/retrying/);
    expect(e.title).not.toMatch(/for now/);
    expect(everyStep(e)).not.toMatch(/still being retried|keeps retrying/);
  });

  it('keeps the retrying text for the same cause in a delay notice', () => {
    const d = { ...tss04, action: 'delayed' as const };
    const e = explain(d, analysis([d], { kind: 'delay' }), gmail);
    expect(e.temporary).toBe(true);
    expect(e.whoActs).toBe('nobody');
  });

  it('does not leave "nobody" acting on a generic 4xx failure the server gave up on', () => {
    const d = diag({
      reason: 'toomanyconn',
      cause: 'generic-toomanyconn',
      status: '4.7.0',
      replyCode: '421',
      diagnostic: '421 4.7.0 Try again later, closing connection',
    });
    const e = explain(d, analysis([d]), gmail);
    expect(e.temporary).toBe(false);
    expect(e.whoActs).toBe('your-admin');
    expect(e.summary).toMatch(/gave up/);
  });
});

describe('reports that are not failures (P1-4, P2-15)', () => {
  it('says nobody acts because the message was delivered, without the no-codes sentence', () => {
    for (const reason of ['vacation', 'delivered'] as const) {
      const d = diag({ reason, cause: `generic-${reason}`, action: null });
      const e = explain(d, analysis([d], { kind: 'auto-reply', bounce: false }), gmail);
      expect(e.whoActsLabel).toMatch(/delivered/);
      expect(e.whoActsLabel).not.toMatch(/retrying/);
      expect(e.summary).not.toMatch(/status code/);
    }
  });

  it('calls a complaint report a report, not a bounce', () => {
    const d = diag({ reason: 'feedback', cause: 'generic-feedback', action: null });
    const e = explain(d, analysis([d], { kind: 'feedback', bounce: false }), gmail);
    expect(everyStep(e)).toMatch(/this report/);
    expect(everyStep(e)).not.toMatch(/this bounce/);
  });
});

describe('security refusals (P1-5)', () => {
  it('does not suggest checking the password when the refusal says nothing about signing in', () => {
    const d = diag({
      reason: 'securityerror',
      cause: 'generic-securityerror',
      status: '5.7.0',
      replyCode: '554',
      diagnostic: '554 5.7.0 Header error (state 18).',
    });
    const e = explain(d, analysis([d]), gmail);
    expect(e.title).toMatch(/security rule/);
    expect(`${e.summary} ${everyStep(e)}`).not.toMatch(/password|sign/i);
    expect(e.whoActs).not.toBe('you');
  });

  it('keeps the sign-in advice when the server asks for credentials', () => {
    const d = diag({
      reason: 'securityerror',
      cause: 'generic-securityerror',
      status: '5.7.8',
      replyCode: '535',
      diagnostic: '535 5.7.8 Error: authentication failed',
    });
    expect(everyStep(explain(d, analysis([d]), gmail))).toMatch(/password/);
  });
});

describe('generic texts (P2-3, P2-14)', () => {
  it('gives every reason a short badge of its own', () => {
    for (const reason of REASONS) {
      const d = diag({ reason, cause: `generic-${reason}` });
      const badge = explain(d, analysis([d]), gmail).badge;
      expect(badge.length, reason).toBeLessThanOrEqual(42);
      expect(badge).not.toMatch(/what it means/);
    }
  });

  it('does not point the admin at codes "below", and sends delivery-program faults to the recipient\'s admin', () => {
    const d = diag({ reason: 'onhold', cause: 'generic-onhold' });
    const admin = explain(d, analysis([d]), gmail).fixes.filter((f) => f.audience === 'admin');
    expect(admin.flatMap((f) => f.steps.map((s) => s.text)).join(' ')).not.toMatch(/below/);
    const m = diag({
      reason: 'mailererror',
      cause: 'generic-mailererror',
      diagnostic: 'procmail: Error while writing',
    });
    const mAdmin = explain(m, analysis([m]), gmail).fixes.filter((f) => f.audience === 'admin');
    expect(mAdmin.flatMap((f) => f.steps.map((s) => s.text)).join(' ')).toMatch(/Recipient's admin/);
  });

  it('says a delay notice is only a warning in the generic text', () => {
    const d = diag({
      reason: 'systemfull',
      cause: 'generic-systemfull',
      status: '4.3.1',
      replyCode: '452',
      action: 'delayed',
    });
    const e = explain(d, analysis([d], { kind: 'delay' }), gmail);
    expect(e.temporary).toBe(true);
    expect(e.summary).toMatch(/only a warning/);
  });
});

describe('through the engine', () => {
  it('explains a returned Postfix mail whose last answer was TSS04 as a final failure', async () => {
    const raw = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/causes/raw/postfix-tss04-returned.eml'));
    const [a] = await analyzeRaw(raw);
    const r = a!.recipients[0]!;
    expect(r.cause).toBe('yahoo-deferred-tss04');
    const e = explain(r, a!, gmail);
    expect(e.temporary).toBe(false);
    expect(e.whoActs).toBe('your-admin');
  });
});
