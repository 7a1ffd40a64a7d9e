// Plain-language meanings of the codes a bounce can show: RFC 3463 enhanced status codes (class,
// subject and every registered detail up to X.7.30), RFC 5321 reply codes (plus the RFC 3207/4954
// ones), provider tokens printed in the text, and Outlook desktop error numbers. Written for this
// project from the facts in ../shared/reference/codes/codes.json; the IANA registry is the source
// for the enhanced codes.
import type { CodeMeaning } from '../types';

const CLASS: Readonly<Record<string, string>> = {
  '2': 'Success: the message was delivered or passed on.',
  '4': 'Temporary problem: the server was asked to try again later.',
  '5': 'Permanent failure: the server gave up on this message; it will not try again by itself.',
};

const SUBJECT: Readonly<Record<string, string>> = {
  '0': 'no more detail than temporary or permanent',
  '1': 'a problem with an address (the recipient or your own)',
  '2': "a problem with the recipient's mailbox",
  '3': 'a problem with the receiving mail system',
  '4': 'a network or routing problem between the servers',
  '5': 'a problem in the conversation between the mail servers',
  '6': 'a problem with the content or format of the message',
  '7': 'a security or policy rule refused the message',
};

/** Detail codes "Y.Z" (the class digit is added when shown). */
const DETAIL: Readonly<Record<string, string>> = {
  '0.0': 'Something went wrong; the server gave no detail.',
  '1.0': 'One of the addresses in the message caused the problem.',
  '1.1': 'The mailbox name (the part before @) does not exist at the destination.',
  '1.2': 'The domain (the part after @) does not exist or cannot receive mail.',
  '1.3': 'The recipient address is not written correctly.',
  '1.4': 'The address matched more than one mailbox at the destination.',
  '1.5': 'The destination address is valid.',
  '1.6': 'The mailbox has moved and the server does not forward to the new address.',
  '1.7': 'Your own sender address is not written correctly.',
  '1.8': "Your sender address's domain does not exist or cannot receive replies.",
  '1.9': 'The message was handed to a system that cannot report further delivery.',
  '1.10': 'The recipient domain says it never accepts mail (a "null MX" record).',
  '2.0': 'Something about the recipient mailbox stopped delivery.',
  '2.1': 'The mailbox is disabled or not accepting messages.',
  '2.2': 'The mailbox is full.',
  '2.3': 'The message is larger than this mailbox accepts.',
  '2.4': 'The address is a mailing list that could not be expanded.',
  '3.0': 'Something about the receiving mail system stopped delivery.',
  '3.1': "The receiving system's storage is full.",
  '3.2': 'The receiving system is not accepting mail right now.',
  '3.3': 'The receiving system lacks a feature this message needs.',
  '3.4': 'The message is larger than the receiving system accepts.',
  '3.5': 'The receiving system is set up incorrectly.',
  '3.6': 'The message priority was changed.',
  '4.0': 'A network or routing problem stopped delivery.',
  '4.1': 'The destination server did not answer.',
  '4.2': 'The connection broke before the message was passed on.',
  '4.3': 'A directory or DNS server needed for routing failed.',
  '4.4': 'No route to the destination could be found.',
  '4.5': 'The mail system is congested.',
  '4.6': 'The message went round in a loop between servers.',
  '4.7': 'Delivery took too long and was given up.',
  '5.0': 'The mail servers had a protocol problem.',
  '5.1': 'A command was not accepted or came out of order.',
  '5.2': 'A command was not understood.',
  '5.3': 'Too many recipients in one go.',
  '5.4': 'A command had invalid arguments.',
  '5.5': 'The two servers could not agree on a protocol version.',
  '5.6': 'The login answer was too long for the server.',
  '6.0': 'Something about the content stopped delivery.',
  '6.1': 'The content type is not supported on the way.',
  '6.2': 'The content needed converting, which was not allowed.',
  '6.3': 'The content needed a conversion the server cannot do.',
  '6.4': 'The message was delivered, but converting it lost some content.',
  '6.5': 'Converting the content failed.',
  '6.6': 'The message content could not be fetched.',
  '6.7': 'An address with non-English characters is not accepted here.',
  '6.8': 'A UTF-8 reply is required but not allowed by the client.',
  '6.9': 'Headers with non-English characters cannot be delivered to this recipient.',
  '6.10': 'A UTF-8 reply is required but not allowed by the client (old code).',
  '7.0': 'A security or policy rule refused the message.',
  '7.1': 'You are not allowed to send this message to this destination.',
  '7.2': 'You are not allowed to post to this mailing list.',
  '7.3': 'A needed conversion between secure formats was not possible.',
  '7.4': 'The security features requested are not supported.',
  '7.5': 'The message could not be decrypted or verified.',
  '7.6': 'The encryption method is not supported.',
  '7.7': 'The message was changed on the way and could not be verified.',
  '7.8': 'The user name or password was not accepted.',
  '7.9': 'The sign-in method is too weak for this account.',
  '7.10': 'An encrypted connection is needed before signing in.',
  '7.11': 'Encryption is required for this sign-in method.',
  '7.12': 'A password change-over is needed before this sign-in method works.',
  '7.13': 'The account is disabled.',
  '7.14': 'A trust relationship with another server is required.',
  '7.15': 'The message priority is too low to be accepted now.',
  '7.16': 'The message is too big for its priority.',
  '7.17': 'The mailbox owner has changed.',
  '7.18': 'The domain owner has changed.',
  '7.19': 'The ownership check could not be completed.',
  '7.20': 'No valid DKIM signature (the domain seal that proves who sent it) was found.',
  '7.21': 'DKIM signatures were valid but none was acceptable.',
  '7.22': "No valid DKIM signature matches the From address's domain.",
  '7.23': 'The SPF check failed: this server is not listed as allowed to send for the domain.',
  '7.24': "The sender domain's SPF record could not be evaluated.",
  '7.25': 'The sending server has no valid reverse DNS name.',
  '7.26': 'Several authentication checks (SPF, DKIM, DMARC) failed.',
  '7.27': 'Your sender domain says it never receives mail, so bounces could not reach you.',
  '7.28': 'The message looks like part of a flood of similar messages.',
  '7.29': 'The forwarding chain (ARC) could not be validated.',
  '7.30': 'The message required TLS on every hop, which the next server does not support.',
};

const REPLY: Readonly<Record<string, string>> = {
  '211': 'System status reply.',
  '214': 'Help message.',
  '220': 'The server is ready.',
  '221': 'The server is closing the connection.',
  '250': 'The requested action was completed.',
  '251': 'The user is not local; the server will forward the message.',
  '252': 'The address cannot be checked, but delivery will be attempted.',
  '354': 'The server is ready to receive the message text.',
  '421': 'The server is not available right now (busy, shutting down or slowing you down); try later.',
  '432': 'A password change-over is needed before signing in.',
  '450': 'The mailbox is unavailable right now (busy or temporarily blocked); try later.',
  '451': 'The server had a local problem and will accept a retry later.',
  '452': 'The server is short of storage or got too many recipients; try later.',
  '454': 'Signing in or encryption is temporarily unavailable.',
  '455': 'The server cannot handle these sending parameters right now.',
  '500': 'The server did not recognise the command.',
  '501': 'A command had invalid parameters, often a badly written address.',
  '502': 'The server does not support this command.',
  '503': 'Commands came in the wrong order; often the server wants you to sign in first.',
  '504': 'The server does not support this command option.',
  '521': 'This server does not accept mail at all.',
  '523': 'Encryption is required to continue.',
  '530': 'You must sign in (or start encryption) before sending.',
  '534': 'The sign-in method is too weak for this account.',
  '535': 'The user name or password was not accepted.',
  '538': 'Encryption is required for this sign-in method.',
  '550': 'The server refused: mailbox unavailable, not found, or refused by policy.',
  '551': 'The user is not local here; the server will not forward.',
  '552': 'Storage exceeded: the message is too big or the mailbox is full.',
  '553': 'The address is not allowed here (wrong format, or the server will not accept it from you).',
  '554': 'The receiving server refused the message; the text and enhanced code say why.',
  '555': 'The server does not recognise the sending parameters.',
  '556': 'The recipient domain does not accept mail.',
};

interface TokenDef {
  /** Lower-case token as printed in the diagnostic. */
  token: string;
  code: string;
  kind: 'provider' | 'client';
  meaning: string;
}

// Provider tokens that sit next to generic reply codes (README "Text matters more than the number").
const TOKENS: readonly TokenDef[] = [
  {
    token: '(s3140)',
    code: 'S3140',
    kind: 'provider',
    meaning: "Outlook.com: your server's network is on Microsoft's block list.",
  },
  {
    token: '(s3150)',
    code: 'S3150',
    kind: 'provider',
    meaning: "Outlook.com: your server's network is on Microsoft's block list.",
  },
  {
    token: '(s775)',
    code: 'S775',
    kind: 'provider',
    meaning: "Outlook.com: temporarily slowed down because of your server's reputation.",
  },
  {
    token: '[tss04]',
    code: 'TSS04',
    kind: 'provider',
    meaning: 'Yahoo: mail from your server is deferred for unusual volume or complaints.',
  },
  {
    token: '[tss09]',
    code: 'TSS09',
    kind: 'provider',
    meaning: 'Yahoo: all mail from your server is refused until its reputation improves.',
  },
  {
    token: '[tss11]',
    code: 'TSS11',
    kind: 'provider',
    meaning: 'Yahoo: all mail from your server is refused until its reputation improves.',
  },
  {
    token: '[ts01]',
    code: 'TS01',
    kind: 'provider',
    meaning: 'Yahoo: temporarily deferred for complaints or unusual traffic.',
  },
  {
    token: '[ts02]',
    code: 'TS02',
    kind: 'provider',
    meaning: 'Yahoo: temporarily deferred for complaints or unusual traffic.',
  },
  { token: '[ts03]', code: 'TS03', kind: 'provider', meaning: 'Yahoo: mail from your server is refused for now.' },
  {
    token: '[ph01]',
    code: 'PH01',
    kind: 'provider',
    meaning: 'Yahoo: something in the message content (links, attachments) was refused.',
  },
  { token: '[bl21]', code: 'BL21', kind: 'provider', meaning: "Yahoo: your server's address is on a Spamhaus list." },
  {
    token: '[bl23]',
    code: 'BL23',
    kind: 'provider',
    meaning: "Yahoo: your server's address is on the Spamhaus XBL (infected machines).",
  },
  { token: '[cs01]', code: 'CS01', kind: 'provider', meaning: "iCloud: Apple's filters refused the message." },
  {
    token: '[cs02]',
    code: 'CS02',
    kind: 'provider',
    meaning: "iCloud: refused because of the sending server's reputation.",
  },
  { token: '[hm07]', code: 'HM07', kind: 'provider', meaning: "iCloud: Apple's filters refused the message." },
  { token: '[hm08]', code: 'HM08', kind: 'provider', meaning: "iCloud: Apple's filters refused the message." },
  { token: '[hme1]', code: 'HME1', kind: 'provider', meaning: 'iCloud: refused because both SPF and DKIM failed.' },
  {
    token: 'rp-001',
    code: 'RP-001',
    kind: 'provider',
    meaning: 'Outlook.com: your server is rate-limited because of its reputation.',
  },
  {
    token: 'rp-002',
    code: 'RP-002',
    kind: 'provider',
    meaning: 'Outlook.com: your server is rate-limited because of its reputation.',
  },
  { token: 'rp-003', code: 'RP-003', kind: 'provider', meaning: 'Outlook.com: too many connections from your server.' },
  {
    token: 'sc-001',
    code: 'SC-001',
    kind: 'provider',
    meaning: 'Outlook.com: refused for spam-like content or poor reputation.',
  },
  {
    token: 'sc-004',
    code: 'SC-004',
    kind: 'provider',
    meaning: 'Outlook.com: your server is blocked after complaints.',
  },
  {
    token: 'dy-001',
    code: 'DY-001',
    kind: 'provider',
    meaning: 'Outlook.com: mail sent straight from a home (dynamic) address is refused.',
  },
  {
    token: 'ou-001',
    code: 'OU-001',
    kind: 'provider',
    meaning: "Outlook.com: your server's address is listed by Spamhaus.",
  },
  {
    token: '- gcdp',
    code: 'gcdp',
    kind: 'provider',
    meaning: "Google: a Google Workspace administrator's own rule refused the message.",
  },
  { token: 'cxbl', code: 'CXBL', kind: 'provider', meaning: 'Cox: your server is blocked for spam-like behaviour.' },
  { token: 'ib212', code: 'IB212', kind: 'provider', meaning: 'GoDaddy: the content was judged to be spam.' },
  { token: 'ib705', code: 'IB705', kind: 'provider', meaning: 'GoDaddy: a virus was found.' },
  {
    token: 'ib401',
    code: 'IB401',
    kind: 'provider',
    meaning: 'GoDaddy: you signed in to the receiving server; use the outgoing server instead.',
  },
  {
    token: '0x800ccc79',
    code: '0x800CCC79',
    kind: 'client',
    meaning: 'Outlook: the outgoing server refused a recipient, almost always because Outlook did not sign in to it.',
  },
  {
    token: '0x800ccc78',
    code: '0x800CCC78',
    kind: 'client',
    meaning: 'Outlook: the outgoing server refused your sender address, usually because Outlook did not sign in.',
  },
  {
    token: '0x800ccc0e',
    code: '0x800CCC0E',
    kind: 'client',
    meaning: 'Outlook could not connect to the mail server (wrong port or encryption, or a firewall).',
  },
  {
    token: '0x80042109',
    code: '0x80042109',
    kind: 'client',
    meaning: 'Outlook could not connect to the outgoing (SMTP) server.',
  },
  {
    token: '0x800ccc0f',
    code: '0x800CCC0F',
    kind: 'client',
    meaning: 'The connection to the mail server was interrupted.',
  },
  {
    token: '0x800ccc1a',
    code: '0x800CCC1A',
    kind: 'client',
    meaning: 'The secure connection failed: the port and encryption settings do not match.',
  },
  {
    token: '0x800ccc80',
    code: '0x800CCC80',
    kind: 'client',
    meaning: 'Outlook and the server share no sign-in method; outgoing sign-in is usually off.',
  },
  {
    token: '0x800ccc6f',
    code: '0x800CCC6F',
    kind: 'client',
    meaning: 'The outgoing server replied 554: the transaction was refused by policy.',
  },
  {
    token: '0x800ccc69',
    code: '0x800CCC69',
    kind: 'client',
    meaning: 'The outgoing server replied 550: an address was refused.',
  },
];

function detailKey(code: string): { cls: string; key: string } | null {
  const m = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(code);
  if (!m) return null;
  return { cls: m[1]!, key: `${Number(m[2])}.${Number(m[3])}` };
}

/** Meaning of an enhanced status code: the registered detail, else its class and subject. */
export function enhancedMeaning(code: string): string | null {
  const parts = detailKey(code);
  if (!parts) return null;
  const detail = DETAIL[parts.key];
  const cls = CLASS[parts.cls] ?? '';
  if (detail) return `${detail} ${cls}`.trim();
  const subject = SUBJECT[parts.key.split('.')[0] ?? ''];
  return subject ? `${cls} It points to ${subject}.` : cls || null;
}

/** Meaning of an RFC 5321 reply code; unknown codes are described by their first digit. */
export function replyMeaning(code: string): string | null {
  if (!/^[2-5]\d\d$/.test(code)) return null;
  const known = REPLY[code];
  if (known) return known;
  if (code.startsWith('4')) return 'Temporary refusal; the sending server will retry.';
  if (code.startsWith('5')) return 'Permanent refusal.';
  return null;
}

/** Provider tokens and Outlook error numbers printed in a diagnostic (case-insensitive). */
export function tokenMeanings(text: string): CodeMeaning[] {
  const lower = text.toLowerCase();
  const out: CodeMeaning[] = [];
  for (const t of TOKENS) {
    if (lower.includes(t.token) && !out.some((c) => c.code === t.code)) {
      out.push({ code: t.code, kind: t.kind, meaning: t.meaning });
    }
  }
  return out;
}
