// UTF-7 (RFC 2152). TextDecoder has no UTF-7 label, yet Microsoft servers still label their
// notifications "charset=unicode-1-1-utf-7", so the few lines that need it are written here.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/**
 * Decodes UTF-7 text. "+" opens a modified-base64 run of UTF-16 code units that ends at the first
 * non-base64 character ("-" is absorbed); "+-" is a literal "+". Malformed runs are kept as
 * written rather than dropped, so nothing a reader might need disappears.
 */
export function decodeUtf7(input: string): string {
  if (!input.includes('+')) return input;
  let out = '';
  let i = 0;
  const n = input.length;
  while (i < n) {
    const plus = input.indexOf('+', i);
    if (plus < 0) {
      out += input.slice(i);
      break;
    }
    out += input.slice(i, plus);
    let j = plus + 1;
    if (input[j] === '-') {
      out += '+';
      i = j + 1;
      continue;
    }
    let bits = 0;
    let bitCount = 0;
    let units = '';
    while (j < n) {
      const c = input.charCodeAt(j);
      const v = c < 128 ? (B64_VALUE[c] ?? -1) : -1;
      if (v < 0) break;
      bits = ((bits << 6) | v) & 0xffffff;
      bitCount += 6;
      if (bitCount >= 16) {
        bitCount -= 16;
        units += String.fromCharCode((bits >> bitCount) & 0xffff);
      }
      j++;
    }
    if (j === plus + 1) {
      // A lone "+" followed by a non-base64 character: not a shift sequence.
      out += '+';
      i = j;
      continue;
    }
    out += units;
    i = input[j] === '-' ? j + 1 : j;
  }
  return out;
}
