// Header values as a reader should see them: RFC 2047 encoded-words decoded, raw ISO-2022-JP
// decoded, and no line breaks left over from what an encoded-word carried.

import { decodeWords } from 'postal-mime';
import { decodeJisRuns } from './charset';

// Encoded-words in one charset separated only by white space, which RFC 2047 §6.2 says to drop.
// Servers split a multi-byte character across such words; Exchange 2007 wrote
//   Subject: =?iso-2022-jp?B?VW5kZWxpdmVyYWJsZTogGyRCJS0lOCVIJWkhJiVVJWklQyU3JWUbKEIvGyRCJUsl=?=
//    =?iso-2022-jp?B?YyE8JXMbKEIK=?=
// postal-mime joins words only when their base64 text concatenates as written (not after "="
// padding) and only for an identical label, so each word is decoded to bytes here and the bytes
// are joined. Every part is bounded, and "?" and white space end each one, so matching is linear.
const WORD_RUN =
  /=\?([^?\s]{1,60})\?[BbQq]\?[^?\s]{0,2000}\?=(?:[ \t\r\n]{1,200}=\?\1\?[BbQq]\?[^?\s]{0,2000}\?=){1,100}/gi;
const WORD = /=\?[^?\s]{1,60}\?([BbQq])\?([^?\s]{0,2000})\?=/g;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 → byte string (one char per byte); padding and stray characters are skipped. */
export function base64ToBinary(s: string): string {
  let out = '';
  let bits = 0;
  let count = 0;
  for (const ch of s) {
    const v = B64.indexOf(ch);
    if (v < 0) continue;
    bits = ((bits << 6) | v) & 0xffffff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += String.fromCharCode((bits >> count) & 0xff);
    }
  }
  return out;
}

/** The "Q" encoding of RFC 2047 §4.2 → byte string. */
export function qpWordToBinary(s: string): string {
  return s
    .replace(/_/g, ' ')
    .replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

function joinWords(value: string): string {
  return value.replace(WORD_RUN, (run, charset: string) => {
    let bytes = '';
    for (const m of run.matchAll(WORD)) {
      bytes += m[1] === 'B' || m[1] === 'b' ? base64ToBinary(m[2] ?? '') : qpWordToBinary(m[2] ?? '');
    }
    // Words that each switch ISO-2022-JP back to ASCII meet as "ESC ( B ESC $ B"; a decoder
    // following WHATWG reports two escapes in a row as an error (U+FFFD), and the pair means nothing.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is how ISO-2022-JP switches sets
    bytes = bytes.replace(/\x1b\([BJ](?=\x1b\$[@B])/g, '');
    let q = '';
    for (let i = 0; i < bytes.length; i++) q += `=${bytes.charCodeAt(i).toString(16).toUpperCase().padStart(2, '0')}`;
    return `=?${charset}?Q?${q}?=`;
  });
}

/** Decodes a header value; never throws (undecodable encoded-words are kept as written). */
export function decodeHeader(value: string): string {
  let out = value;
  if (out.includes('=?')) {
    try {
      const joined = joinWords(out);
      out = decodeWords(joined);
      // Joining bytes that did not belong together shows as U+FFFD; then each word stands alone.
      if (joined !== value && out.includes('\ufffd')) {
        const apart = decodeWords(value);
        if (!apart.includes('\ufffd')) out = apart;
      }
    } catch {
      out = value;
    }
  }
  out = decodeJisRuns(out);
  // An encoded-word may carry CR/LF (the subject above ends in one); a header value is one line.
  return /[\r\n]/.test(out) ? out.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ').trim() : out;
}
