import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain } from '../../../lib/causes/explain';
import { isAllowedUrl, isLinkId, linkIds, resolveLink } from '../../../lib/causes/links';
import { CAUSES } from '../../../lib/causes/registry';
import { REASONS } from '../../../lib/types';
import { analysis, diag } from '../helpers/builders';
import { loadFixtures } from './fixtures';

const WHO = ['you', 'your-admin', 'recipient', 'nobody'];
const CLIENTS = [
  'any',
  'gmail-web',
  'outlook-web',
  'outlook-classic',
  'outlook-new',
  'outlook-mac',
  'apple-mail',
  'thunderbird',
  'mobile',
  'm365-admin',
  'google-admin',
  'mail-server',
];
const fixtures = loadFixtures();

describe('cause registry', () => {
  it('has no duplicate ids, and every id is kebab-case and names its file in defs/', () => {
    const ids = CAUSES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(path.resolve(import.meta.dirname, '../../../lib/causes/defs'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect([...ids].sort()).toEqual(files);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(CAUSES.map((c) => [c.id, c] as const))('%s is complete', (_id, c) => {
    expect(REASONS).toContain(c.reason);
    expect(WHO).toContain(c.whoActs);
    expect(typeof c.temporary).toBe('boolean');
    expect(c.title.length).toBeGreaterThan(10);
    expect(c.badge.length).toBeGreaterThan(3);
    expect(c.badge.length).toBeLessThanOrEqual(48);
    expect(c.summary.length).toBeGreaterThan(80);
    expect(c.fixes.length).toBeGreaterThan(0);
    expect(c.fixes.flatMap((f) => f.steps).length).toBeGreaterThan(0);
    expect(c.fixes.some((f) => f.audience === 'sender')).toBe(true);
    for (const f of c.fixes) {
      expect(CLIENTS).toContain(f.client);
      for (const s of f.steps) {
        expect(s.text.trim().length).toBeGreaterThan(5);
        if (s.link) expect(isLinkId(s.link), `${c.id}: unknown link ${s.link}`).toBe(true);
      }
    }
    for (const d of c.defaultFor ?? []) expect(REASONS).toContain(d);
  });

  it.each(CAUSES.map((c) => [c.id, c] as const))('%s has evidence rules that each test the bounce itself', (_id, c) => {
    expect(c.evidence.length).toBeGreaterThan(0);
    for (const rule of c.evidence) {
      // A rule of reasons alone would select the cause without any evidence: defaultFor is for that.
      const hasEvidence = !!(rule.phrases?.length || rule.status?.length || rule.reply?.length || rule.delayed);
      expect(hasEvidence).toBe(true);
      for (const p of [...(rule.phrases ?? []), ...(rule.andPhrases ?? [])]) expect(p).toBe(p.toLowerCase());
      for (const s of rule.status ?? []) expect(s).toMatch(/^[245x]\.\d{1,3}\.\d{1,3}(?:-\d{1,3})?$/);
      for (const r of rule.reply ?? []) expect(r).toMatch(/^[245]\d\d$/);
    }
  });

  it.each(CAUSES.map((c) => [c.id] as const))('%s has at least one fixture', (id) => {
    expect(fixtures.some((f) => f.expectedCause === id)).toBe(true);
  });

  it('has no fixture for a cause that does not exist', () => {
    const ids = new Set(CAUSES.map((c) => c.id));
    for (const f of fixtures) expect(ids.has(f.expectedCause), f.file).toBe(true);
  });
});

describe('links allow-list', () => {
  const contexts = [
    { webmail: 'gmail' as const, gmailAccountIndex: 3 },
    { webmail: 'outlook' as const, host: 'outlook.live.com' },
    { webmail: 'outlook' as const, host: 'outlook.cloud.microsoft' },
    { webmail: null },
  ];

  it('resolves every link id to an https URL the allow-list accepts, on every page', () => {
    for (const ctx of contexts) {
      for (const id of linkIds()) {
        const link = resolveLink(id, ctx);
        expect(link).not.toBeNull();
        expect(link!.url.startsWith('https://')).toBe(true);
        expect(isAllowedUrl(link!.url), link!.url).toBe(true);
        expect(link!.label.length).toBeGreaterThan(3);
      }
    }
  });

  it('returns null for ids outside the table and rejects foreign URLs', () => {
    expect(resolveLink('https://evil.example/', { webmail: null })).toBeNull();
    expect(isAllowedUrl('https://evil.example/')).toBe(false);
    expect(isAllowedUrl('http://sender.office.com')).toBe(false);
    expect(isAllowedUrl('https://outlook.evil.example/mail/options/mail/rules')).toBe(false);
  });

  it('keeps the Gmail account index the user is on', () => {
    expect(resolveLink('gmail-accounts', { webmail: 'gmail', gmailAccountIndex: 2 })!.url).toBe(
      'https://mail.google.com/mail/u/2/#settings/accounts',
    );
    expect(resolveLink('gmail-filters', { webmail: 'gmail' })!.url).toBe(
      'https://mail.google.com/mail/u/0/#settings/filters',
    );
    // Only a small whole number is an account index.
    expect(resolveLink('gmail-accounts', { webmail: 'gmail', gmailAccountIndex: -1 })!.url).toContain('/u/0/');
    expect(resolveLink('gmail-accounts', { webmail: 'gmail', gmailAccountIndex: 1.5 })!.url).toContain('/u/0/');
  });

  it('uses the Outlook host the user is on, and only known Outlook hosts', () => {
    const url = (host: string | null) => resolveLink('outlook-forwarding', { webmail: 'outlook', host })!.url;
    expect(url('outlook.office.com')).toBe('https://outlook.office.com/mail/options/mail/forwarding');
    expect(url('outlook.office365.com')).toBe('https://outlook.office365.com/mail/options/mail/forwarding');
    expect(url('outlook.cloud.microsoft')).toBe('https://outlook.cloud.microsoft/mail/options/mail/forwarding');
    expect(url('outlook.live.com')).toBe('https://outlook.live.com/mail/0/options/mail/forwarding');
    expect(url('outlook.evil.example')).toBe('https://outlook.office.com/mail/options/mail/forwarding');
    expect(url(null)).toBe('https://outlook.office.com/mail/options/mail/forwarding');
  });

  it('gives every link in every explanation from the allow-list', () => {
    for (const c of CAUSES) {
      for (const ctx of contexts) {
        const exp = explain(
          diag({ address: 'a@example.org', status: '5.0.0', replyCode: '550', reason: c.reason, cause: c.id }),
          analysis([], { format: null, from: null, subject: null, reportingHost: null }),
          ctx,
        );
        for (const step of exp.fixes.flatMap((f) => f.steps)) {
          if (step.link) expect(isAllowedUrl(step.link.url), `${c.id} ${step.link.url}`).toBe(true);
        }
      }
    }
  });
});
