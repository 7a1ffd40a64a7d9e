// Generic delivery status notifications (RFC 3464), the last decoder in the registry: any DSN no
// mail-system layout claimed. Reads the message/delivery-status part, or the same fields printed
// inline in the text by servers that do not build a multipart/report (RFC 3464 §2 field syntax).
//   Final-Recipient: rfc822; user@example.com
//   Action: failed
//   Status: 5.1.1
//   Remote-MTA: dns; mx.example.com
//   Diagnostic-Code: smtp; 550 5.1.1 <user@example.com>... User unknown
import { parseDeliveryStatus } from '../mime/dsn';
import type { DecodedRecipient, DeliveryStatus, MessageParts } from '../types';
import type { FormatDecoder } from './index';
import { ACTION_ALIASES, dsnRecipients, findCodes, findCommand, kindOf, message } from './shared';

// Where a DSN printed as plain text starts: the first field RFC 3464 puts first in either group.
const INLINE_DSN = /^(?:Reporting-MTA|Final-Recipient|Original-Recipient)[ \t]*:/im;

function inlineDsn(text: string): DeliveryStatus | null {
  const m = INLINE_DSN.exec(text);
  if (!m) return null;
  const dsn = parseDeliveryStatus(text.slice(m.index, m.index + 50_000));
  return dsn?.perRecipient.some((r) => r['final-recipient'] || r['original-recipient']) ? dsn : null;
}

// An expiry notice that quotes the last answer the remote server gave, e.g. Amazon WorkMail:
// "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>".
// The quoted answer says why delivery kept failing; the outer code only that time ran out.
const QUOTED_ANSWER = /<([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})(?![\d.])[^<>]{0,300}>/;
const EXPIRED = /expired|unable to deliver in/i;
// A relay's summary code followed by the remote server's own answer, quoted. Amazon SES:
// "5.1.0 - Unknown address error 550-'5.7.1 <…>... Access denied'". The remote pair is the evidence.
const SUMMARY_THEN_ANSWER =
  /^[245]\.\d{1,3}\.\d{1,3} - [^'"]{0,200}?(?<![\w.])([245]\d\d)[ -]['"]([245]\.\d{1,3}\.\d{1,3})(?![\d.])/;

function normalise(rec: DecodedRecipient, fields: Readonly<Record<string, string>>): DecodedRecipient {
  const word =
    (fields.action ?? '')
      .trim()
      .toLowerCase()
      .split(/[\s;(]/)[0] ?? '';
  const action = ACTION_ALIASES[word] ?? rec.action ?? (rec.status?.startsWith('2') ? 'delivered' : null);
  const out: DecodedRecipient = { ...rec, action };
  const quoted = out.diagnostic && EXPIRED.test(out.diagnostic) ? QUOTED_ANSWER.exec(out.diagnostic) : null;
  const answer = quoted ?? (out.diagnostic ? SUMMARY_THEN_ANSWER.exec(out.diagnostic) : null);
  if (answer) {
    out.replyCode = answer[1]!;
    out.status = answer[2]!;
  }
  if (!out.replyCode || !out.status) {
    const codes = findCodes(out.diagnostic);
    out.replyCode ??= codes.replyCode;
    out.status ??= codes.status;
  }
  out.command ??= findCommand(out.diagnostic);
  if (action === 'delivered' && !out.reasonHint) out.reasonHint = 'delivered';
  return out;
}

export const rfc3464: FormatDecoder = {
  id: 'rfc3464',
  decode(parts: MessageParts) {
    let dsnParts = parts;
    if (!parts.dsn?.perRecipient.length) {
      const inline = inlineDsn(parts.text);
      if (!inline) return null;
      dsnParts = { ...parts, dsn: inline };
    }
    const groups = dsnParts.dsn!.perRecipient;
    const recipients = dsnRecipients(dsnParts).map((r, i) => normalise(r, groups[i] ?? {}));
    if (!recipients.length) return null;
    return message(dsnParts, 'rfc3464', recipients, kindOf(recipients));
  },
};
