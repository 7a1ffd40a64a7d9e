// A server's reply pasted on its own — the "wall of codes" a user copies out of a bounce or a send
// error and pastes into the popup (or pipes to `bounce-lens explain --text -`):
//   550 5.7.1 Relaying denied
//   553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)
//   550-5.7.26 This mail has been blocked because the sender is unauthenticated.
//   550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.
//   550 5.7.26  https://support.google.com/mail/answer/81126#authentication a1si123.45 - gsmtp
//   SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 5.1.1 … User unknown
// Nothing around it says "bounce", so the text is read as one only when it is short and made mostly
// of SMTP reply lines (RFC 5321 §4.2) that carry something only mail servers write: an RFC 3463
// enhanced code after the reply code, qmail's "(#5.x.x)", a reporting MTA's wrapper, or wording
// the classifier's reason phrases or RFC 5321's own reply texts know. "550 people came on
// Saturday" has none of these; an ordinary letter quoting one reply line is mostly other text.
import { REASON_PHRASES } from '../classify/reasons';
import { WEAK_PHRASES } from '../classify/reasons/weak';
import { normalize } from '../classify/text';
import { findAddress, findCommand, fromDiagnostic, kindOf, sameAddress } from '../formats/shared';
import type { DecodedMessage, DecodedRecipient } from '../types';

/** Longest paste read this way: the longest provider replies (Gmail's 9-line 5.7.26) are ~700 characters. */
const MAX_CHARS = 3000;
const MAX_LINES = 24;
/** RFC 5321 §4.5.3.1.5: a reply line is at most 512 octets; copies may run a few together. */
const MAX_LINE = 1000;

// RFC 5321 §4.2: a reply line is the three-digit code, then "-" when more lines follow, or a space
// (or nothing) on the last line. Only 4yz (transient) and 5yz (permanent) refusals are explained;
// the second digit is 0-5 (§4.2.1).
const REPLY_LINE = /^([45][0-5]\d)(?:([ -])(.*))?$/;
// RFC 3463 enhanced code right after the reply code: "550 5.1.1 …", "550-5.7.26 …", "421 4.7.0 …".
const ENHANCED_FIRST = /^#?[245]\.\d{1,3}\.\d{1,3}(?![\d.])/;
// qmail and IMail print the enhanced code at the end in brackets: "553 sorry, … (#5.7.1)".
const QMAIL_CODE = /\(#[245]\.\d{1,3}\.\d{1,3}\)/;
// RFC 5321 §4.2.2/§4.2.3's reply texts, which many servers print unchanged: "421 Service not available,
// closing transmission channel", "451 Requested action aborted: local error in processing", "554
// Transaction failed", "551 User not local; please try <…>", "503 Bad sequence of commands", "501
// Syntax error in parameters or arguments", "502 Command not implemented", "555 MAIL FROM/RCPT TO
// parameters not recognized or not implemented", "455 Server unable to accommodate parameters".
const RFC5321_TEXT =
  /service not available|requested (?:mail )?action (?:not taken|aborted)|transaction failed|user not local|unable to accommodate parameters|parameters not recognized|syntax error|command (?:unrecognized|not implemented)|bad sequence of commands|parameter not implemented/i;

interface Wrapper {
  /** The line up to the reply. */
  length: number;
  host: string | null;
  /** What the reply answered, as the wrapper names it: "RCPT TO:<bob@example.org>", "end of data". */
  after: string | null;
}

// How reporting MTAs introduce the reply they got; each proves the text is a server's report.
const WRAPPERS: readonly ((line: string) => Wrapper | null)[] = [
  // Postfix: "host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: Recipient address
  // rejected: User unknown in local recipient table (in reply to RCPT TO command)"
  (line) => {
    const m = /^host ([A-Za-z0-9][\w.-]{0,252}) ?(?:\[[\dA-Fa-f.:]{3,45}\] ?)?said:\s*/i.exec(line);
    return m ? { length: m[0].length, host: m[1]!.replace(/\.$/, ''), after: null } : null;
  },
  // qmail-remote: "Remote host said: 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"
  (line) => {
    const m = /^remote host(?: ([\w.:-]{1,253}))? said:\s*/i.exec(line);
    return m ? { length: m[0].length, host: m[1] ?? null, after: null } : null;
  },
  // Exim: "SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 5.1.1 …",
  // "… after MAIL FROM:<me@example.com> SIZE=1234: 553 …", "… after end of data:" (reply on the next line).
  (line) => {
    const m = /^SMTP error from remote (?:mail )?server after ([^\n]{1,300}?):\s*(?=[45][0-5]\d(?:[ -]|$)|$)/i.exec(
      line,
    );
    return m ? { length: m[0].length, host: null, after: m[1]! } : null;
  },
  // Sendmail's transcript "<<< 550 5.1.1 <bob@example.org>... User unknown"; RFC 3464's
  // "Diagnostic-Code: smtp; 550 5.1.1 …".
  (line) => {
    const m = /^(?:<<<|(?:Diagnostic-Code:\s?)?smtp;)\s*/i.exec(line);
    return m ? { length: m[0].length, host: null, after: null } : null;
  },
];

function wrapperOf(line: string): Wrapper | null {
  for (const read of WRAPPERS) {
    const w = read(line);
    if (w) return w;
  }
  return null;
}

interface Reply {
  code: string;
  lines: string[];
  host: string | null;
  after: string | null;
  wrapped: boolean;
  /** Characters of the paste this reply (and its wrapper) takes. */
  chars: number;
  /** The last line ended with "-": RFC 5321 says more lines of this reply follow. */
  open: boolean;
}

/** Something only a mail server writes: an enhanced code, qmail's code, a wrapper, known wording. */
function serverWords(r: Reply): boolean {
  if (r.wrapped) return true;
  for (const l of r.lines) {
    const rest = l.slice(4).trimStart();
    if (ENHANCED_FIRST.test(rest) || QMAIL_CODE.test(l)) return true;
  }
  const text = r.lines.join('\n');
  if (RFC5321_TEXT.test(text)) return true;
  const norm = normalize(text);
  return REASON_PHRASES.first(norm) !== null || WEAK_PHRASES.first(norm) !== null;
}

/** The SMTP replies in the paste, and how many characters of it are something else. */
function readReplies(text: string): { replies: Reply[]; other: number } | null {
  const replies: Reply[] = [];
  let other = 0;
  let current: Reply | null = null;
  let pending: (Wrapper & { chars: number }) | null = null;
  let nonEmpty = 0;
  for (const raw of text.split('\n')) {
    const t = raw.trim();
    if (!t) {
      current = null;
      continue;
    }
    if (++nonEmpty > MAX_LINES || t.length > MAX_LINE) return null;
    const w = wrapperOf(t);
    const rest = w ? t.slice(w.length) : t;
    if (w && !rest) {
      // Exim prints the reply on the lines after its wrapper.
      pending = { ...w, chars: t.length };
      current = null;
      continue;
    }
    const m = REPLY_LINE.exec(rest);
    if (m) {
      const code = m[1]!;
      if (current?.open && current.code === code && !w) {
        current.lines.push(rest);
        current.chars += t.length;
      } else {
        const from = w ?? pending;
        current = {
          code,
          lines: [rest],
          host: from?.host ?? null,
          after: from?.after ?? null,
          wrapped: from !== null,
          chars: t.length + (pending?.chars ?? 0),
          open: false,
        };
        replies.push(current);
      }
      current.open = m[2] === '-';
      pending = null;
      continue;
    }
    // A long reply wrapped by the report or the copy: indented, or inside an unfinished "550-" reply.
    if (current && !w && (current.open || /^\s/.test(raw))) {
      current.lines.push(t);
      current.chars += t.length;
      continue;
    }
    if (pending) other += pending.chars;
    pending = null;
    current = null;
    other += t.length;
  }
  if (pending) other += pending.chars;
  return { replies, other };
}

/** The recipient a reply names: the RCPT TO its wrapper quotes, else the address in it unless that is the sender. */
function addressOf(r: Reply, text: string): string | null {
  if (r.after) {
    if (/^(?:pipelined )?RCPT TO/i.test(r.after)) return findAddress(r.after);
    // "after MAIL FROM:<me@example.com>": the address in the reply is the sender's own.
    if (/^(?:pipelined )?MAIL FROM/i.test(r.after)) return null;
  }
  // Postfix: "553 5.7.1 <me@example.com>: Sender address rejected: not owned by user".
  if (/\bsender address\b/i.test(text)) return null;
  return findAddress(text);
}

function recipientOf(r: Reply): DecodedRecipient {
  const text = r.lines.join('\n');
  return fromDiagnostic(addressOf(r, text), text, {
    // A 5yz reply is final whatever the enhanced code says ("550 4.4.7"); a 4yz one is transient
    // (RFC 5321 §4.2.1), which the engine reports as delayed, as for a delay notice.
    action: r.code.startsWith('5') ? 'failed' : 'delayed',
    ...(r.host ? { remoteHost: r.host } : {}),
    ...(r.after ? { command: findCommand(`after ${r.after}`) } : {}),
  });
}

/**
 * The paste read as SMTP replies, or null when it is not made mostly of them. One recipient per
 * reply when every reply names its own recipient (a transcript of several RCPT TO refusals),
 * otherwise the first reply alone (for the unnamed recipient).
 */
export function pastedReply(text: string): DecodedMessage | null {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > MAX_CHARS) return null;
  const read = readReplies(trimmed);
  if (!read) return null;
  let other = read.other;
  const known: Reply[] = [];
  for (const r of read.replies) {
    if (serverWords(r)) known.push(r);
    else other += r.chars;
  }
  const replyChars = known.reduce((n, r) => n + r.chars, 0);
  if (known.length === 0 || replyChars < other) return null;
  let recipients = known.map(recipientOf);
  const distinct =
    recipients.every((rec) => rec.address) &&
    recipients.every((rec, i) => recipients.findIndex((o) => sameAddress(o.address, rec.address)) === i);
  if (!distinct) recipients = recipients.slice(0, 1);
  return {
    kind: kindOf(recipients),
    // A reporting MTA's wrapper proves a server's report; a bare reply may as well be what the
    // user's own mail app was told when sending (the causes read an unknown layout as such).
    format: known.some((r) => r.wrapped) ? 'text' : null,
    from: null,
    subject: null,
    reportingHost: null,
    recipients,
  };
}
