// Evidence matching for cause rules. Every regex here is linear: no nested quantifiers, bounded
// repetitions, and the diagnostic is cut to a fixed length first.
//
// The registry holds ~160 rules with ~600 phrases; testing each phrase with String.includes on
// every recipient was the largest engine cost after MIME (npm run bench, --cpu-prof). The rules are
// therefore compiled once, on first use: every phrase gets an id, one pass over the diagnostic
// marks which ids occur, and a rule's phrase test becomes a table lookup. Status specs are parsed
// once, and the cheap checks (reason, delay, codes) run before the phrase lookups.

import { PhraseIndex } from '../text/phrase-index';
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

// Whitespace that folding would change. The decoders fold most diagnostics already (every one in
// the corpus), and replace(/\s+/g, ' ') rebuilt such a text anyway, one match per space.
const UNFOLDED = /\s\s|[^\S ]/;

export function buildMatchInput(rec: DecodedRecipient & { reason: Reason }, ctx: ClassifyContext): MatchInput {
  // A desktop client's error number (0x800CCC79) is evidence like the server's words.
  const diagnostic = (rec.diagnostic ?? '').slice(0, MAX_TEXT);
  const raw = rec.clientError ? `${diagnostic} ${rec.clientError}` : diagnostic;
  const text = (UNFOLDED.test(raw) ? raw.replace(/\s+/g, ' ') : raw).trim().toLowerCase();
  const statuses = new Set<string>();
  if (rec.status) statuses.add(rec.status.trim());
  // An exec loop instead of matchAll, which copies the regex and makes an iterator per call.
  ENHANCED_IN_TEXT.lastIndex = 0;
  for (let m = ENHANCED_IN_TEXT.exec(text); m !== null; m = ENHANCED_IN_TEXT.exec(text)) statuses.add(m[1]!);
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

/** Buckets of the phrase index (lib/text/phrase-index.ts), about three per phrase. */
const BUCKETS = 2048;

interface CompiledRule {
  /** Index of the rule's group (cause). */
  group: number;
  reasons: readonly Reason[] | undefined;
  delayed: boolean | undefined;
  serverReport: boolean | undefined;
  reply: readonly string[] | undefined;
  status: StatusSpec[] | undefined;
  hosts: readonly string[] | undefined;
  phrases: number[] | undefined;
  andPhrases: number[] | undefined;
}

/** Rules compiled against one phrase scanner; build with compileRules, test with firstMatchingGroup. */
export interface CompiledRules {
  scanner: PhraseIndex;
  phraseCount: number;
  /** Every rule of every group, groups in order. */
  rules: CompiledRule[];
  /**
   * 1 for the rules that need neither a phrase nor a status code: the only ones read whatever the
   * diagnostic says. A rule with `phrases` can only match when one of them occurs (a diagnostic
   * holds two or three of the ~600), one with `status` only when the recipient has a code of the
   * same class and subject; only those rules are read, not ~45 per recipient (each rule object is
   * another cache miss when MIME parsing ran between two recipients).
   */
  always: Uint8Array;
  /** Per phrase: the rules listing it in `phrases`, ascending. */
  rulesOfPhrase: number[][];
  /** Per statusKey: the rules without `phrases` whose `status` has a spec of that class and subject. */
  rulesOfStatus: Map<number, number[]>;
}

/** Class and subject of an enhanced code as one number: 5.7.x → 5007. */
function statusKey(cls: number, subject: number): number {
  return cls * 1000 + subject;
}

/** The statusKeys a spec can match: "x" is class 4 or 5; a spec that did not parse matches none. */
function specKeys(spec: StatusSpec): number[] {
  if (spec.cls === 'x') return [statusKey(4, spec.subject), statusKey(5, spec.subject)];
  if (spec.cls === '-') return [];
  return [statusKey(Number(spec.cls), spec.subject)];
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
  const rules = groups.flatMap((group, g) =>
    group.map(
      (rule): CompiledRule => ({
        group: g,
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
  const always = new Uint8Array(rules.length);
  const rulesOfPhrase: number[][] = Array.from({ length: ids.size }, () => []);
  const rulesOfStatus = new Map<number, number[]>();
  rules.forEach((rule, r) => {
    // A phrase or key listed twice in one rule still names the rule once.
    if (rule.phrases) for (const id of new Set(rule.phrases)) rulesOfPhrase[id]!.push(r);
    else if (rule.status) {
      for (const key of new Set(rule.status.flatMap(specKeys))) {
        const list = rulesOfStatus.get(key);
        if (list) list.push(r);
        else rulesOfStatus.set(key, [r]);
      }
    } else always[r] = 1;
  });
  return {
    scanner: new PhraseIndex([...ids.keys()], BUCKETS),
    phraseCount: ids.size,
    rules,
    always,
    rulesOfPhrase,
    rulesOfStatus,
  };
}

/** found[id] per phrase, and the ids found (scans are synchronous; firstMatchingGroup clears them). */
let found = new Uint8Array(0);
const seen: number[] = [];

/** Marks the phrases occurring in text in `found` and lists them (each once) in `seen`. */
function scanInto(scanner: PhraseIndex, text: string): void {
  const hits = scanner.scan(text);
  for (let k = 0; k < hits.count; k++) {
    const id = hits.ids[k]!;
    if (found[id] === 0) {
      found[id] = 1;
      seen.push(id);
    }
  }
}

function anyFound(ids: readonly number[]): boolean {
  for (let i = 0; i < ids.length; i++) if (found[ids[i]!] === 1) return true;
  return false;
}

function compiledRuleMatches(rule: CompiledRule, input: MatchInput, codes: readonly ParsedCode[]): boolean {
  if (rule.reasons && !rule.reasons.includes(input.reason)) return false;
  if (rule.delayed !== undefined && rule.delayed !== input.delayed) return false;
  if (rule.serverReport !== undefined && rule.serverReport !== input.serverReport) return false;
  if (rule.reply && !rule.reply.some((r) => input.replies.includes(r))) return false;
  if (rule.phrases && !anyFound(rule.phrases)) return false;
  if (rule.andPhrases && !anyFound(rule.andPhrases)) return false;
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
  if (found.length < compiled.phraseCount) found = new Uint8Array(compiled.phraseCount);
  scanInto(compiled.scanner, input.text);
  if (input.prose !== input.text) scanInto(compiled.scanner, input.prose);
  // The rules that can match: those needing neither, those of the phrases found, those of the codes.
  const candidates = compiled.always.slice();
  for (const id of seen) for (const r of compiled.rulesOfPhrase[id]!) candidates[r] = 1;
  const codes = parseCodes(input.statuses);
  for (const code of codes) {
    const list = compiled.rulesOfStatus.get(statusKey(Number(code.cls), code.subject));
    if (list) for (const r of list) candidates[r] = 1;
  }
  const rules = compiled.rules;
  let matched = -1;
  for (let r = 0; r < rules.length; r++) {
    if (candidates[r] === 0) continue;
    const rule = rules[r]!;
    if (accept && !accept(rule.group)) continue;
    if (compiledRuleMatches(rule, input, codes)) {
      matched = rule.group;
      break;
    }
  }
  for (const id of seen) found[id] = 0;
  seen.length = 0;
  return matched;
}
