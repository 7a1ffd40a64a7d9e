import { describe, expect, it } from 'vitest';
import { analyseFile, analysePasted, looksLikeRawMessage } from '../../../entrypoints/popup/read-input';

// A Postfix bounce written for this test, in the layout of ../shared/reference/webmail §3.4.
const RAW_POSTFIX = [
  'Return-Path: <>',
  'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)',
  'To: alice@example.org',
  'Subject: Undelivered Mail Returned to Sender',
  'Date: Fri, 27 Nov 2026 10:00:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'This is the mail system at host mx.example.net.',
  '',
  "I'm sorry to have to inform you that your message could not",
  'be delivered to one or more recipients.',
  '',
  '<nobody@example.com>: host mail.example.com[192.0.2.1] said: 550 5.1.1',
  '    <nobody@example.com>: Recipient address rejected: User unknown in local',
  '    recipient table (in reply to RCPT TO command)',
  '',
].join('\n');

const blob = (bytes: Uint8Array<ArrayBuffer> | string, name: string) => Object.assign(new Blob([bytes]), { name });

describe('looksLikeRawMessage', () => {
  it('recognises a pasted message source', () => {
    expect(looksLikeRawMessage(RAW_POSTFIX)).toBe(true);
    expect(looksLikeRawMessage(`From MAILER-DAEMON Fri Nov 27 10:00:00 2026\n${RAW_POSTFIX}`)).toBe(true);
  });

  it('leaves visible text and client errors to the text mode', () => {
    expect(looksLikeRawMessage(RAW_POSTFIX.split('\n\n').slice(1).join('\n\n'))).toBe(false);
    expect(looksLikeRawMessage('Server Error: 550\nError Number: 0x800CCC79\n\nmore')).toBe(false);
    expect(looksLikeRawMessage('Subject: hello')).toBe(false);
  });
});

describe('analysePasted', () => {
  it('reads a pasted source as a whole message', async () => {
    const result = await analysePasted(RAW_POSTFIX);
    expect(result.kind).toBe('bounces');
    if (result.kind !== 'bounces') return;
    expect(result.analyses[0]?.recipients[0]?.address).toBe('nobody@example.com');
  });

  it('says there is nothing to analyse for blank input', async () => {
    expect(await analysePasted('  \n ')).toMatchObject({ kind: 'unreadable' });
  });

  it('reports ordinary mail as not a bounce', async () => {
    expect(await analysePasted('Hi Sam,\n\nLunch on Thursday works for me.\n\nAlex')).toMatchObject({
      kind: 'not-bounce',
    });
  });
});

describe('analyseFile', () => {
  it('reads an .eml', async () => {
    const result = await analyseFile(blob(RAW_POSTFIX, 'bounce.eml'));
    expect(result.kind).toBe('bounces');
  });

  it('reads a .txt holding the visible text of a bounce', async () => {
    const text = RAW_POSTFIX.split('\n\n').slice(1).join('\n\n');
    expect((await analyseFile(blob(text, 'copied.txt'))).kind).toBe('bounces');
  });

  it.each([
    ['an empty file', blob('', 'empty.eml'), 'empty'],
    ['an Outlook .msg', blob(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'x.msg'), '.msg'],
    ['a binary file', blob(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'photo.png'), 'not a mail message'],
  ])('refuses %s with a message naming the problem', async (_label, file, words) => {
    const result = await analyseFile(file);
    expect(result.kind).toBe('unreadable');
    if (result.kind === 'unreadable') expect(result.message).toContain(words);
  });
});
