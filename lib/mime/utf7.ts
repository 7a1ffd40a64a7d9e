// UTF-7 (RFC 2152). TextDecoder has no UTF-7 label, yet Microsoft servers still label their
// notifications "charset=unicode-1-1-utf-7", so the few lines that need it are written here.

function b64Value(c: number): number {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 71;
  if (c >= 48 && c <= 57) return c + 4;
  if (c === 43) return 62;
  if (c === 47) return 63;
  return -1;
}

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
      const v = b64Value(c);
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
