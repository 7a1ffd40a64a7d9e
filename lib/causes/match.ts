// Evidence matching for cause rules. Every regex here is linear: no nested quantifiers, bounded
// repetitions, and the diagnostic is cut to a fixed length first.
//
// The registry holds ~160 rules with ~600 phrases; testing each phrase with String.includes on
// every recipient was the largest engine cost after MIME (npm run bench, --cpu-prof). The rules are
// therefore compiled once, on first use: every phrase gets an id, one pass over the diagnostic
// marks which ids occur, and a rule's phrase test becomes a table lookup. Status specs are parsed
// once, and the cheap checks (reason, delay, codes) run before the phrase lookups.
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
  /** A mail server's bounce (a known layout that is not a desktop client's send error). */
  serverReport: boolean;
}

/** Layouts of a desktop client's send error (lib/text/clients.ts): no server accepted the message. */
const CLIENT_FORMATS: ReadonlySet<string> = new Set(['outlook-client', 'thunderbird', 'apple-mail']);

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
    serverReport: ctx.format !== null && !CLIENT_FORMATS.has(ctx.format),
  };
}

/** An enhanced status code split into numbers; class is the digit or "x" (4 or 5) in a spec. */
interface StatusSpec {
  cls: string;
  subject: number;
  lo: number;
  hi: number;
}

const CODE = /^([245])\.(\d{1,3})\.(\d{1,3})$/;
const SPEC = /^([245x])\.(\d{1,3})\.(\d{1,3})(?:-(\d{1,3}))?$/;

function parseSpec(spec: string): StatusSpec | null {
  const s = SPEC.exec(spec);
  if (!s) return null;
  const lo = Number(s[3]);
  return { cls: s[1]!, subject: Number(s[2]), lo, hi: s[4] === undefined ? lo : Number(s[4]) };
}

/** "5.7.1" exact, "x.2.2" for class 4 or 5, "5.7.606-649" for a range of the last number. */
function statusMatches(spec: StatusSpec, code: ParsedCode): boolean {
  if (spec.cls !== 'x' && spec.cls !== code.cls) return false;
  if (spec.cls === 'x' && code.cls === '2') return false;
  return spec.subject === code.subject && code.detail >= spec.lo && code.detail <= spec.hi;
}

interface ParsedCode {
  cls: string;
  subject: number;
  detail: number;
}

/** The input's enhanced codes as numbers; a code that is not n.n.n matches no spec. */
function parseCodes(statuses: readonly string[]): ParsedCode[] {
  const out: ParsedCode[] = [];
  for (const code of statuses) {
    const c = CODE.exec(code);
    if (c) out.push({ cls: c[1]!, subject: Number(c[2]), detail: Number(c[3]) });
  }
  return out;
}

function hostMatches(suffixes: readonly string[], input: MatchInput): boolean {
  return suffixes.some(
    (suffix) => input.hosts.some((h) => h === suffix || h.endsWith(`.${suffix}`)) || input.text.includes(suffix),
  );
}

/** Phrases are indexed by their first PREFIX characters (every phrase is at least that long). */
const PREFIX = 4;
const BUCKETS = 2048;

function prefixHash(text: string, at: number): number {
  let h = 0;
  for (let k = 0; k < PREFIX; k++) h = (Math.imul(h, 31) + text.charCodeAt(at + k)) | 0;
  return h & (BUCKETS - 1);
}

/**
 * Finds which phrases occur in a text: at each position, only the phrases whose first four
 * characters hash to the same bucket are compared (String.startsWith). The table is a few KB and
 * stays in the CPU cache between recipients — a per-character automaton held in a Map was three
 * times slower once MIME parsing ran between two recipients (npm run bench, stage split vs whole).
 * Shorter phrases (none today) are tested with String.includes.
 */
class PhraseScanner {
  private readonly buckets: Array<number[] | undefined> = new Array(BUCKETS);
  private readonly short: number[] = [];

  constructor(private readonly phrases: readonly string[]) {
    phrases.forEach((p, id) => {
      if (p.length < PREFIX) {
        this.short.push(id);
        return;
      }
      const h = prefixHash(p, 0);
      const bucket = this.buckets[h];
      if (bucket) bucket.push(id);
      else this.buckets[h] = [id];
    });
  }

  /** Sets found[id] = 1 for every phrase occurring in text. */
  scan(text: string, found: Uint8Array): void {
    const { buckets, phrases } = this;
    for (const id of this.short) if (text.includes(phrases[id]!)) found[id] = 1;
    const last = text.length - PREFIX;
    for (let i = 0; i <= last; i++) {
      const bucket = buckets[prefixHash(text, i)];
      if (bucket === undefined) continue;
      for (let k = 0; k < bucket.length; k++) {
        const id = bucket[k]!;
        if (found[id] === 0 && text.startsWith(phrases[id]!, i)) found[id] = 1;
      }
    }
  }
}

interface CompiledRule {
  reasons: readonly Reason[] | undefined;
  delayed: boolean | undefined;
  serverReport: boolean | undefined;
  reply: readonly string[] | undefined;
  status: StatusSpec[] | undefined;
  hosts: readonly string[] | undefined;
  phrases: number[] | undefined;
  andPhrases: number[] | undefined;
}

/** Rules compiled against one phrase scanner; build with compileRules, test with matchesAny. */
export interface CompiledRules {
  scanner: PhraseScanner;
  phraseCount: number;
  rules: CompiledRule[][];
}

/** Compiles groups of rules (one group per cause) so they share one phrase scan. */
export function compileRules(groups: readonly (readonly EvidenceRule[])[]): CompiledRules {
  const ids = new Map<string, number>();
  const idsOf = (list: readonly string[] | undefined): number[] | undefined =>
    list?.map((p) => {
      let id = ids.get(p);
      if (id === undefined) {
        id = ids.size;
        ids.set(p, id);
      }
      return id;
    });
  const rules = groups.map((group) =>
    group.map(
      (rule): CompiledRule => ({
        reasons: rule.reasons,
        delayed: rule.delayed,
        serverReport: rule.serverReport,
        reply: rule.reply,
        // A spec that does not parse matches no code, as before compilation.
        status: rule.status?.map((s) => parseSpec(s) ?? { cls: '-', subject: -1, lo: 1, hi: 0 }),
        hosts: rule.hosts,
        phrases: idsOf(rule.phrases),
        andPhrases: idsOf(rule.andPhrases),
      }),
    ),
  );
  return { scanner: new PhraseScanner([...ids.keys()]), phraseCount: ids.size, rules };
}

/** Which compiled phrases occur in the diagnostic (text or prose). */
function scanPhrases(compiled: CompiledRules, input: MatchInput): Uint8Array {
  const found = new Uint8Array(compiled.phraseCount);
  compiled.scanner.scan(input.text, found);
  if (input.prose !== input.text) compiled.scanner.scan(input.prose, found);
  return found;
}

function anyFound(ids: readonly number[], found: Uint8Array): boolean {
  for (let i = 0; i < ids.length; i++) if (found[ids[i]!] === 1) return true;
  return false;
}

function compiledRuleMatches(
  rule: CompiledRule,
  input: MatchInput,
  codes: readonly ParsedCode[],
  found: Uint8Array,
): boolean {
  if (rule.reasons && !rule.reasons.includes(input.reason)) return false;
  if (rule.delayed !== undefined && rule.delayed !== input.delayed) return false;
  if (rule.serverReport !== undefined && rule.serverReport !== input.serverReport) return false;
  if (rule.reply && !rule.reply.some((r) => input.replies.includes(r))) return false;
  if (rule.phrases && !anyFound(rule.phrases, found)) return false;
  if (rule.andPhrases && !anyFound(rule.andPhrases, found)) return false;
  if (rule.status && !rule.status.some((spec) => codes.some((code) => statusMatches(spec, code)))) {
    return false;
  }
  if (rule.hosts && !hostMatches(rule.hosts, input)) return false;
  return true;
}

/** Index of the first group with a matching rule that `accept` (if given) lets through, or -1. */
export function firstMatchingGroup(
  compiled: CompiledRules,
  input: MatchInput,
  accept?: (group: number) => boolean,
): number {
  const found = scanPhrases(compiled, input);
  const codes = parseCodes(input.statuses);
  const groups = compiled.rules;
  for (let g = 0; g < groups.length; g++) {
    if (accept && !accept(g)) continue;
    const rules = groups[g]!;
    for (let r = 0; r < rules.length; r++) if (compiledRuleMatches(rules[r]!, input, codes, found)) return g;
  }
  return -1;
}
