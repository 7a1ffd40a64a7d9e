// Charset labels as bounces actually write them. TextDecoder knows the WHATWG labels; mail servers
// also send misspellings ("uft-8"), Microsoft's "unicode-1-1-utf-7" and vendor aliases. Unknown
// labels must never throw: they fall back to UTF-8 when the text is valid UTF-8, else Latin-1.

import { type Decoder, TextDecoderImpl } from './codec';
import { decodeUtf7 } from './utf7';

const decoders = new Map<string, Decoder | null>();

function tryDecoder(label: string): Decoder | null {
  let decoder = decoders.get(label);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoderImpl(label);
    } catch {
      decoder = null;
    }
    decoders.set(label, decoder);
  }
  return decoder;
}

/** Alias table keyed by the label lower-cased with everything but letters and digits removed. */
const ALIASES: Readonly<Record<string, string>> = {
  uft8: 'utf-8',
  utf8: 'utf-8',
  unicode: 'utf-8',
  usascii: 'us-ascii',
  ascii: 'us-ascii',
  ansix341968: 'us-ascii',
  sjis: 'shift_jis',
  xsjis: 'shift_jis',
  shiftjis: 'shift_jis',
  cp932: 'shift_jis',
  windows31j: 'shift_jis',
  mskanji: 'shift_jis',
  eucjp: 'euc-jp',
  xeucjp: 'euc-jp',
  iso2022jp: 'iso-2022-jp',
  jis: 'iso-2022-jp',
  cp1251: 'windows-1251',
  win1251: 'windows-1251',
  xcp1251: 'windows-1251',
  windows1251: 'windows-1251',
  koi8r: 'koi8-r',
  koi8: 'koi8-r',
  koi8u: 'koi8-u',
  ksc56011987: 'euc-kr',
  euckr: 'euc-kr',
  gb2312: 'gbk',
  big5: 'big5',
  latin1: 'iso-8859-1',
  cp1252: 'windows-1252',
};

const UTF7_LABEL = /^(?:x-)?(?:unicode-1-1-)?utf-?7$/i;

export function isUtf7Label(label: string): boolean {
  return UTF7_LABEL.test(label.trim());
}

/**
 * A label TextDecoder accepts, for any label a message may carry. Returns null for UTF-7, which
 * needs decodeUtf7, and for labels that mean nothing (the caller then guesses from the bytes).
 */
export function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const trimmed = label.trim().toLowerCase();
  if (!trimmed || isUtf7Label(trimmed)) return null;
  if (tryDecoder(trimmed)) return trimmed;
  const key = trimmed.replace(/[^a-z0-9]/g, '');
  const alias = ALIASES[key] ?? ALIASES[key.replace(/^x/, '')];
  if (alias) return alias;
  if (/u[tf]{2}8|unicode/.test(key)) return 'utf-8';
  if (/2022jp/.test(key)) return 'iso-2022-jp';
  return null;
}

let utf8FatalDecoder: Decoder | null = null;
const utf8Fatal = (): Decoder => (utf8FatalDecoder ??= new TextDecoderImpl('utf-8', { fatal: true }));
// "windows-1252" is what WHATWG calls Latin-1; every runtime has it.
const latin1 = (): Decoder => tryDecoder('windows-1252')!;

/** Decodes bytes in the given charset; never throws. */
export function decodeBytes(bytes: Uint8Array, label: string | null | undefined): string {
  if (label && isUtf7Label(label)) return decodeUtf7(latin1().decode(bytes));
  const canonical = canonicalCharset(label);
  if (canonical && canonical !== 'us-ascii' && canonical !== 'utf-8') {
    const decoder = tryDecoder(canonical);
    if (decoder) return decoder.decode(bytes);
  }
  // US-ASCII parts in bounces often carry 8-bit text anyway; UTF-8 is the likelier intent.
  let text: string;
  try {
    text = utf8Fatal().decode(bytes);
  } catch {
    text = latin1().decode(bytes);
  }
  return decodeJisRuns(text);
}

// ISO-2022-JP (RFC 1468) is 7-bit: ESC $ B (or the older ESC $ @) switches to JIS X 0208 pairs,
// ESC ( B / ESC ( J switches back. Japanese servers write it where no charset is declared or
// "us-ascii" is, e.g. Domino's DSN field
//   Diagnostic-Code: X-Notes; ESC$B%f!<%6!<ESC(BNeko (kijitora@example.co.jp) ESC$B$OESC(B Domino …
// Text in any other charset never contains these escape sequences, so a run is decoded wherever
// it occurs. A run ends at the switch back, else at the end of the line (bounded).
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is how ISO-2022-JP switches sets
const JIS_RUN = /\x1b\$[@B][ -~]{0,4000}(?:\x1b\([BJ]|(?=[\r\n]|$))/g;

/** Decodes ISO-2022-JP runs inside already-decoded text; text without ESC is returned as is. */
export function decodeJisRuns(text: string): string {
  if (text.indexOf('\x1b') < 0) return text;
  const jis = tryDecoder('iso-2022-jp');
  return jis ? text.replace(JIS_RUN, (run) => jis.decode(binaryToBytes(run))) : text;
}

/** Byte string (one char per byte) → bytes. */
export function binaryToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

const C1_MAPPED = /[^\0-\xff]/;

/** Bytes → byte string (one char per byte), so byte-exact edits can use string methods. */
export function bytesToBinary(bytes: Uint8Array): string {
  // The native decoder is exact for every byte outside 0x80–0x9F; where it remapped one
  // (windows-1252 turns 0x80 into U+20AC), fall back to the per-byte copy.
  const fast = latin1().decode(bytes);
  if (fast.length === bytes.length && !C1_MAPPED.test(fast)) return fast;
  let out = '';
  const CHUNK = 0x2000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}
