// The cause matcher's phrase index compares a text position with a phrase's string only when
// hashes of their first four and next four characters agree, and reads only the rules that can
// match; these cases hold it to plain substring semantics at the edges of that scheme.
import { describe, expect, it } from 'vitest';
import { buildMatchInput, compileRules, firstMatchingGroup } from '../../../lib/causes/match';
import type { EvidenceRule } from '../../../lib/causes/model';
import type { ClassifyContext } from '../../../lib/types';
import { classified } from '../helpers/builders';

const ctx: ClassifyContext = { format: 'postfix', kind: 'failure', reportingHost: null, from: null, subject: null };

/** Index of the first group whose phrases occur in `diagnostic`, or -1. */
function first(groups: readonly (readonly EvidenceRule[])[], diagnostic: string, replyCode?: string): number {
  const input = buildMatchInput(classified(diagnostic, 'undefined', replyCode ? { replyCode } : {}), ctx);
  return firstMatchingGroup(compileRules(groups), input);
}

/** One group per phrase. */
const each = (...phrases: string[]) => phrases.map((p) => [{ phrases: [p] }]);

describe('cause phrase matching', () => {
  it('does not take a hash collision for a match', () => {
    // 'a~' and 'b_' have the same 31-based hash (97·31 + 126 = 98·31 + 95), so these phrases share
    // their first-four hash, and their next-four hash with the text below, without being in it.
    expect(first(each('b_xx rest'), 'a~xx rest')).toBe(-1);
    expect(first(each('b_xx rest'), 'so b_xx rest')).toBe(0);
    expect(first(each('abcdb_xx'), 'abcda~xx')).toBe(-1);
    expect(first(each('abcdb_xx', 'abcda~xx'), 'abcda~xx')).toBe(1);
    expect(first(each('b_x'), 'a~x')).toBe(-1);
  });

  it('finds phrases shorter than the hash windows and at the very end of the text', () => {
    expect(first(each('zzz', 'abc'), 'xx abc')).toBe(1);
    expect(first(each('quota'), 'over quota')).toBe(0);
    expect(first(each('mailbox1'), 'no mailbox1')).toBe(0);
    expect(first(each('mailbox12'), 'no mailbox12')).toBe(0);
    expect(first(each('mailbox12'), 'no mailbox1')).toBe(-1);
    expect(first(each('mail'), 'mai')).toBe(-1);
    expect(first(each('ab'), 'ab')).toBe(0);
  });

  it('tells apart phrases that share their first characters', () => {
    const groups = each('mailbox full', 'mailbox unavailable', 'mailbox f', 'box full');
    expect(first(groups, 'the mailbox unavailable')).toBe(1);
    expect(first(groups, 'a mailbox fu')).toBe(2);
    expect(first(groups, 'inbox full')).toBe(3);
  });

  it('keeps group order between rules that need a phrase and rules that do not', () => {
    const groups: EvidenceRule[][] = [
      [{ phrases: ['relay access denied'] }],
      [{ reply: ['550'] }],
      [{ phrases: ['user unknown'] }, { phrases: ['no such user', 'no such user'] }],
    ];
    expect(first(groups, '550 relay access denied', '550')).toBe(0);
    expect(first(groups, '550 no such user', '550')).toBe(1);
    expect(first(groups, '554 no such user', '554')).toBe(2);
    expect(first(groups, '554 5.1.1 user unknown', '554')).toBe(2);
  });

  it('needs a phrase of each list, and forgets the phrases of the previous text', () => {
    const groups: EvidenceRule[][] = [[{ phrases: ['spam'], andPhrases: ['blocked', 'refused'] }], each('spam')[0]!];
    const compiled = compileRules(groups);
    const run = (text: string) => firstMatchingGroup(compiled, buildMatchInput(classified(text), ctx));
    expect(run('spam refused')).toBe(0);
    expect(run('spam')).toBe(1);
    expect(run('refused')).toBe(-1);
    expect(run('blocked as spam')).toBe(0);
    expect(run('nothing here')).toBe(-1);
  });

  it('reads a phrase that a continuation line splits', () => {
    expect(first(each('likely suspicious'), '550-5.7.1 this message is 550-5.7.1 likely suspicious')).toBe(0);
    expect(first(each('is likely'), '550-5.7.1 this message is 550-5.7.1 likely suspicious')).toBe(0);
  });

  it('folds whitespace the decoder left, and reads a client error after the diagnostic', () => {
    expect(first(each('mailbox full'), 'Mailbox\n  FULL')).toBe(0);
    expect(first(each('mailbox full'), 'mailbox\tfull')).toBe(0);
    expect(first(each('mailbox full'), 'mailbox\u00a0full ')).toBe(0);
    expect(first(each('mailbox full'), 'mailbox  full')).toBe(0);
    expect(first(each('mailbox full'), 'mailboxfull')).toBe(-1);
    const input = buildMatchInput(classified('Relay denied', 'undefined', { clientError: '0x800CCC79' }), ctx);
    expect(input.text).toBe('relay denied 0x800ccc79');
    expect(buildMatchInput(classified('  Relay denied  ', 'undefined', { clientError: '' }), ctx).text).toBe(
      'relay denied',
    );
  });

  it('reads a status rule only for a code of its class and subject, in group order', () => {
    const groups: EvidenceRule[][] = [
      [{ status: ['x.2.2'] }],
      [{ status: ['5.7.606-649'] }],
      [{ status: ['5.7.1', 'not a code'] }],
      [{ reply: ['550'] }],
      [{ phrases: ['blocked'], status: ['5.7.1'] }],
    ];
    const at = (status: string, text = 'refused', replyCode?: string) =>
      firstMatchingGroup(
        compileRules(groups),
        buildMatchInput(classified(text, 'undefined', { status, ...(replyCode ? { replyCode } : {}) }), ctx),
      );
    expect(at('4.2.2')).toBe(0);
    expect(at('5.2.2')).toBe(0);
    expect(at('2.2.2')).toBe(-1);
    expect(at('5.7.620')).toBe(1);
    expect(at('5.7.650')).toBe(-1);
    expect(at('5.7.1')).toBe(2);
    expect(at('5.7.2', 'blocked')).toBe(-1);
    expect(at('5.7.2', 'refused', '550')).toBe(3);
    // A code printed in the text counts like the recipient's Status.
    expect(at('5.0.0', 'refused: 5.7.630 listed')).toBe(1);
    expect(at('5.0.0', '550 5.2.2 mailbox full', '550')).toBe(0);
  });
});
