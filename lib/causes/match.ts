// Evidence matching for cause rules. Every regex here is linear: no nested quantifiers, bounded
// repetitions, and the diagnostic is cut to a fixed length first.
import type { ClassifyContext, DecodedRecipient, Reason } from '../types';
import type { EvidenceRule } from './model';

/** Longest diagnostic text examined; real diagnostics are a few hundred characters. */
const MAX_TEXT = 4000;

export interface MatchInput {
  /** Diagnostic, lower case, whitespace folded. */
  text: string;
  /** The same without the reply-code prefixes of continuation lines, so wrapped phrases read whole. */
  prose: string;
  statuses: string[];
  replies: string[];
  hosts: string[];
  reason: Reason;
  delayed: boolean;
}

// "550 5.7.1", "#5.1.1", "5.7.606" — an enhanced code not followed by another ".digit" (IP addresses).
const ENHANCED_IN_TEXT = /(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.]\d)/g;
// "550-5.7.26", "554 5.7.1", "553 sorry…" at the start of the reply.
const REPLY_BEFORE_ENHANCED = /(?:^|[^\d.])([245][0-5]\d)[ -][245]\.\d/;
// Multi-line replies repeat the codes on every line: "… is not RFC 550-5.7.1 5322 compliant …".
const CONTINUATION = / [245]\d\d[ -](?:#?[245]\.\d{1,3}\.\d{1,3} )?/g;
const REPLY_LEADING = /^(?:[a-z]{1,10};\s?)?([245][0-5]\d)(?:[ -]|$)/;

export function buildMatchInput(rec: DecodedRecipient & { reason: Reason }, ctx: ClassifyContext): MatchInput {
  // A desktop client's error number (0x800CCC79) is evidence like the server's words.
  const raw = `${(rec.diagnostic ?? '').slice(0, MAX_TEXT)} ${rec.clientError ?? ''}`;
  const text = raw.replace(/\s+/g, ' ').trim().toLowerCase();
  const statuses = new Set<string>();
  if (rec.status) statuses.add(rec.status.trim());
  for (const m of text.matchAll(ENHANCED_IN_TEXT)) statuses.add(m[1]!);
  const replies = new Set<string>();
  if (rec.replyCode) replies.add(rec.replyCode.trim());
  const before = REPLY_BEFORE_ENHANCED.exec(text);
  if (before) replies.add(before[1]!);
  const leading = REPLY_LEADING.exec(text);
  if (leading) replies.add(leading[1]!);
  const hosts = [rec.remoteHost, ctx.reportingHost].filter((h): h is string => !!h).map((h) => h.toLowerCase());
  return {
    text,
    prose: text.replace(CONTINUATION, ' '),
    statuses: [...statuses],
    replies: [...replies],
    hosts,
    reason: rec.reason,
    delayed: ctx.kind === 'delay' || rec.action === 'delayed',
  };
}

/** "5.7.1" exact, "x.2.2" for class 4 or 5, "5.7.606-649" for a range of the last number. */
function statusMatches(spec: string, code: string): boolean {
  const c = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(code);
  const s = /^([245x])\.(\d{1,3})\.(\d{1,3})(?:-(\d{1,3}))?$/.exec(spec);
  if (!c || !s) return false;
  if (s[1] !== 'x' && s[1] !== c[1]) return false;
  if (s[1] === 'x' && c[1] === '2') return false;
  if (Number(s[2]) !== Number(c[2])) return false;
  const z = Number(c[3]);
  const lo = Number(s[3]);
  const hi = s[4] === undefined ? lo : Number(s[4]);
  return z >= lo && z <= hi;
}

function hostMatches(suffixes: readonly string[], input: MatchInput): boolean {
  return suffixes.some(
    (suffix) => input.hosts.some((h) => h === suffix || h.endsWith(`.${suffix}`)) || input.text.includes(suffix),
  );
}

function hasPhrase(input: MatchInput, phrase: string): boolean {
  return input.text.includes(phrase) || input.prose.includes(phrase);
}

export function ruleMatches(rule: EvidenceRule, input: MatchInput): boolean {
  if (rule.phrases && !rule.phrases.some((p) => hasPhrase(input, p))) return false;
  if (rule.andPhrases && !rule.andPhrases.some((p) => hasPhrase(input, p))) return false;
  if (rule.status && !rule.status.some((spec) => input.statuses.some((code) => statusMatches(spec, code)))) {
    return false;
  }
  if (rule.reply && !rule.reply.some((r) => input.replies.includes(r))) return false;
  if (rule.hosts && !hostMatches(rule.hosts, input)) return false;
  if (rule.reasons && !rule.reasons.includes(input.reason)) return false;
  if (rule.delayed !== undefined && rule.delayed !== input.delayed) return false;
  return true;
}
