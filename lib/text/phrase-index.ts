// Finds where any of a fixed set of lower-case phrases occurs in a text, in one left-to-right pass:
// O(text length × bucket size) however many phrases there are, and no input can make it backtrack.
// Shared by the classifier's rule tables (lib/classify/matcher.ts) and the cause matcher
// (lib/causes/match.ts), which run one after the other on every recipient: one copy of the code
// and of the scratch arrays stays in the CPU cache for both.

/** Phrases are indexed by the hash of their first PREFIX characters; shorter ones use indexOf. */
const PREFIX = 4;

/** 31^(PREFIX-1): the weight of the character that leaves the rolling hash. */
const DROP = 31 ** (PREFIX - 1);

function prefixHash32(text: string, at: number): number {
  let h = 0;
  for (let k = 0; k < PREFIX; k++) h = (Math.imul(h, 31) + text.charCodeAt(at + k)) | 0;
  return h;
}

/** prefixHash32 at every position of hashedText (scans are synchronous). */
let hashes = new Int32Array(256);
/**
 * The text whose hashes those are: the classifier scans one diagnostic with several tables in a
 * row (a third of the scans of a corpus run repeat the text before), and they need not hash it again.
 */
let hashedText: string | null = null;

/** Fills hashes[0 … end] for text. */
function hashAll(text: string, end: number): void {
  if (hashes.length <= end) hashes = new Int32Array(end + 1);
  // Rolling form of prefixHash32 (same value mod 2^32): drop text[i - 1], add text[i + 3].
  let h = prefixHash32(text, 0);
  hashes[0] = h;
  for (let i = 1; i <= end; i++) {
    h = (Math.imul((h - Math.imul(text.charCodeAt(i - 1), DROP)) | 0, 31) + text.charCodeAt(i + PREFIX - 1)) | 0;
    hashes[i] = h;
  }
  hashedText = text;
}

/**
 * The occurrences one scan found: phrase ids[k] starts at at[k], for k < count. Reused by every
 * scan, so read them before the next one.
 */
interface PhraseHits {
  count: number;
  ids: Int32Array;
  at: Int32Array;
}

const hits: PhraseHits = { count: 0, ids: new Int32Array(64), at: new Int32Array(64) };

function addHit(id: number, at: number): void {
  if (hits.count === hits.ids.length) {
    const ids = new Int32Array(hits.count * 2);
    const starts = new Int32Array(hits.count * 2);
    ids.set(hits.ids);
    starts.set(hits.at);
    hits.ids = ids;
    hits.at = starts;
  }
  hits.ids[hits.count] = id;
  hits.at[hits.count] = at;
  hits.count++;
}

/**
 * Phrase ids by the hash of their first four characters, as flat typed arrays of a few KB: a
 * per-character automaton held in a Map was evicted from the CPU cache by MIME parsing between two
 * recipients and cost 1.5–3× its tight-loop time inside the pipeline (npm run bench, stage split vs
 * whole). Each phrase also keeps the full hash of its first four characters and of the next four:
 * the rule tables' phrases share prefixes ("user", "mail", "send", "does"), so a text position often
 * lands in a bucket of several, and comparing hashes rules out almost all of them before a phrase's
 * string is read (classifier, corpus diagnostics: 165 startsWith calls per text → 16).
 */
export class PhraseIndex {
  private readonly mask: number;
  /** The phrases of bucket b are ids[offsets[b]] … ids[offsets[b + 1] - 1], in id order. */
  private readonly offsets: Int32Array;
  private readonly ids: Int32Array;
  /** Per phrase: prefixHash32 of its characters 0–3, and of 4–7 (used when long[id] is 1). */
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly long: Uint8Array;
  /** Phrases shorter than PREFIX, found with indexOf. */
  private readonly short: number[] = [];

  /** `buckets`: a power of two, about the number of phrases or more. */
  constructor(
    private readonly phrases: readonly string[],
    buckets: number,
  ) {
    this.mask = buckets - 1;
    const n = phrases.length;
    const head = new Int32Array(n);
    const next = new Int32Array(n);
    const long = new Uint8Array(n);
    const counts = new Int32Array(buckets + 1);
    phrases.forEach((p, id) => {
      if (p.length < PREFIX) {
        this.short.push(id);
        return;
      }
      head[id] = prefixHash32(p, 0);
      if (p.length >= 2 * PREFIX) {
        next[id] = prefixHash32(p, PREFIX);
        long[id] = 1;
      }
      counts[(head[id]! & this.mask) + 1]!++;
    });
    const offsets = new Int32Array(buckets + 1);
    for (let b = 0; b < buckets; b++) offsets[b + 1] = offsets[b]! + counts[b + 1]!;
    const ids = new Int32Array(offsets[buckets]!);
    const fill = offsets.slice(0, buckets);
    phrases.forEach((p, id) => {
      if (p.length >= PREFIX) ids[fill[head[id]! & this.mask]!++] = id;
    });
    this.offsets = offsets;
    this.ids = ids;
    this.head = head;
    this.next = next;
    this.long = long;
  }

  /**
   * Every occurrence of every phrase of at least four characters, by ascending start; for a
   * shorter phrase only its first and last occurrence (once when they are the same), listed first.
   */
  scan(text: string): PhraseHits {
    const { mask, offsets, ids, head, next, long, phrases } = this;
    hits.count = 0;
    for (const id of this.short) {
      const frag = phrases[id]!;
      const at = text.indexOf(frag);
      if (at === -1) continue;
      addHit(id, at);
      const last = text.lastIndexOf(frag);
      if (last !== at) addHit(id, last);
    }
    const end = text.length - PREFIX;
    if (end < 0) return hits;
    if (text !== hashedText) hashAll(text, end);
    for (let i = 0; i <= end; i++) {
      const hi = hashes[i]!;
      const bucket = hi & mask;
      for (let k = offsets[bucket]!, stop = offsets[bucket + 1]!; k < stop; k++) {
        const id = ids[k]!;
        if (head[id] !== hi) continue;
        // A phrase of eight or more characters also needs the text's next four to hash alike.
        if (long[id] === 1 && (i + PREFIX > end || hashes[i + PREFIX] !== next[id])) continue;
        if (text.startsWith(phrases[id]!, i)) addHit(id, i);
      }
    }
    return hits;
  }
}
