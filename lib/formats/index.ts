import type { DecodedMessage, MessageParts } from '../types';
import { amazonMail } from './amazon-mail';
import { amazonses } from './amazonses';
import { arf } from './arf';
import { barracuda } from './barracuda';
import { dragonfly } from './dragonfly';
import { exchange } from './exchange';
import { exchange2003 } from './exchange2003';
import { exim } from './exim';
import { gmail } from './gmail';
import {
  imail,
  listThenReason,
  mailfoundry,
  messagingServer,
  mfilter,
  mimecast,
  notes,
  trendmicro,
  verizon,
} from './keyed-lines';
import { bracketReasons, courier, domino, fml, starList } from './misc';
import { mobileJp } from './mobile-jp';
import { opensmtpd } from './opensmtpd';
import { postfix } from './postfix';
import { qmail, unableToDeliver } from './qmail';
import { rfc3464 } from './rfc3464';
import { rfc3834 } from './rfc3834';
import { sendgrid } from './sendgrid';
import { sendmail } from './sendmail';
import { yahoo } from './yahoo';
import { zoho } from './zoho';

/** One mail system's bounce layout. Returns null when the message is not in its format. */
export interface FormatDecoder {
  id: string;
  decode(parts: MessageParts): DecodedMessage | null;
}

// The order is written once, here. Reports that are not bounces (ARF, RFC 3834) come first,
// mail-system layouts next, the generic RFC 3464 decoder last.
const DECODERS: readonly FormatDecoder[] = [
  arf, // message/feedback-report (RFC 5965): complaints, not bounces
  rfc3834, // auto-replies (RFC 3834): the message arrived
  // Layouts recognised by their own wording; the more specific markers come first.
  amazonses, // SES event JSON via SNS ("notificationType")
  amazonMail, // SES "The following message to <addr> was undeliverable", WorkMail "An error occurred …"
  sendgrid, // "automatically generated message from SendGrid"
  barracuda, // "Your message to: addr" / "was blocked by our Spam Firewall"
  gmail, // mailer-daemon@googlemail.com: card, pre-2015 text and Google Groups
  exchange, // Exchange 2007+, Microsoft 365, Outlook.com ("Diagnostic information for administrators")
  exchange2003, // "did not reach the following recipient(s):"
  postfix, // "This is the mail system at host", "<addr>: host X said:"
  sendmail, // "----- The following addresses had permanent fatal errors -----", transcript
  opensmtpd, // "This is the MAILER-DAEMON, please DO NOT REPLY"
  dragonfly, // "This is the DragonFly Mail Agent"
  unableToDeliver, // qmail-based gateways: "Message from <domain>." / "Unable to deliver message to the following address(es)."
  qmail, // "<addr>:" blocks, "(#5.1.1)"
  yahoo, // "Sorry, we were unable to deliver your message to the following address."
  zoho, // one line per recipient with ERROR_CODE
  mobileJp, // au/KDDI EZweb and DION notices
  imail, // "Unknown user: addr" … "Original message follows."
  mailfoundry, // "Unable to deliver message to: <addr>"
  messagingServer, // Sun/Oracle Messaging Server, PMDF: "Recipient address:" blocks
  mfilter, // m-FILTER: "-------server message"
  mimecast, // "-- addr" / "Additional information follows :"
  trendmicro, // InterScan MSS: "Sent <<< RCPT TO:" / "Received >>>"
  verizon, // vtext.com / vzwpix.com MMS gateways
  listThenReason, // AOL, MessageLabs: "unable to deliver your message to the following address(es)" / "Reason:"
  notes, // Lotus Notes: "------- Failure Reasons --------"
  bracketReasons, // "---The following addresses had delivery errors/problems---" / "addr [reason]" (X1, McAfee)
  starList, // "Delivery to the following recipients failed permanently:" / "* addr"
  domino, // "was not delivered to:" … "because:"
  courier, // "running the Courier mail server"
  fml, // mailing-list manager refusing a non-member
  exim, // "The following address(es) failed:" (after the specialised Exim-derived layouts)
  rfc3464, // generic DSN (RFC 3464): whatever no layout above claimed
];

export function decodeMessage(parts: MessageParts): DecodedMessage | null {
  for (const decoder of DECODERS) {
    const result = decoder.decode(parts);
    if (result) return result;
  }
  return null;
}
