import type { MessageAnalysis } from '../../lib/types';

/** What heads one bounce's explanation when a file holds several: where it is and what it says it is. */
export interface MessageHeading {
  /** "Bounce 2 of 3". */
  position: string;
  /** The message's Subject as written, or null when it has none. */
  subject: string | null;
  /** Date and sender as the message states them; fields it lacks are left out. */
  fields: { label: string; value: string }[];
}

// A folded header can run to thousands of characters; a heading only has to tell messages apart.
const MAX_CHARS = 200;
// Control characters, and the bidi embeddings/overrides/isolates (U+202A–E, U+2066–9) that could
// make a sender's address read differently from what it is.
const HIDDEN = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

/** Header text as one plain line: untrusted, so rendered as text only, and bounded. */
function shown(value: string | null | undefined): string | null {
  const line = (value ?? '').replace(HIDDEN, ' ').replace(/\s+/g, ' ').trim();
  if (line === '') return null;
  if (line.length <= MAX_CHARS) return line;
  // Never end on half of a surrogate pair (an emoji in a subject).
  return `${line.slice(0, MAX_CHARS - 1).replace(/[\ud800-\udbff]$/, '')}…`;
}

/**
 * The heading for the bounce at `index` of the `total` explained from one input; null when there
 * is only one, which needs no telling apart.
 */
export function messageHeading(analysis: MessageAnalysis, index: number, total: number): MessageHeading | null {
  if (total < 2) return null;
  const fields: MessageHeading['fields'] = [];
  const date = shown(analysis.date);
  if (date) fields.push({ label: 'Date', value: date });
  const from = shown(analysis.from);
  if (from) fields.push({ label: 'From', value: from });
  return { position: `Bounce ${index + 1} of ${total}`, subject: shown(analysis.subject), fields };
}

/** One line above the results: the file they came from and, for several, how many. */
export function resultsLine(fileName: string | null, bounces: number, skipped: number, shown: number): string {
  const parts: string[] = [];
  if (fileName) parts.push(`From ${fileName}`);
  if (bounces > 1 || skipped > 0) {
    let count = bounces === 1 ? '1 bounce' : `${bounces} bounces`;
    if (skipped > 0) {
      count += ` (and ${skipped === 1 ? '1 other message that is not a bounce' : `${skipped} other messages that are not bounces`})`;
    }
    if (shown < bounces) count += `; the first ${shown} are explained here`;
    parts.push(count);
  }
  return parts.join(': ');
}
