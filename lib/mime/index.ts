// Raw message bytes → MessageParts[] for the format decoders. MIME itself is postal-mime's job;
// this module prepares what real bounce files throw at it (mbox concatenations, charset labels
// TextDecoder does not know, UTF-7) and pulls the report parts (RFC 3464 / RFC 5965) out of it.
//
// What postal-mime 4.0.0 does with bounces (checked on the corpus): message/delivery-status,
// message/feedback-report and text/rfc822-headers come out as attachments with their decoded
// bytes; message/rfc822 is inlined into `text` unless forceRfc822Attachments (set here: the
// returned message is evidence, not notice text); an unknown charset label silently becomes
// windows-1252, and UTF-7 is one of them; a multipart whose boundary never occurs yields no text.

import PostalMime, { decodeWords, type Email } from 'postal-mime';
import type { DeliveryStatus, MessageParts } from '../types';
import { binaryToBytes, bytesToBinary, canonicalCharset, decodeBytes, decodeJisRuns, isUtf7Label } from './charset';
import { encodeUtf8 } from './codec';
import { parseDeliveryStatus, parseFields } from './dsn';
import { base64ToBinary, decodeHeader, qpWordToBinary } from './header';
import { decodeUtf7 } from './utf7';

/**
 * Splits the raw input into one MessageParts per message and parses each. Never throws: a
 * message postal-mime rejects is returned with its headers read leniently and its body as text.
 */
export async function parseMessages(raw: string | Uint8Array): Promise<MessageParts[]> {
  const bytes = typeof raw === 'string' ? encodeUtf8(raw) : raw;
  const binary = bytesToBinary(bytes);
  const out: MessageParts[] = [];
  for (const [from, to] of splitMessages(binary)) {
    out.push(await parseOne(binary.slice(from, to), bytes.subarray(from, to)));
  }
  return out;
}

// An mbox postmark: "From MAILER-DAEMON  Thu Apr 29 23:34:45 2015" (RFC 4155), at the start of
// the file or after a blank line, and followed by a header field.
const POSTMARK = /^From [^\n]{0,500}\n(?=[!-9;-~]{1,80}:)/;
const HEADER_LINE = /^[!-9;-~]{1,80}:/;

/**
 * Byte-string input → [start, end) of each message it holds, postmark lines excluded. Offsets
 * are byte offsets, so untouched messages go to postal-mime as the original bytes.
 */
function splitMessages(binary: string): Array<[number, number]> {
  // A leading BOM or blank lines would hide the header block.
  const lead = /^(?:\xEF\xBB\xBF)?[\r\n]*/.exec(binary);
  const first = lead ? lead[0].length : 0;
  const starts: number[] = [first];
  // "From " after a blank line ("\n\nFrom " or "\n\r\nFrom "), found with indexOf: a regex scan of
  // every message for the rare mbox was ~1 % of the analysis.
  for (let lf = binary.indexOf('\nFrom ', first + 1); lf >= 0; lf = binary.indexOf('\nFrom ', lf + 1)) {
    const before = binary.charCodeAt(lf - 1);
    const blankAt = before === 10 ? lf - 1 : before === 13 && binary.charCodeAt(lf - 2) === 10 ? lf - 2 : -1;
    if (blankAt < first) continue;
    const at = lf + 1;
    if (POSTMARK.test(binary.slice(at, at + 600).replace(/\r\n/g, '\n'))) starts.push(at);
  }
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < starts.length; i++) {
    let from = starts[i]!;
    const to = starts[i + 1] ?? binary.length;
    if (binary.startsWith('From ', from) && POSTMARK.test(binary.slice(from, from + 600).replace(/\r\n/g, '\n'))) {
      const eol = binary.indexOf('\n', from);
      from = eol < 0 || eol > to ? to : eol + 1;
    }
    for (const range of splitAfterClose(binary, from, to)) {
      if (/\S/.test(binary.slice(range[0], Math.min(range[1], range[0] + 4096)))) ranges.push(range);
    }
  }
  return ranges.length ? ranges : [[first, binary.length]];
}

// The top-level multipart Content-Type header, folded lines included.
const TOP_BOUNDARY = /^content-type:[ \t]*multipart\/[^\r\n]*(?:\r?\n[ \t][^\r\n]*){0,10}/im;
const MESSAGE_START_FIELD = /^(?:return-path|received|from|date|message-id|delivered-to|x-original-to):/i;

/**
 * A second message appended without an mbox postmark: text after the closing delimiter of a
 * multipart message (RFC 2046 §5.1.1 calls it the epilogue, which is never shown) that is itself
 * a header block opening with fields a message starts with.
 */
function splitAfterClose(binary: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = from;
  // Each round consumes one message, so the work stays linear; the cap only bounds a runaway loop.
  for (let guard = 0; guard < 10_000; guard++) {
    const blank = /\r?\n\r?\n/g;
    blank.lastIndex = start;
    const headEnd = blank.exec(binary);
    if (!headEnd || headEnd.index >= to) break;
    const ct = TOP_BOUNDARY.exec(binary.slice(start, headEnd.index + 1));
    const declared = ct ? BOUNDARY_PARAM.exec(ct[0]) : null;
    const boundary = declared?.[1] ?? declared?.[2];
    if (!boundary) break;
    const close = binary.indexOf(`\n--${boundary}--`, headEnd.index);
    if (close < 0 || close >= to) break;
    const closeEnd = binary.indexOf('\n', close + 1);
    if (closeEnd < 0 || closeEnd >= to) break;
    let next = closeEnd + 1;
    while (next < to && (binary[next] === '\n' || binary[next] === '\r')) next++;
    if (!looksLikeMessageStart(binary.slice(next, Math.min(to, next + 65_536)))) break;
    ranges.push([start, next]);
    start = next;
  }
  ranges.push([start, to]);
  return ranges;
}

function looksLikeMessageStart(text: string): boolean {
  const end = /\r?\n\r?\n/.exec(text);
  if (!end) return false;
  const lines = text.slice(0, end.index).split(/\r?\n/);
  let fields = 0;
  for (const line of lines) {
    if (/^[ \t]/.test(line)) continue;
    if (!HEADER_LINE.test(line)) return false;
    fields++;
  }
  return fields >= 3 && MESSAGE_START_FIELD.test(lines[0] ?? '');
}

// Text parts whose charset TextDecoder cannot decode are renamed to this type, so postal-mime
// hands over their bytes (as an attachment) instead of reading them as windows-1252; they are
// decoded here: "utf7" with decodeUtf7, "guess" as UTF-8 when valid, else Latin-1.
const OPAQUE_TYPE = 'text/x-bounce-lens-';
// Content-Type of a text part and its charset, header continuation lines included (bounded).
const TEXT_PART =
  /(content-type:[ \t]*)text\/(plain|html)((?:[^\n]|\n[ \t]){0,400}?charset[ \t]*=[ \t]*"?)([A-Za-z0-9_.:+-]{1,60})/gi;
// Tried only where the word "charset" occurs: a /gi scan for the whole parameter in every message
// cost ~10 % of the MIME stage (--cpu-prof on the corpus).
const CHARSET_PARAM_AT = /(charset[ \t]*=[ \t]*"?)([A-Za-z0-9_.:+-]{1,60})/iy;
const CHARSET_WORD = /charset/gi;
const UTF7_WORD = /=\?((?:x-)?(?:unicode-1-1-)?utf-?7)(?:\*[A-Za-z-]{1,20})?\?([BbQq])\?([^?\s]{0,4000})\?=/g;

/**
 * Every charset label rewritten to the name TextDecoder knows, left to right without overlaps as
 * a global replace would. Returns the input string itself when no label needed a rewrite.
 */
function canonicalLabels(binary: string): { text: string; undecodable: boolean } {
  let undecodable = false;
  let out = '';
  let copied = 0;
  let from = 0;
  // The word in any case, with a literal regex: lower-casing the whole message for indexOf copied it.
  for (;;) {
    CHARSET_WORD.lastIndex = from;
    const word = CHARSET_WORD.exec(binary);
    if (!word) break;
    const at = word.index;
    CHARSET_PARAM_AT.lastIndex = at;
    const m = CHARSET_PARAM_AT.exec(binary);
    if (!m) {
      from = at + 1;
      continue;
    }
    from = at + m[0].length;
    const label = m[2]!;
    // "charset=3Dutf-8" is quoted-printable text of an enclosed message, not a header.
    if (/^3d/i.test(label)) continue;
    const canonical = canonicalCharset(label);
    if (!canonical) {
      undecodable = true;
      continue;
    }
    if (canonical === label.toLowerCase()) continue;
    out += binary.slice(copied, at) + m[1] + canonical;
    copied = from;
  }
  return { text: copied === 0 ? binary : out + binary.slice(copied), undecodable };
}

/**
 * Rewrites what postal-mime would misread: misspelt charset labels become their real names, text
 * parts in UTF-7 or an unknown charset become opaque parts decoded here, and UTF-7 encoded words
 * become UTF-8 ones.
 */
function prepare(binary: string): { text: string; opaque: boolean } {
  let opaque = false;
  let { text, undecodable } = canonicalLabels(binary);
  if (undecodable) {
    text = text.replace(TEXT_PART, (m, head: string, sub: string, mid: string, label: string) => {
      if (canonicalCharset(label)) return m;
      opaque = true;
      return `${head}${OPAQUE_TYPE}${isUtf7Label(label) ? 'utf7' : 'guess'}-${sub}${mid}${label}`;
    });
  }
  if (text.includes('=?') && /=\?(?:x-)?(?:unicode-1-1-)?utf-?7/i.test(text)) {
    text = text.replace(UTF7_WORD, (_m, _label: string, enc: string, data: string) => {
      const ascii = enc.toUpperCase() === 'B' ? base64ToBinary(data) : qpWordToBinary(data);
      return encodeUtf8Word(decodeUtf7(ascii));
    });
  }
  return { text, opaque };
}

function encodeUtf8Word(s: string): string {
  let q = '';
  for (const b of encodeUtf8(s)) q += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return `=?utf-8?Q?${q}?=`;
}

const BOUNDARY_PARAM = /\bboundary[ \t]*=[ \t]*(?:"([^"\n]{1,200})"|([^\s;"]{1,200}))/i;
const BOUNDARY_LINE = /^--([^\s]{1,200})\r?\n(?=content-[a-z-]{1,40}:)/im;

/**
 * A multipart message whose declared boundary never occurs (anonymised or re-wrapped bounces)
 * gets the boundary its body actually uses: the first "--token" line followed by a part header.
 */
function repairBoundary(message: string): { message: string; boundary: string | null } {
  const blank = /\r?\n\r?\n/.exec(message);
  if (!blank) return { message, boundary: null };
  const end = blank.index;
  const head = message.slice(0, end + 1);
  const ct = TOP_BOUNDARY.exec(head);
  if (!ct) return { message, boundary: null };
  const declared = BOUNDARY_PARAM.exec(ct[0]);
  const boundary = declared?.[1] ?? declared?.[2] ?? null;
  const body = message.slice(end + 1);
  if (boundary && body.includes(`\n--${boundary}`)) return { message, boundary };
  const found = BOUNDARY_LINE.exec(body);
  if (!found?.[1] || found[1].endsWith('--')) return { message, boundary: null };
  const fixed = declared ? ct[0].replace(declared[0], `boundary="${found[1]}"`) : `${ct[0]}; boundary="${found[1]}"`;
  return { message: message.slice(0, ct.index) + fixed + message.slice(ct.index + ct[0].length), boundary: found[1] };
}

const RETURNED_PART = /^content-type:[ \t]*message\/(?:rfc822|global)\b/im;
const BLANK_LINE = /\r?\n\r?\n/g;

/**
 * Cuts the body of each returned message (top-level message/rfc822 part) down to its header
 * block. postal-mime would decode it line by line only for the analysis to discard it — it is
 * most of the bytes of a typical bounce. A returned message that is itself a report is kept whole.
 */
function dropReturnedBodies(message: string, boundary: string | null): Array<[number, number]> | null {
  if (!boundary || !RETURNED_PART.test(message)) return null;
  const delimiter = `\n--${boundary}`;
  const kept: Array<[number, number]> = [];
  let copied = 0;
  let pos = message.indexOf(delimiter);
  while (pos >= 0) {
    const partStart = message.indexOf('\n', pos + delimiter.length);
    if (partStart < 0) break;
    const next = message.indexOf(delimiter, partStart);
    const partEnd = next < 0 ? message.length : next;
    BLANK_LINE.lastIndex = partStart;
    const headerEnd = BLANK_LINE.exec(message);
    if (headerEnd && headerEnd.index < partEnd) {
      const partHeaders = message.slice(partStart, headerEnd.index);
      const bodyStart = headerEnd.index + headerEnd[0].length;
      BLANK_LINE.lastIndex = bodyStart;
      const innerEnd = BLANK_LINE.exec(message);
      if (
        RETURNED_PART.test(partHeaders) &&
        !/content-transfer-encoding:[ \t]*(?:base64|quoted-printable)/i.test(partHeaders) &&
        innerEnd &&
        innerEnd.index < partEnd &&
        !/^content-type:[ \t]*multipart\/report/im.test(message.slice(bodyStart, innerEnd.index))
      ) {
        kept.push([copied, innerEnd.index + innerEnd[0].length]);
        copied = partEnd;
      }
    }
    pos = next;
  }
  if (copied === 0) return null;
  kept.push([copied, message.length]);
  return kept;
}

function joinRanges(s: string, ranges: ReadonlyArray<[number, number]>): string {
  return ranges.map(([a, b]) => s.slice(a, b)).join('');
}

function joinByteRanges(bytes: Uint8Array, ranges: ReadonlyArray<[number, number]>): Uint8Array {
  const out = new Uint8Array(ranges.reduce((n, [a, b]) => n + b - a, 0));
  let at = 0;
  for (const [a, b] of ranges) {
    out.set(bytes.subarray(a, b), at);
    at += b - a;
  }
  return out;
}

/** One message as a byte string and as the same bytes (handed on untouched when no repair was needed). */
async function parseOne(segment: string, bytes: Uint8Array, depth = 0): Promise<MessageParts> {
  const repaired = repairBoundary(segment);
  const kept = dropReturnedBodies(repaired.message, repaired.boundary);
  const trimmed = kept ? joinRanges(repaired.message, kept) : repaired.message;
  const { text: prepared, opaque } = prepare(trimmed);
  // Hand over the original bytes (or a copy of their kept ranges) unless a rewrite changed text.
  let input: Uint8Array;
  if (prepared !== trimmed || repaired.message !== segment) input = binaryToBytes(prepared);
  else input = kept ? joinByteRanges(bytes, kept) : bytes;
  let email: Email;
  try {
    email = await new BounceParser({ attachmentEncoding: 'arraybuffer', forceRfc822Attachments: true }).parse(
      wholeBuffer(input),
    );
  } catch {
    return lenientParts(segment.replace(/\r\n?/g, '\n'));
  }
  const parts = toParts(email, opaque);
  if (!parts.text.trim() && !parts.dsn && !parts.feedback) {
    // A multipart/report whose boundary never occurs (seen in Sendmail DSNs) parses to nothing;
    // its body is still the readable notice.
    const end = /\r?\n\r?\n/.exec(segment);
    const body = end ? segment.slice(end.index + end[0].length).replace(/\r\n?/g, '\n') : '';
    if (body.trim()) return { ...parts, text: decodeBytes(binaryToBytes(body), null) };
  }
  if (!parts.dsn && depth === 0) {
    // A relay that returns a bounce it received wraps the real report in message/rfc822
    // ("Returned mail" around a multipart/report); the inner report is the evidence.
    const inner = email.attachments.find(
      (a) => MESSAGE_TYPES.has(a.mimeType) && REPORT_TYPE.test(headerBlock(bytesToBinary(attachmentBytes(a.content)))),
    );
    if (inner) {
      const innerBytes = attachmentBytes(inner.content);
      const nested = await parseOne(bytesToBinary(innerBytes), innerBytes, depth + 1);
      if (nested.dsn) {
        return {
          ...parts,
          text: parts.text.trim() ? `${parts.text}\n${nested.text}` : nested.text,
          dsn: nested.dsn,
          originalHeaders: nested.originalHeaders ?? parts.originalHeaders,
        };
      }
    }
  }
  return parts;
}

/** What postal-mime 4.0.0's buildMessage() reads from its parser state (absent from its typings). */
interface ParserState {
  root?: { headers?: Email['headers'] };
  textContent?: { plain?: string; html?: string };
  attachments?: Email['attachments'];
}

/** What postal-mime 4.0.0's parse() and processLine() use of the parser state (absent from its typings). */
interface LineState {
  started: boolean;
  buf: ArrayBuffer;
  av: Uint8Array;
  readPos: number;
  options: { forceRfc822Attachments?: boolean };
  root: unknown;
  forceRfc822Attachments: boolean;
  boundaries: unknown[];
  currentNode: MimeNodeState;
  resolveInput(input: ArrayBuffer | Uint8Array): Promise<ArrayBuffer>;
  processLine(line: Uint8Array, isFinal: boolean): Promise<void>;
  finalize(): Promise<void>;
  hasReportParts(): boolean;
  collectNode(node: unknown, alternative: boolean, related: boolean): Promise<void>;
  renderTextContent(): void;
  encodeAttachments(): void;
}

/** The fields of postal-mime's MimeNode that say whether a line is part of a body and of which type. */
interface MimeNodeState {
  state: string;
  contentType: { parsed: { value: string }; multipart: string | false };
  feed(line: Uint8Array): void;
}

/**
 * Whether toParts can read this part's body: text parts (notice text, rfc822-headers, the opaque
 * charset parts) and message parts (delivery-status, feedback-report, the returned message). The
 * body of a multipart (preamble and epilogue) and of images and other attachments never is.
 */
function bodyIsRead(node: MimeNodeState): boolean {
  const type = node.contentType?.parsed?.value;
  // A part of another shape (another postal-mime) is fed as the stock parser would.
  if (typeof type !== 'string') return true;
  return !node.contentType.multipart && (type.startsWith('text/') || type.startsWith('message/'));
}

type StockParser = LineState & { parse(buf: ArrayBuffer | Uint8Array): Promise<Email> };
let stockParser: StockParser | null = null;
let lineLoopShape = false;

/**
 * postal-mime's own methods, and whether it has the internals the line loop below relies on (with
 * another postal-mime it defers to the stock parse). Looked up on first use, not at module load:
 * a top-level read of PostalMime.prototype would keep all of postal-mime in bundles that never
 * parse raw mail (the background worker only analyses visible text).
 */
function stock(): StockParser {
  if (stockParser) return stockParser;
  const proto = PostalMime.prototype as unknown as StockParser;
  lineLoopShape = [
    'resolveInput',
    'processLine',
    'finalize',
    'hasReportParts',
    'collectNode',
    'renderTextContent',
    'encodeAttachments',
  ].every((name) => typeof (proto as unknown as Record<string, unknown>)[name] === 'function');
  stockParser = proto;
  return proto;
}

/**
 * postal-mime assembles its result in buildMessage(), which also runs the address parser over
 * From, Sender, Delivered-To, Return-Path, To, Cc, Bcc and Reply-To and formats the Date header
 * through Date#toString and #toISOString — about a tenth of the MIME stage (--cpu-prof on the
 * corpus; Date alone ~5 us per message) for fields this module never reads. This override fills
 * only what toParts reads, exactly as buildMessage does; tests/unit/engine/mime-parser.test.ts
 * compares it with the stock result on the corpus. Should postal-mime's internals change shape,
 * it defers to the stock method.
 */
export class BounceParser extends PostalMime {
  /** Whether this parser runs the line loop below (postal-mime's internals have the expected shape). */
  private lean = false;

  /**
   * postal-mime's parse() loop, except that a line is awaited only when processing it returned a
   * promise: the stock loop awaits the async processLine() for every line of the message, a
   * promise and a microtask turn each (~5 % of the MIME stage, --cpu-prof on the corpus).
   */
  override async parse(buf: ArrayBuffer | Uint8Array): Promise<Email> {
    const s = this as unknown as LineState;
    // With internals of another shape, the stock parse(), and the stock processLine() under it.
    const original = stock();
    this.lean = lineLoopShape && Array.isArray(s.boundaries) && typeof s.currentNode?.feed === 'function';
    if (!this.lean) return original.parse.call(this, buf);
    if (s.started) throw new Error('Can not reuse parser, create a new PostalMime object');
    s.started = true;
    // An ArrayBuffer is what resolveInput() would return as it is; it is one more async call.
    s.buf = buf instanceof ArrayBuffer ? buf : await s.resolveInput(buf);
    s.av = new Uint8Array(s.buf);
    s.readPos = 0;
    // readLine()'s lines, found with indexOf instead of a loop over every byte: a line ends at LF,
    // without the CRs before it (a CR inside a line stays).
    const av = s.av;
    const length = av.length;
    let start = 0;
    while (start < length) {
      const lf = av.indexOf(0x0a, start);
      const next = lf < 0 ? length : lf + 1;
      let end = lf < 0 ? length : lf;
      while (end > start && av[end - 1] === 0x0d) end--;
      s.readPos = next;
      const pending = this.processLine(new Uint8Array(s.buf, start, end - start), next >= length);
      if (pending) await pending;
      start = next;
    }
    s.forceRfc822Attachments = Boolean(s.options.forceRfc822Attachments) || s.hasReportParts();
    await s.collectNode(s.root, false, false);
    s.renderTextContent();
    const message = this.buildMessage();
    s.encodeAttachments();
    return message;
  }

  /**
   * A line that cannot be a boundary delimiter (it does not start with "--", or no multipart is
   * open) goes straight to the current part, synchronously, as the stock method does after its
   * boundary checks; anything else is the stock method's. Body lines of a part whose body is never
   * read are dropped instead of decoded (base64 images were decoded line by line to be discarded):
   * such parts come out with no content, or with a few stray lines that began with "--".
   */
  processLine(line: Uint8Array, isFinal: boolean): Promise<void> | undefined {
    const s = this as unknown as LineState;
    if (!this.lean || (s.boundaries.length && line.length > 2 && line[0] === 0x2d && line[1] === 0x2d)) {
      return stock().processLine.call(this, line, isFinal);
    }
    const node = s.currentNode;
    if (node.state !== 'body' || bodyIsRead(node)) node.feed(line);
    return isFinal ? s.finalize() : undefined;
  }

  buildMessage(): Email {
    const state = this as unknown as ParserState;
    const headers = state.root?.headers;
    const attachments = state.attachments;
    if (!Array.isArray(headers) || !Array.isArray(attachments) || !state.textContent) {
      return (PostalMime.prototype as unknown as { buildMessage(): Email }).buildMessage.call(this);
    }
    const email: Email = { headers, headerLines: [], attachments };
    const subject = headers.find((h) => h.key === 'subject');
    if (subject?.value) email.subject = decodeWords(subject.value);
    if (state.textContent.html) email.html = state.textContent.html;
    if (state.textContent.plain) email.text = state.textContent.plain;
    return email;
  }
}

/**
 * postal-mime copies a typed array into a fresh ArrayBuffer before reading it (an allocation and
 * a copy per message, ~7 % of parsing a small message). It only reads that buffer and returns
 * copies (text, attachments through Blob), so an array that spans its whole buffer is handed
 * over as the buffer itself.
 */
function wholeBuffer(input: Uint8Array): Uint8Array | ArrayBuffer {
  if (input.byteOffset !== 0 || input.byteLength !== input.buffer.byteLength) return input;
  return input.buffer as ArrayBuffer;
}

const REPORT_TYPE = /^content-type:[ \t]*multipart\/report/im;

function attachmentBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return encodeUtf8(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const HEADER_TYPES = new Set(['text/rfc822-headers', 'message/global-headers', 'text/rfc822-header']);
const MESSAGE_TYPES = new Set(['message/rfc822', 'message/global', 'message/partial']);

function toParts(email: Email, opaque: boolean): MessageParts {
  const headers = new Map<string, string[]>();
  for (const h of email.headers) {
    const list = headers.get(h.key);
    const value = decodeHeader(h.value);
    if (list) list.push(value);
    else headers.set(h.key, [value]);
  }
  let text = email.text ?? '';
  let dsn: DeliveryStatus | null = null;
  let feedback: Record<string, string> | null = null;
  let originalHeaders: string | null = null;
  for (const a of email.attachments) {
    const type = a.mimeType;
    if (opaque && type.startsWith(OPAQUE_TYPE)) {
      const bytes = attachmentBytes(a.content);
      const decoded = type.startsWith(`${OPAQUE_TYPE}utf7`) ? decodeBytes(bytes, 'utf-7') : decodeBytes(bytes, null);
      const plain = type.endsWith('html') ? htmlToText(decoded) : decoded;
      text = text ? `${text}\n${plain}` : plain;
    } else if (DSN_TYPES.has(type)) {
      if (!dsn) dsn = parseDeliveryStatus(decodeBytes(attachmentBytes(a.content), 'utf-8'));
    } else if (type === 'message/feedback-report') {
      feedback ??= { ...parseFields(decodeBytes(attachmentBytes(a.content), 'utf-8')) };
    } else if (HEADER_TYPES.has(type) || MESSAGE_TYPES.has(type)) {
      if (originalHeaders === null) originalHeaders = headerBlock(decodeBytes(attachmentBytes(a.content), 'utf-8'));
    } else if (!text && type === 'text/plain') {
      text = decodeBytes(attachmentBytes(a.content), null);
    }
  }
  if (!text && email.html) text = htmlToText(email.html);
  return {
    headers,
    from: headers.get('from')?.[0] ?? null,
    // decodeHeader joins encoded-words postal-mime leaves apart (a character split across two).
    subject: headers.get('subject')?.[0] ?? email.subject ?? null,
    // postal-mime reads a part labelled us-ascii (or unlabelled) as such; ISO-2022-JP runs stay raw.
    text: unixLines(decodeJisRuns(text)),
    dsn,
    feedback,
    originalHeaders,
  };
}

/** CRLF and CR line ends as LF; most text has none (postal-mime ends the lines it joins with LF). */
function unixLines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function headerBlock(message: string): string {
  const normalized = message.replace(/\r\n?/g, '\n').replace(/^\n+/, '');
  const end = normalized.indexOf('\n\n');
  return end < 0 ? normalized : normalized.slice(0, end + 1);
}

/** Header block and body read without MIME, for input postal-mime rejects. */
function lenientParts(segment: string): MessageParts {
  const end = segment.indexOf('\n\n');
  const head = end < 0 ? segment : segment.slice(0, end);
  const body = end < 0 ? '' : segment.slice(end + 2);
  const headers = new Map<string, string[]>();
  let last: string | null = null;
  for (const line of head.split('\n')) {
    if (/^[ \t]/.test(line) && last) {
      const list = headers.get(last)!;
      list[list.length - 1] += ` ${line.trim()}`;
      continue;
    }
    const m = HEADER_LINE.exec(line);
    if (!m) continue;
    const colon = line.indexOf(':');
    last = line.slice(0, colon).trim().toLowerCase();
    const list = headers.get(last) ?? [];
    list.push(line.slice(colon + 1).trim());
    headers.set(last, list);
  }
  for (const [k, list] of headers) headers.set(k, list.map(decodeHeader));
  return {
    headers: end < 0 && headers.size === 0 ? new Map() : headers,
    from: headers.get('from')?.[0] ?? null,
    subject: headers.get('subject')?.[0] ?? null,
    text: decodeBytes(binaryToBytes(headers.size ? body : segment), null),
    dsn: null,
    feedback: null,
    originalHeaders: null,
  };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Removes <script>/<style> elements with indexOf scans (a lazy regex would be quadratic). */
function dropScripts(html: string): string {
  const lower = html.toLowerCase();
  if (!lower.includes('<script') && !lower.includes('<style')) return html;
  let out = '';
  let pos = 0;
  const open = /<(script|style)\b/g;
  for (let m = open.exec(lower); m; m = open.exec(lower)) {
    if (m.index < pos) continue;
    out += html.slice(pos, m.index);
    const close = lower.indexOf(`</${m[1]}`, m.index);
    if (close < 0) return `${out} `;
    const gt = lower.indexOf('>', close);
    pos = gt < 0 ? html.length : gt + 1;
    open.lastIndex = pos;
    out += ' ';
  }
  return out + html.slice(pos);
}

/**
 * Text of an HTML body for pattern matching only — never rendered. Tags are dropped with
 * linear scans ([^<>] cannot run past the next tag); block ends become line breaks.
 */
export function htmlToText(html: string): string {
  return dropScripts(html)
    .replace(/<br\b[^<>]{0,1000}>|<\/(?:p|div|tr|li|h[1-6]|table)\s{0,20}>/gi, '\n')
    .replace(/<[^<>]{0,10000}>/g, ' ')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
