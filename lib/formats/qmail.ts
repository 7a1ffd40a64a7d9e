// qmail and its descendants (netqmail, vpopmail, Plesk, notqmail).
//   Hi. This is the qmail-send program at mx.example.jp.
//   I'm afraid I wasn't able to deliver your message to the following addresses.
//   This is a permanent error; I've given up. Sorry it didn't work out.
//   <user@example.net>:
//   192.0.2.1 does not like recipient.
//   Remote host said: 550 5.1.1 <user@example.net>... User Unknown
//   --- Below this line is a copy of the message.
import type { FormatDecoder } from './index';
import { blockDecoder, fromDiagnostic } from './shared';

// Legacy webmail gateways built on qmail write their own heading and qmail's recipient blocks:
//   Message from example.com.
//   Unable to deliver message to the following address(es).
//   <user@example.com>:
//   This user doesn't have a example.com account (user@example.com) [0]
//   --- Original message follows.
// A system of its own (its wording and codes are not qmail-send's), so it gets its own id.
export const unableToDeliver: FormatDecoder = blockDecoder({
  id: 'unable-to-deliver',
  matches(parts) {
    const head = parts.text.slice(0, 4000);
    return (
      /^Message from {1,3}\S{1,253}\.\s*$/m.test(head) &&
      /^Unable to deliver message to the following address\(es\)\.?\s*$/m.test(head) &&
      !/qmail-send program/i.test(head) &&
      /^<[^>\s]{1,254}>:/m.test(parts.text)
    );
  },
  layout: {
    start: /^Unable to deliver message to the following address\(es\)/,
    end: /^--- ?(?:Below this line is|Enclosed is) a copy of the message|^--- ?(?:Undelivered|Original) message follows/i,
    recipient: /^<([^>\s]{1,254})>:\s*(.*)$/,
  },
  delay: /I'll keep trying|This is a temporary error/i,
});

export const qmail: FormatDecoder = blockDecoder({
  id: 'qmail',
  matches(parts) {
    return (
      /This is the qmail-send program|I'm afraid I wasn't able to deliver your message|I'm not going to try again|Unable to deliver message to the following address\(es\)|Your mail message to the following address\(es\) could not be delivered|\(#[45]\.\d{1,3}\.\d{1,3}\)/i.test(
        parts.text.slice(0, 4000),
      ) && /^<[^>\s]{1,254}>:/m.test(parts.text)
    );
  },
  layout: {
    start:
      /I'm afraid I wasn't able to deliver|This is the qmail-send program|Unable to deliver message to the following address\(es\)|Your mail message to the following address\(es\)|^<[^>\s]{1,254}>:/,
    startInclusive: true,
    end: /^--- ?(?:Below this line is|Enclosed is) a copy of the message|^--- ?(?:Undelivered|Original) message follows/i,
    recipient: /^<([^>\s]{1,254})>:\s*(.*)$/,
    skip: /^(?:This is a permanent error|I'm afraid I wasn't|Hi\. This is the qmail|Giving up on )/,
  },
  delay: /I'll keep trying|This is a temporary error|still trying|has not been delivered .{0,40}(?:yet|trying)/i,
  toRecipient(block) {
    // "(Other MXes tried: …)" repeats the same answer for each MX; it is not the diagnostic.
    // "I'm not going to try again; this message has been in the queue too long." follows the last
    // attempt's answer, or stands alone when no attempt got one: either way it says the queue expired.
    const text = block.lines.filter((l) => !/^\(Other MXes tried/.test(l)).join('\n');
    return fromDiagnostic(block.address, text);
  },
});
