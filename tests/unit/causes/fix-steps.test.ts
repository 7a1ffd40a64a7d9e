// QA review, P2: which steps the panel shows and in what order, and code meanings that must not
// contradict the explanation next to them.
import { describe, expect, it } from 'vitest';
import { enhancedMeaning, replyMeaning } from '../../../lib/causes/codes';
import { explain } from '../../../lib/causes/explain';
import type { ExplainContext } from '../../../lib/types';
import { analysis, diag } from '../helpers/builders';

const popup: ExplainContext = { webmail: null };
const gmail: ExplainContext = { webmail: 'gmail', gmailAccountIndex: 0 };
const outlook: ExplainContext = { webmail: 'outlook', host: 'outlook.office.com' };
const text = (e: ReturnType<typeof explain>) => e.fixes.flatMap((f) => f.steps.map((s) => s.text)).join('\n');

describe('fix steps', () => {
  it('puts the steps of the desktop client that produced the error first (P2-0)', () => {
    const d = diag({ reason: 'norelaying', cause: 'relay-denied-not-authenticated' });
    expect(explain(d, analysis([], { format: 'thunderbird' }), popup).fixes[0]!.client).toBe('thunderbird');
    expect(explain(d, analysis([], { format: 'apple-mail' }), popup).fixes[0]!.client).toBe('apple-mail');
    expect(explain(d, analysis([], { format: 'outlook-client' }), gmail).fixes[0]!.client).toBe('outlook-classic');
  });

  it('gives Outlook on the web and Gmail users their own steps for a stale suggestion (P2-4)', () => {
    const d = diag({ reason: 'userunknown', cause: 'recipient-address-unknown', status: '5.1.10' });
    const onOutlook = explain(d, analysis(), outlook).fixes[0]!;
    expect(onOutlook.client).toBe('outlook-web');
    expect(onOutlook.label).toBe('Outlook on the web');
    expect(onOutlook.steps.map((s) => s.text).join(' ')).toMatch(/Remove from suggestions/);
    const onGmail = explain(d, analysis(), gmail).fixes[0]!;
    expect(onGmail.client).toBe('gmail-web');
    expect(onGmail.steps.map((s) => s.text).join(' ')).toMatch(/Other contacts/);
  });

  it('does not advise fewer messages for a Gmail limit that counts recipients (P2-5)', () => {
    const d = diag({ reason: 'exceedlimit', cause: 'gmail-daily-sending-limit', status: '5.4.5' });
    const all = text(explain(d, analysis(), gmail));
    expect(all).toMatch(/Every recipient in To, Cc and Bcc counts/);
    expect(all).not.toMatch(/fewer messages/);
  });

  it('shows a code-specific Microsoft step only for its code, and labels the group guide (P2-6)', () => {
    const banned = diag({ reason: 'blocked', cause: 'blocklist-microsoft', status: '5.7.606' });
    expect(text(explain(banned, analysis(), outlook))).not.toMatch(/5\.7\.511/);
    const sender = diag({ reason: 'blocked', cause: 'blocklist-microsoft', status: '5.7.511' });
    expect(text(explain(sender, analysis(), outlook))).toMatch(/delist@microsoft\.com/);
    const group = diag({
      reason: 'securityerror',
      cause: 'recipient-internal-only',
      status: '5.7.1',
      diagnostic: '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required',
    });
    const all = text(explain(group, analysis(), outlook));
    expect(all).not.toMatch(/guide to 5\.7\.133/);
    expect(all).toMatch(/groups that accept only internal senders/);
  });

  it('does not blame Reply-To for "not owned by user", and has Thunderbird steps (P2-7)', () => {
    const d = diag({ reason: 'rejected', cause: 'sender-address-not-owned' });
    const e = explain(d, analysis([], { format: 'thunderbird' }), popup);
    expect(e.summary).not.toMatch(/reply-to/i);
    expect(e.fixes[0]!.client).toBe('thunderbird');
    expect(e.fixes[0]!.steps[0]!.text).toMatch(/Manage Identities/);
  });

  it('words the external-forwarding step as two plain choices (P2-13)', () => {
    const d = diag({ reason: 'policyviolation', cause: 'm365-external-forwarding-blocked', status: '5.7.520' });
    const all = text(explain(d, analysis(), outlook));
    expect(all).not.toMatch(/or check with your admin first/);
    expect(all).toMatch(/ask your admin to allow external forwarding/);
  });
});

describe('code meanings next to the explanation (P2-1)', () => {
  it('does not say a permanent code fails again unchanged (mailbox full clears when they make room)', () => {
    expect(enhancedMeaning('5.2.2')).not.toMatch(/will fail again/);
    expect(enhancedMeaning('5.2.2')).toMatch(/will not try again by itself/);
  });

  it('does not call every 554 a policy or spam refusal', () => {
    expect(replyMeaning('554')).not.toMatch(/spam/);
  });

  it('does not promise retries for a 4.x.x code that a final notice quotes', () => {
    expect(enhancedMeaning('4.7.0')).not.toMatch(/keeps trying/);
  });
});
