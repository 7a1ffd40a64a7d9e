import { analyzeRaw, analyzeText } from '../../lib/analyze';
import type { MessageAnalysis, MessageKind } from '../../lib/types';

/** What the popup shows for one paste or file. */
export type InputResult =
  | { kind: 'bounces'; analyses: MessageAnalysis[]; skipped: number }
  | { kind: 'not-bounce'; messageKind: MessageKind }
  | { kind: 'unreadable'; message: string };

// Mailbox exports can be large, but a single bounce is kilobytes; past this the popup would freeze.
const MAX_FILE_BYTES = 25 * 1024 * 1024;

// A pasted "Show original" / "View source" starts with header fields, not with prose.
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]/;
const MESSAGE_HEADERS = /^(?:received|return-path|from|to|subject|date|message-id|mime-version|content-type):/i;

/** True when the text is a whole message (headers, blank line, body) rather than visible text. */
export function looksLikeRawMessage(text: string): boolean {
  const head = text.trimStart().slice(0, 64 * 1024);
  const end = head.search(/\r?\n\r?\n/);
  if (end <= 0) return false;
  const lines = head.slice(0, end).split(/\r?\n/);
  let known = 0;
  for (const line of lines) {
    if (line.startsWith(' ') || line.startsWith('\t')) continue; // folded continuation
    if (!HEADER_LINE.test(line) && !line.startsWith('From ')) return false;
    if (MESSAGE_HEADERS.test(line)) known++;
  }
  return known >= 2;
}

function summarise(analyses: MessageAnalysis[]): InputResult {
  const bounces = analyses.filter((analysis) => analysis.bounce);
  if (bounces.length > 0) return { kind: 'bounces', analyses: bounces, skipped: analyses.length - bounces.length };
  return { kind: 'not-bounce', messageKind: analyses[0]?.kind ?? 'not-bounce' };
}

/** Pasted text: a client error, the visible text of a bounce, or a whole message source. */
export async function analysePasted(text: string): Promise<InputResult> {
  if (text.trim() === '') return { kind: 'unreadable', message: 'Nothing to analyse: paste a bounce first.' };
  if (looksLikeRawMessage(text)) {
    const analyses = await analyzeRaw(text).catch(() => []);
    if (analyses.some((analysis) => analysis.bounce)) return summarise(analyses);
  }
  return summarise([analyzeText({ text })]);
}

// Outlook's .msg is an OLE2 compound file (signature D0 CF 11 E0 A1 B1 1A E1), not MIME.
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function isBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

/** An opened or dropped file: an .eml, an mbox, or a text file holding a bounce. */
export async function analyseFile(file: Blob & { name?: string }): Promise<InputResult> {
  const name = file.name ?? 'the file';
  if (file.size === 0) return { kind: 'unreadable', message: `${name} is empty.` };
  if (file.size > MAX_FILE_BYTES) {
    return { kind: 'unreadable', message: `${name} is larger than 25 MB. Save just the bounce as an .eml file.` };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { kind: 'unreadable', message: `${name} could not be read.` };
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return {
      kind: 'unreadable',
      message: `${name} is an Outlook .msg file, which Bounce Lens cannot read. Open it in Outlook and paste its text here, or save it as .eml.`,
    };
  }
  if (isBinary(bytes)) {
    return { kind: 'unreadable', message: `${name} is not a mail message or text file (.eml, .mbox or .txt).` };
  }
  let analyses: MessageAnalysis[] = [];
  try {
    analyses = await analyzeRaw(bytes);
  } catch {
    // Not parseable as MIME: still worth reading as plain text below.
  }
  if (analyses.some((analysis) => analysis.bounce)) return summarise(analyses);
  // A .txt with a copied error, or a message whose MIME structure is broken.
  const text = new TextDecoder('utf-8').decode(bytes);
  const fromText = analyzeText({ text });
  if (fromText.bounce) return summarise([fromText]);
  return summarise(analyses.length > 0 ? analyses : [fromText]);
}
