// The phrase index behind the classifier's rule tables and the cause matcher: it must report what
// a plain substring search would, whichever text it hashed before.
import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../../../lib/text/phrase-index';

/** [phrase, start] of every hit, copied out of the reused hit arrays. */
function hits(index: PhraseIndex, phrases: readonly string[], text: string): Array<[string, number]> {
  const found = index.scan(text);
  const out: Array<[string, number]> = [];
  for (let k = 0; k < found.count; k++) out.push([phrases[found.ids[k]!]!, found.at[k]!]);
  return out;
}

describe('phrase index', () => {
  it('reports every occurrence by start, and the first and last of a short phrase', () => {
    const phrases = ['mail', 'mailbox', 'box', 'mailbox full'];
    const index = new PhraseIndex(phrases, 64);
    expect(hits(index, phrases, 'mailbox full, box, mailbox')).toEqual([
      ['box', 4],
      ['box', 23],
      ['mail', 0],
      ['mailbox', 0],
      ['mailbox full', 0],
      ['mail', 19],
      ['mailbox', 19],
    ]);
    expect(hits(index, phrases, 'mai')).toEqual([]);
    expect(hits(index, phrases, 'box')).toEqual([['box', 0]]);
  });

  it('hashes each new text, also one of the same length as the text before', () => {
    const phrases = ['user unknown', 'quota exceeded'];
    const a = new PhraseIndex(phrases, 16);
    const b = new PhraseIndex(['no such user'], 16);
    expect(hits(a, phrases, 'x user unknown')).toEqual([['user unknown', 2]]);
    expect(hits(a, phrases, 'x user unknown')).toEqual([['user unknown', 2]]);
    expect(hits(b, ['no such user'], 'no such user!!')).toEqual([['no such user', 0]]);
    expect(hits(a, phrases, 'no such user!!')).toEqual([]);
    expect(hits(a, phrases, 'quota exceeded')).toEqual([['quota exceeded', 0]]);
    expect(hits(a, phrases, 'x user unknown')).toEqual([['user unknown', 2]]);
  });
});
