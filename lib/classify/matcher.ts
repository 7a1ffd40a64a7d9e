// Multi-phrase matcher: every phrase of every rule is found in one left-to-right pass, so
// classifying a diagnostic costs O(text length × bucket size) however many phrases the rule tables
// hold, and no input can make it backtrack.

import { PhraseIndex } from '../text/phrase-index';

/**
 * A phrase is one lower-case substring, or several that must all occur in this order
 * (e.g. ['user', 'unknown'] for "user xyz@example.org unknown").
 */
export type Phrase = string | readonly string[];

export interface Rule<T> {
  phrase: Phrase;
  value: T;
}

/** Buckets of the phrase index (lib/text/phrase-index.ts), about the number of fragments. */
const BUCKETS = 1024;

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
  private compiled: PhraseIndex | null = null;
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

  private index(): PhraseIndex {
    this.compiled ??= new PhraseIndex(this.fragments, BUCKETS);
    return this.compiled;
  }

  private scan(text: string): Hits {
    // Reused between calls (scans are synchronous); matching() resets the entries it saw.
    const first = this.firstAt;
    const last = this.lastAt;
    const seen: number[] = [];
    const found = this.index().scan(text);
    for (let k = 0; k < found.count; k++) {
      const id = found.ids[k]!;
      if (first[id] === -1) {
        first[id] = found.at[k]!;
        seen.push(id);
      }
      last[id] = found.at[k]!;
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
