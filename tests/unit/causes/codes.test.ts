import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { enhancedMeaning, replyMeaning, tokenMeanings } from '../../../lib/causes/codes';

// The shared fact base is read at run time, never copied into the repo.
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const codes = JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/reference/codes/codes.json'), 'utf8')) as {
  code: string;
  kind: string;
  provider: string;
}[];
const rfc = codes.filter((c) => c.provider === 'rfc');

describe('code meanings', () => {
  it('explains every RFC 3463 detail code of the fact base, in both failure classes', () => {
    const details = rfc.filter((c) => /^X\.\d+\.\d+$/.test(c.code)).map((c) => c.code);
    expect(details.length).toBeGreaterThan(80);
    for (const d of details) {
      for (const cls of ['4', '5']) {
        const code = d.replace('X', cls);
        const meaning = enhancedMeaning(code);
        expect(meaning, code).toBeTruthy();
        expect(meaning).not.toMatch(/It points to/);
      }
    }
  });

  it('falls back to class and subject for unregistered detail codes', () => {
    expect(enhancedMeaning('5.7.999')).toMatch(/Permanent.*security or policy/);
    expect(enhancedMeaning('4.4.999')).toMatch(/Temporary.*network/);
    expect(enhancedMeaning('5.9.1')).toMatch(/Permanent/);
    expect(enhancedMeaning('not a code')).toBeNull();
  });

  it('explains every basic reply code of the fact base', () => {
    for (const c of rfc.filter((x) => x.kind === 'basic')) expect(replyMeaning(c.code), c.code).toBeTruthy();
    expect(replyMeaning('599')).toMatch(/Permanent/);
    expect(replyMeaning('abc')).toBeNull();
  });

  it('finds provider tokens and client error numbers case-insensitively, once each', () => {
    const found = tokenMeanings('421 4.7.0 [TSS04] Messages … [tss04] … (0x800ccc79)');
    expect(found.map((f) => f.code)).toEqual(['TSS04', '0x800CCC79']);
    expect(tokenMeanings('nothing here')).toEqual([]);
  });
});
