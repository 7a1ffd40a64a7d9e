import { describe, expect, it } from 'vitest';
import { messageHeading, resultsLine } from '../../../entrypoints/popup/message-heading';
import { analyseFile } from '../../../entrypoints/popup/read-input';
import { analysis } from '../helpers/builders';
import { fixtureMbox } from './fixture-mbox';

describe('messageHeading', () => {
  it('gives a single bounce no heading', () => {
    expect(messageHeading(analysis([], { subject: 'Undeliverable: hello', date: 'Mon, 2 Mar 2026' }), 0, 1)).toBeNull();
  });

  it('numbers each bounce of several and shows what its own headers say', () => {
    const heading = messageHeading(
      analysis([], {
        subject: 'Undelivered Mail Returned to Sender',
        date: 'Mon, 2 Mar 2026 10:00:00 +0000 (UTC)',
        from: 'MAILER-DAEMON@mx.sender.example (Mail Delivery System)',
      }),
      1,
      3,
    );
    expect(heading).toEqual({
      position: 'Bounce 2 of 3',
      subject: 'Undelivered Mail Returned to Sender',
      fields: [
        { label: 'Date', value: 'Mon, 2 Mar 2026 10:00:00 +0000 (UTC)' },
        { label: 'From', value: 'MAILER-DAEMON@mx.sender.example (Mail Delivery System)' },
      ],
    });
  });

  it('leaves out what the message does not state', () => {
    const heading = messageHeading(analysis([], { subject: '  ', from: null }), 0, 2);
    expect(heading).toEqual({ position: 'Bounce 1 of 2', subject: null, fields: [] });
  });

  it('shows header text as one bounded line without control or bidi-override characters', () => {
    const heading = messageHeading(
      analysis([], {
        subject: `Undeliverable:\r\n\t${'x'.repeat(500)}`,
        from: 'evil\u202Egro.elpmaxe@nimda\u0007 <a@b.example>',
      }),
      0,
      2,
    );
    expect(heading?.subject?.startsWith('Undeliverable: xxx')).toBe(true);
    expect(heading?.subject).toHaveLength(200);
    expect(heading?.subject?.endsWith('…')).toBe(true);
    expect(heading?.fields).toEqual([{ label: 'From', value: 'evil gro.elpmaxe@nimda <a@b.example>' }]);
  });

  it('never cuts an emoji in half', () => {
    const subject = `${'a'.repeat(198)}😀😀`;
    const shown = messageHeading(analysis([], { subject }), 0, 2)?.subject ?? '';
    expect(shown).toBe(`${'a'.repeat(198)}…`);
  });
});

describe('resultsLine', () => {
  it('names the file of a single bounce and nothing more', () => {
    expect(resultsLine('bounce.eml', 1, 0, 1)).toBe('From bounce.eml');
    expect(resultsLine(null, 1, 0, 1)).toBe('');
  });

  it('counts bounces and the messages that are not bounces, in one line with the file name', () => {
    expect(resultsLine('bounces.mbox', 3, 1, 3)).toBe(
      'From bounces.mbox: 3 bounces (and 1 other message that is not a bounce)',
    );
    expect(resultsLine(null, 1, 2, 1)).toBe('1 bounce (and 2 other messages that are not bounces)');
  });

  it('says when only the first ones are explained', () => {
    expect(resultsLine('big.mbox', 40, 0, 25)).toBe('From big.mbox: 40 bounces; the first 25 are explained here');
  });
});

describe('several bounces in one mbox', () => {
  it('heads each with its own subject, date and sender, counting bounces only', async () => {
    const mbox = fixtureMbox([
      'postfix-dsn-userunknown.eml',
      'plain-message.eml',
      'iso2022jp-dsn.eml',
      'postfix-wrapped-command.eml',
    ]);
    const result = await analyseFile(Object.assign(new Blob([mbox]), { name: 'bounces.mbox' }));
    expect(result.kind).toBe('bounces');
    if (result.kind !== 'bounces') return;
    expect(result.skipped).toBe(1);
    const headings = result.analyses.map((a, i, all) => messageHeading(a, i, all.length));
    expect(headings).toEqual([
      {
        position: 'Bounce 1 of 3',
        subject: 'Undelivered Mail Returned to Sender',
        fields: [
          { label: 'Date', value: 'Mon, 2 Mar 2026 10:00:00 +0000 (UTC)' },
          { label: 'From', value: 'MAILER-DAEMON@mx.sender.example (Mail Delivery System)' },
        ],
      },
      {
        position: 'Bounce 2 of 3',
        // Decoded from ISO-2022-JP encoded-words.
        subject: 'Undeliverable: 宛先不明のため配送できません',
        fields: [
          { label: 'Date', value: 'Thu, 08 Jul 2021 00:03:54 +0900' },
          { label: 'From', value: 'Postmaster@mx.example.jp' },
        ],
      },
      {
        position: 'Bounce 3 of 3',
        subject: 'Undelivered Mail Returned to Sender',
        fields: [
          { label: 'Date', value: 'Mon, 2 Mar 2026 10:00:00 +0000 (UTC)' },
          { label: 'From', value: 'MAILER-DAEMON@mail.example.org (Mail Delivery System)' },
        ],
      },
    ]);
  });
});
