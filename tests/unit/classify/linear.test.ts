import { describe, expect, it } from 'vitest';
import { PhraseTable } from '../../../lib/classify/matcher';
import { commandInText, normalize, replyInText, statusInText } from '../../../lib/classify/text';
import { classify } from './helpers';

// Safety, not speed (speed is measured by `npm run bench`): these inputs must finish, and still
// classify by the evidence they contain.
describe('linear-time safety', () => {
  it('classifies a 100,000-character diagnostic', () => {
    const filler = 'x'.repeat(100_000);
    expect(classify(`550 5.1.1 User unknown ${filler}`)).toBe('userunknown');
    expect(classify(`${'a '.repeat(50_000)}`)).toBe('onhold');
  });

  it('survives adversarial repetitions of phrase prefixes and code-like tokens', () => {
    const inputs = [
      'user '.repeat(20_000),
      'user unknow'.repeat(10_000),
      '550-'.repeat(25_000),
      '5.5.5.5.'.repeat(12_500),
      '550-5.7.1 '.repeat(10_000),
      `${'aaaa'.repeat(25_000)}!`,
      'spamspamspam'.repeat(8_000),
      ' \t\n'.repeat(30_000),
      `smtp; ${'0'.repeat(100_000)}`,
    ];
    for (const input of inputs) {
      expect(typeof classify(input)).toBe('string');
    }
  });

  it('survives adversarial host, status and reply fields', () => {
    const dots = `a${'.'.repeat(100_000)}b`;
    expect(
      classify('550 5.1.1 User unknown', {
        remoteHost: dots,
        status: '5.'.repeat(50_000),
        replyCode: '5'.repeat(100_000),
      }),
    ).toBe('userunknown');
    expect(classify('550 User unknown', { remoteHost: `[${']'.repeat(100_000)}` })).toBe('userunknown');
  });

  it('finds every phrase in one pass, overlapping ones included', () => {
    const table = new PhraseTable([
      { phrase: 'he', value: 1 },
      { phrase: 'she', value: 2 },
      { phrase: 'hers', value: 3 },
      { phrase: ['user', 'unknown'], value: 4 },
    ]);
    expect(table.all(' ushers ')).toEqual([1, 2, 3]);
    expect(table.first(' user kijitora@example.org unknown ')).toBe(4);
    // Ordered fragments: "unknown … user" is not "user … unknown".
    expect(table.first(' unknown user ')).toBeNull();
  });

  it('tells apart phrases that share their first characters, up to the last character of the text', () => {
    const table = new PhraseTable([
      { phrase: 'mailbox full', value: 1 },
      { phrase: 'mailbox unavailable', value: 2 },
      { phrase: 'mailbox', value: 3 },
      { phrase: 'mail', value: 4 },
      { phrase: 'mailbox f', value: 5 },
      { phrase: 'box full', value: 6 },
    ]);
    expect(table.all('mailbox unavailable')).toEqual([2, 3, 4]);
    expect(table.all('the mailbox full')).toEqual([1, 3, 4, 5, 6]);
    expect(table.all('mailbox')).toEqual([3, 4]);
    expect(table.all('mai')).toEqual([]);
    expect(table.all('a mailbox fu')).toEqual([3, 4, 5]);
  });

  it('refuses phrases that are not lower case', () => {
    expect(() => new PhraseTable([{ phrase: 'User Unknown', value: 1 }])).toThrow();
  });
});

describe('text helpers', () => {
  it('normalizes case, spaces and continuation codes', () => {
    expect(normalize('550-5.1.1 The  email\n 550-5.1.1 account')).toBe(' the email account ');
  });

  it('reads enhanced codes but not IP addresses', () => {
    expect(statusInText('550 5.1.1 <x@example.org>... User unknown')).toBe('5.1.1');
    expect(statusInText('Sorry, no mailbox here by that name. (#5.1.1)')).toBe('5.1.1');
    expect(statusInText('connect to 10.5.0.2: refused')).toBeNull();
    expect(statusInText('host 192.0.2.1 said: rejected')).toBeNull();
  });

  it('reads a leading reply code only', () => {
    expect(replyInText('smtp; 550 5.1.1 User unknown')).toBe('550');
    expect(replyInText('550-5.7.1 Spam')).toBe('550');
    expect(replyInText('User unknown 550')).toBeNull();
  });

  it('reads the SMTP stage the text names', () => {
    expect(commandInText(normalize('550 User unknown (in reply to end of DATA command)'))).toBe('DATA');
    expect(commandInText(normalize('SMTP error from remote mail server after RCPT TO:<x@example.org>'))).toBe('RCPT');
    expect(commandInText(normalize('550 User unknown'))).toBeNull();
  });
});
