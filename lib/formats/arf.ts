// Abuse / feedback-loop reports (ARF, RFC 5965): a recipient complained about a message. Not a
// delivery failure; reported with reason "feedback" so it is never explained as a bounce.
//   Content-Type: message/feedback-report
//   Feedback-Type: abuse
//   Original-Rcpt-To: user@example.com
// Hotmail's older JMRP reports have no feedback-report part: a "complaint about message from
// <ip>" notice with the original attached, whose X-HmXmrOriginalRecipient names the complainant.
import type { DecodedRecipient, MessageParts } from '../types';
import type { FormatDecoder } from './index';
import { findAddress, findAddresses, message, recipient } from './shared';

function originalHeader(parts: MessageParts, name: string): string | null {
  const headers = parts.originalHeaders;
  if (!headers) return null;
  const m = new RegExp(`^${name}[ \\t]*:[ \\t]*([^\\n]{0,2000})`, 'im').exec(headers);
  return m?.[1]?.trim() || null;
}

function feedbackRecipients(parts: MessageParts): DecodedRecipient[] {
  const fb = parts.feedback ?? {};
  const listed = [...findAddresses(fb['original-rcpt-to'] ?? ''), ...findAddresses(fb['removal-recipient'] ?? '')];
  const addresses = listed.length
    ? [...new Set(listed)]
    : [findAddress(originalHeader(parts, 'x-hmxmroriginalrecipient') ?? originalHeader(parts, 'to'))];
  const type = fb['feedback-type']?.split(/\s/)[0]?.toLowerCase() ?? null;
  return addresses.map((address) =>
    recipient({ address, diagnostic: type ? `Feedback-Type: ${type}` : null, reasonHint: 'feedback' }),
  );
}

// JMRP: "complaint about message from 192.0.2.1" (Subject), original message attached.
const JMRP_SUBJECT = /^\s*complaint about message from /i;
// A mailto: List-Unsubscribe request (RFC 2369) sent by the recipient's mail app: "Apple Mail sent
// this email to unsubscribe from the message …". The recipient opted out, like ARF "opt-out".
const UNSUBSCRIBE_SUBJECT = /^\s*unsubscribe\s*$/i;
const UNSUBSCRIBE_BODY = /sent this (?:e-?mail|message) to unsubscribe/i;

export const arf: FormatDecoder = {
  id: 'arf',
  decode(parts: MessageParts) {
    const isArf = parts.feedback !== null;
    const isJmrp =
      !isArf && JMRP_SUBJECT.test(parts.subject ?? '') && !!originalHeader(parts, 'x-hmxmroriginalrecipient');
    if (!isArf && !isJmrp) {
      if (!UNSUBSCRIBE_SUBJECT.test(parts.subject ?? '') || !UNSUBSCRIBE_BODY.test(parts.text.slice(0, 2000))) {
        return null;
      }
      const rec = recipient({
        address: findAddress(parts.from),
        diagnostic: 'unsubscribe request',
        reasonHint: 'feedback',
      });
      return message(parts, 'arf', [rec], 'feedback');
    }
    const recipients = feedbackRecipients(parts);
    return message(parts, 'arf', recipients, 'feedback');
  },
};
