import { describe, expect, it } from 'vitest';
import {
  dsnRecipients,
  findCodes,
  findCommand,
  findRemoteHost,
  fold,
  mergeDsn,
  recipient,
} from '../../../lib/formats/shared';

describe('findCodes', () => {
  const table: Array<[string, string | null, string | null]> = [
    ['550 5.1.1 <a@example.com>... User Unknown', '5.1.1', '550'],
    ['550-5.7.26 Unauthenticated email', '5.7.26', '550'],
    ["Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'", '5.1.10', '550'],
    ['smtp;554 Service unavailable', null, '554'],
    ['Sorry, no mailbox here by that name. (#5.1.1)', '5.1.1', null],
    // Amazon SES: its own code first, the remote answer quoted after it.
    ["5.1.0 - Unknown address error 550-'5.7.1 <a@example.com>... Access denied'", '5.7.1', '550'],
    // IP addresses and dates are not codes
    ['connect to 192.5.1.1 timed out on 2026-03-01', null, null],
    ['host mx.example.com [192.0.2.250]: 421 too many connections', null, '421'],
  ];
  for (const [text, status, reply] of table) {
    it(`reads "${text}"`, () => expect(findCodes(text)).toEqual({ status, replyCode: reply }));
  }
});

describe('findCommand and findRemoteHost', () => {
  it('reads the Postfix and Exim wording', () => {
    expect(findCommand('(in reply to end of DATA command)')).toBe('DATA');
    expect(findCommand('SMTP error from remote mail server after RCPT TO:<a@b.example>:')).toBe('RCPT');
    expect(findRemoteHost('host mx1.example.net[192.0.2.1] said: 550')).toBe('mx1.example.net');
  });
});

describe('mergeDsn', () => {
  it('keeps the text diagnostic and the DSN status for the same address', () => {
    const text = [
      recipient({
        address: 'A@example.com',
        diagnostic: 'host x said: 550 5.1.1 user unknown (in reply to RCPT TO command)',
        replyCode: '550',
      }),
    ];
    const dsn = [
      recipient({ address: 'a@example.com', status: '5.1.1', diagnostic: '550 5.1.1 user unknown', action: 'failed' }),
    ];
    const [m] = mergeDsn(text, dsn);
    expect(m).toMatchObject({ status: '5.1.1', replyCode: '550', action: 'failed' });
    expect(m?.diagnostic).toContain('in reply to RCPT TO');
  });
});

describe('dsnRecipients', () => {
  const dsnParts = (fields: Record<string, string>) => ({
    headers: new Map<string, string[]>(),
    from: null,
    subject: null,
    text: '',
    dsn: { perMessage: {}, perRecipient: [fields] },
    feedback: null,
    originalHeaders: null,
  });

  it('keeps only the host of a Remote-MTA with a connection comment', () => {
    const [r] = dsnRecipients(
      dsnParts({
        'final-recipient': 'rfc822; ada@example.jp',
        action: 'failed',
        status: '5.1.1',
        'remote-mta': 'dns; mx.example.jp (TCP|192.0.2.1|48044|192.0.2.2|25)',
      }),
    );
    expect(r?.remoteHost).toBe('mx.example.jp');
  });

  it('reads the "deliverable" action of address-verification reports as delivered', () => {
    const [r] = dsnRecipients(
      dsnParts({ 'final-recipient': 'rfc822; ada@example.jp', action: 'deliverable', status: '2.1.5' }),
    );
    expect(r?.action).toBe('delivered');
  });

  it('keeps the X-Unix diagnostic type, which names a local delivery program, and drops "smtp;"', () => {
    const [unix, smtp] = dsnRecipients({
      ...dsnParts({}),
      dsn: {
        perMessage: {},
        perRecipient: [
          {
            'final-recipient': 'rfc822; ada@example.jp',
            action: 'failed',
            'diagnostic-code': 'x-unix; temporary failure',
          },
          {
            'final-recipient': 'rfc822; bo@example.jp',
            action: 'failed',
            'diagnostic-code': 'smtp; 550 5.1.1 unknown',
          },
        ],
      },
    });
    expect(unix?.diagnostic).toBe('x-unix; temporary failure');
    expect(smtp?.diagnostic).toBe('550 5.1.1 unknown');
  });

  it('adds the Status field comment, the reporting MTA’s words about the code, to the diagnostic', () => {
    const [r] = dsnRecipients(
      dsnParts({
        'final-recipient': 'rfc822; ada@example.jp',
        action: 'failed',
        status: '5.2.1 (mailbox disabled, not accepting messages)',
        'diagnostic-code': 'smtp;550 5.2.1 <ada@example.jp>... User Unknown',
      }),
    );
    expect(r?.diagnostic).toBe('550 5.2.1 <ada@example.jp>... User Unknown (mailbox disabled, not accepting messages)');
    expect(r?.status).toBe('5.2.1');
  });
});

describe('fold', () => {
  // The definition fold keeps; its fast path for one-line text must give the same answer.
  const reference = (s: string) => s.replace(/\s+/g, ' ').trim();
  const table = [
    '550 5.1.1 User unknown',
    '  550 5.1.1 User unknown ',
    '550  5.1.1\tUser\r\n unknown',
    '550\u00a05.1.1 no\u2028break\ufeff',
    '',
    ' ',
    'a',
  ];
  for (const text of table) {
    it(`folds ${JSON.stringify(text)} to single spaces`, () => expect(fold(text)).toBe(reference(text)));
  }
});
