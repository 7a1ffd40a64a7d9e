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

/** Phrases are indexed by their first PREFIX characters; shorter ones are found with includes. */
const PREFIX = 4;
const BUCKETS = 2048;

/** 31^(PREFIX-1): the weight of the character that leaves the rolling hash. */
const DROP = 31 ** (PREFIX - 1);

function prefixHash32(text: string, at: number): number {
  let h = 0;
  for (let k = 0; k < PREFIX; k++) h = (Math.imul(h, 31) + text.charCodeAt(at + k)) | 0;
  return h;
}

/** prefixHash32 at every position of the text being scanned (scans are synchronous). */
let hashes = new Int32Array(256);

/**
 * Finds which phrases occur in a text: at each position, only the phrases whose first four
 * characters hash to the same bucket are candidates, and a candidate's string is compared
 * (String.startsWith) only when the full hashes of its first four and next four characters equal
 * the text's there — the cause phrases share prefixes ("send", "does", "aup#"), and on the corpus
 * a diagnostic had ~60 candidates read to be rejected. The index is flat typed arrays of a few KB,
 * so it stays in the CPU cache between recipients — a per-character automaton held in a Map was
 * three times slower once MIME parsing ran between two recipients (npm run bench, stage split vs
 * whole). Same scheme as lib/classify/matcher.ts.
 */
class PhraseScanner {
  /** The phrases of bucket b are ids[offsets[b]] … ids[offsets[b + 1] - 1]. */
  private readonly offsets: Int32Array;
  private readonly ids: Int32Array;
  /** Per phrase: prefixHash32 of its characters 0–3, and of 4–7 (used when long[id] is 1). */
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly long: Uint8Array;
  /** Phrases shorter than PREFIX (none today), tested with String.includes. */
  private readonly short: number[] = [];

  constructor(private readonly phrases: readonly string[]) {
    const n = phrases.length;
    this.head = new Int32Array(n);
    this.next = new Int32Array(n);
    this.long = new Uint8Array(n);
    const counts = new Int32Array(BUCKETS + 1);
    phrases.forEach((p, id) => {
      if (p.length < PREFIX) {
        this.short.push(id);
        return;
      }
      this.head[id] = prefixHash32(p, 0);
      if (p.length >= 2 * PREFIX) {
        this.next[id] = prefixHash32(p, PREFIX);
        this.long[id] = 1;
      }
      counts[(this.head[id]! & (BUCKETS - 1)) + 1]!++;
    });
    this.offsets = new Int32Array(BUCKETS + 1);
    for (let b = 0; b < BUCKETS; b++) this.offsets[b + 1] = this.offsets[b]! + counts[b + 1]!;
    this.ids = new Int32Array(this.offsets[BUCKETS]!);
    const fill = this.offsets.slice(0, BUCKETS);
    phrases.forEach((p, id) => {
      if (p.length >= PREFIX) this.ids[fill[this.head[id]! & (BUCKETS - 1)]!++] = id;
    });
  }

  /** Sets found[id] = 1 for every phrase occurring in text, and lists in `seen` the ids it set. */
  scan(text: string, found: Uint8Array, seen: number[]): void {
    const { offsets, ids, head, next, long, phrases } = this;
    for (const id of this.short) {
      if (found[id] === 0 && text.includes(phrases[id]!)) {
        found[id] = 1;
        seen.push(id);
      }
    }
    const end = text.length - PREFIX;
    if (end < 0) return;
    if (hashes.length <= end) hashes = new Int32Array(end + 1);
    // Rolling form of prefixHash32 (same value mod 2^32): drop text[i - 1], add text[i + 3].
    let h = prefixHash32(text, 0);
    hashes[0] = h;
    for (let i = 1; i <= end; i++) {
      h = (Math.imul((h - Math.imul(text.charCodeAt(i - 1), DROP)) | 0, 31) + text.charCodeAt(i + PREFIX - 1)) | 0;
      hashes[i] = h;
    }
    for (let i = 0; i <= end; i++) {
      const hi = hashes[i]!;
      const bucket = hi & (BUCKETS - 1);
      for (let k = offsets[bucket]!, stop = offsets[bucket + 1]!; k < stop; k++) {
        const id = ids[k]!;
        if (head[id] !== hi || found[id] === 1) continue;
        // A phrase of eight or more characters also needs the text's next four to hash alike.
        if (long[id] === 1 && (i + PREFIX > end || hashes[i + PREFIX] !== next[id])) continue;
        if (text.startsWith(phrases[id]!, i)) {
          found[id] = 1;
          seen.push(id);
        }
      }
    }
  }
}

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
  scanner: PhraseScanner;
  phraseCount: number;
  /** Every rule of every group, groups in order. */
  rules: CompiledRule[];
  /**
   * 1 for the rules without a `phrases` list: the only ones that can match when none of their
   * phrases occurs. Most rules need one of their phrases, and a diagnostic holds two or three of
   * the ~600, so only these and the rules of the phrases found are read (the rule objects are
   * another cache miss per rule when MIME parsing ran between two recipients).
   */
  always: Uint8Array;
  /** Per phrase: the rules listing it in `phrases`, ascending. */
  rulesOfPhrase: number[][];
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
  rules.forEach((rule, r) => {
    if (!rule.phrases) always[r] = 1;
    // A phrase listed twice in one rule still names the rule once.
    else for (const id of new Set(rule.phrases)) rulesOfPhrase[id]!.push(r);
  });
  return { scanner: new PhraseScanner([...ids.keys()]), phraseCount: ids.size, rules, always, rulesOfPhrase };
}

/** found[id] per phrase, and the ids found (scans are synchronous; firstMatchingGroup clears them). */
let found = new Uint8Array(0);
const seen: number[] = [];

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
  compiled.scanner.scan(input.text, found, seen);
  if (input.prose !== input.text) compiled.scanner.scan(input.prose, found, seen);
  // The rules that can match: those needing no phrase, and those of the phrases found.
  const candidates = compiled.always.slice();
  for (const id of seen) for (const r of compiled.rulesOfPhrase[id]!) candidates[r] = 1;
  const codes = parseCodes(input.statuses);
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
