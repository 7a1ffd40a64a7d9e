// Multi-phrase matcher: every phrase of every rule is found in one left-to-right pass, so
// classifying a diagnostic costs O(text length × bucket size) however many phrases the rule tables
// hold, and no input can make it backtrack.

/**
 * A phrase is one lower-case substring, or several that must all occur in this order
 * (e.g. ['user', 'unknown'] for "user xyz@example.org unknown").
 */
export type Phrase = string | readonly string[];

export interface Rule<T> {
  phrase: Phrase;
  value: T;
}

/** Fragments are indexed by their first PREFIX characters; shorter ones are found with indexOf. */
const PREFIX = 4;
const BUCKETS = 1024;

/** 31^(PREFIX-1): the weight of the character that leaves the rolling hash. */
const DROP = 31 ** (PREFIX - 1);

function prefixHash32(text: string, at: number): number {
  let h = 0;
  for (let k = 0; k < PREFIX; k++) h = (Math.imul(h, 31) + text.charCodeAt(at + k)) | 0;
  return h;
}

/**
 * Fragment ids by the hash of their first four characters. A per-character automaton held in a
 * Map was evicted from the CPU cache by MIME parsing between two recipients and cost ~1.5× its
 * tight-loop time inside the pipeline; this table is a few KB of typed arrays (same finding as
 * lib/causes/match.ts). Each fragment also keeps the full hash of its first four characters and of
 * the next four: the reason table's 904 fragments share few prefixes ("user", "mail", "the "), so
 * a text position often lands in a bucket of many, and comparing hashes rules out almost all of
 * them before a fragment's string is read (corpus diagnostics: 165 startsWith calls per text → 16).
 */
interface Index {
  /** The fragments of bucket b are ids[offsets[b]] … ids[offsets[b + 1] - 1], in id order. */
  offsets: Int32Array;
  ids: Int32Array;
  /** Per fragment: prefixHash32 of its characters 0–3, and of 4–7 (0 when shorter than 8). */
  head: Int32Array;
  next: Int32Array;
  long: Uint8Array;
  short: number[];
}

function build(fragments: readonly string[]): Index {
  const short: number[] = [];
  const head = new Int32Array(fragments.length);
  const next = new Int32Array(fragments.length);
  const long = new Uint8Array(fragments.length);
  const counts = new Int32Array(BUCKETS + 1);
  fragments.forEach((frag, id) => {
    if (frag.length < PREFIX) {
      short.push(id);
      return;
    }
    head[id] = prefixHash32(frag, 0);
    if (frag.length >= 2 * PREFIX) {
      next[id] = prefixHash32(frag, PREFIX);
      long[id] = 1;
    }
    counts[(head[id]! & (BUCKETS - 1)) + 1]!++;
  });
  const offsets = new Int32Array(BUCKETS + 1);
  for (let b = 0; b < BUCKETS; b++) offsets[b + 1] = offsets[b]! + counts[b + 1]!;
  const ids = new Int32Array(offsets[BUCKETS]!);
  const fill = offsets.slice(0, BUCKETS);
  fragments.forEach((frag, id) => {
    if (frag.length >= PREFIX) ids[fill[head[id]! & (BUCKETS - 1)]!++] = id;
  });
  return { offsets, ids, head, next, long, short };
}

/** prefixHash32 at every position of the text being scanned (scans are synchronous). */
let hashes = new Int32Array(256);

/** Where each fragment occurs in one text: first start and last start, -1 when absent. */
interface Hits {
  first: Int32Array;
  last: Int32Array;
  /** Ids of the fragments that occur (each once). */
  seen: number[];
}

/**
 * Compiled rule table (the index is built on first use); `first` and `all` are linear in the text.
 * Phrases must already be lower case (the text is lower-cased once by the caller).
 */
export class PhraseTable<T> {
  private readonly fragments: string[];
  /** Built on first use: pages that never show a bounce never pay for it. */
  private compiled: Index | null = null;
  /** Per rule: fragment ids in order. */
  private readonly ruleFragments: number[][];
  private readonly values: T[];
  private readonly firstAt: Int32Array;
  private readonly lastAt: Int32Array;
  /** Per fragment: the rules whose last fragment it is (a rule can only match if that one occurs). */
  private readonly rulesByLastFragment: number[][];

  constructor(rules: readonly Rule<T>[]) {
    const ids = new Map<string, number>();
    const fragments: string[] = [];
    this.ruleFragments = rules.map((rule) => {
      const parts = typeof rule.phrase === 'string' ? [rule.phrase] : rule.phrase;
      return parts.map((part) => {
        if (part.length === 0 || part !== part.toLowerCase()) {
          throw new Error(`classify: phrase must be non-empty lower case: "${part}"`);
        }
        let id = ids.get(part);
        if (id === undefined) {
          id = fragments.length;
          ids.set(part, id);
          fragments.push(part);
        }
        return id;
      });
    });
    this.values = rules.map((r) => r.value);
    this.fragments = fragments;
    this.firstAt = new Int32Array(fragments.length).fill(-1);
    this.lastAt = new Int32Array(fragments.length).fill(-1);
    this.rulesByLastFragment = fragments.map(() => [] as number[]);
    this.ruleFragments.forEach((frags, r) => {
      this.rulesByLastFragment[frags[frags.length - 1]!]!.push(r);
    });
  }

  private index(): Index {
    this.compiled ??= build(this.fragments);
    return this.compiled;
  }

  private scan(text: string): Hits {
    const { offsets, ids, head, next, long, short } = this.index();
    const fragments = this.fragments;
    // Reused between calls (scans are synchronous); matching() resets the entries it saw.
    const first = this.firstAt;
    const last = this.lastAt;
    const seen: number[] = [];
    for (const id of short) {
      const frag = fragments[id]!;
      const at = text.indexOf(frag);
      if (at === -1) continue;
      first[id] = at;
      last[id] = text.lastIndexOf(frag);
      seen.push(id);
    }
    const end = text.length - PREFIX;
    if (hashes.length <= end) hashes = new Int32Array(end + 1);
    // Rolling form of prefixHash32 (same value mod 2^32): drop text[i - 1], add text[i + 3].
    let h = end >= 0 ? prefixHash32(text, 0) : 0;
    for (let i = 0; i <= end; i++) {
      if (i > 0)
        h = (Math.imul((h - Math.imul(text.charCodeAt(i - 1), DROP)) | 0, 31) + text.charCodeAt(i + PREFIX - 1)) | 0;
      hashes[i] = h;
    }
    for (let i = 0; i <= end; i++) {
      const h = hashes[i]!;
      const bucket = h & (BUCKETS - 1);
      for (let k = offsets[bucket]!, stop = offsets[bucket + 1]!; k < stop; k++) {
        const id = ids[k]!;
        if (head[id] !== h) continue;
        // A fragment of eight or more characters also needs the text's next four to hash alike.
        if (long[id] === 1 && (i + PREFIX > end || hashes[i + PREFIX] !== next[id])) continue;
        if (!text.startsWith(fragments[id]!, i)) continue;
        if (first[id] === -1) {
          first[id] = i;
          seen.push(id);
        }
        last[id] = i;
      }
    }
    return { first, last, seen };
  }

  private matches(rule: number, hits: Hits): boolean {
    const frags = this.ruleFragments[rule]!;
    // Ordered fragments: each must start after the earliest end of the one before it.
    let minStart = 0;
    for (const id of frags) {
      if (hits.first[id]! === -1 || hits.last[id]! < minStart) return false;
      // earliest occurrence at or after minStart is unknown in O(1); the first occurrence is a
      // lower bound, so use it when it qualifies and otherwise the last one (which does).
      const start = hits.first[id]! >= minStart ? hits.first[id]! : hits.last[id]!;
      minStart = start + this.fragments[id]!.length;
    }
    return true;
  }

  /** Indices of the rules whose phrase occurs, ascending (= table order). */
  private matching(text: string): number[] {
    const hits = this.scan(text);
    const rules: number[] = [];
    for (const id of hits.seen) {
      for (const r of this.rulesByLastFragment[id]!) if (this.matches(r, hits)) rules.push(r);
    }
    for (const id of hits.seen) {
      hits.first[id] = -1;
      hits.last[id] = -1;
    }
    return rules.sort((a, b) => a - b);
  }

  /** Value of the first rule (in table order) whose phrase occurs in `text`, or null. */
  first(text: string): T | null {
    const rules = this.matching(text);
    return rules.length > 0 ? this.values[rules[0]!]! : null;
  }

  /** Values of all rules whose phrase occurs in `text`, in table order, without repeats. */
  all(text: string): T[] {
    const found: T[] = [];
    for (const r of this.matching(text)) {
      const v = this.values[r]!;
      if (!found.includes(v)) found.push(v);
    }
    return found;
  }
}
