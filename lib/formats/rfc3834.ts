// Automatic replies (RFC 3834): out-of-office and "this mailbox is not read" answers. They are not
// bounces — the message arrived — so they are reported as kind "auto-reply", reason "vacation".
// Bounces carry "Auto-Submitted: auto-replied" too (Postfix, Exim), so anything from a mailer
// daemon, with a DSN part or a delivery-failure subject, is left to the bounce decoders.
import type { MessageParts } from '../types';
import type { FormatDecoder } from './index';
import { findAddress, fold, header, message, recipient } from './shared';

// RFC 3834 §5: "auto-replied"; vendors' own markers for the same thing.
const AUTO_HEADERS: ReadonlyArray<[string, RegExp]> = [
  ['auto-submitted', /^\s*auto-replied/i],
  ['x-autoreply', /\S/],
  ['x-autorespond', /\S/],
  ['x-auto-reply', /\S/],
  ['precedence', /^\s*auto[_-]?reply/i],
  // Apple iCloud: "X-Apple-Action: VACATION"
  ['x-apple-action', /vacation/i],
];

// "Auto reply:", "Automatic reply:" (Outlook), "Out of Office", "AutoResponse", "Away until …".
const AUTO_SUBJECT =
  /^\s*(?:auto(?:matic)?[ -]?(?:reply|response|respons|answer)|out of (?:the )?office|away from|away until|on vacation|absence|abwesend|r[ée]ponse automatique)/i;

const DAEMON = /\b(?:mailer-daemon|mail-daemon|postmaster|mail delivery (?:system|subsystem)|mdaemon)\b/i;
const BOUNCE_SUBJECT =
  /undeliver|not (?:be )?delivered|delivery (?:status|failure|notification|has failed|problem)|returned mail|failure notice|mail delivery|non[- ]?delivery|delivery report|rejected|warning: message/i;

// An auto-reply that says the mailbox is gone is a closed account, not an absence; let the
// classifier read it. Evidence: "This email inbox … is no longer in use. Please contact …"
const MAILBOX_GONE =
  /no longer (?:in use|active|valid|monitored|exists?|available)|(?:has been|was) (?:closed|deactivated|disabled|deleted)|not (?:in use|active) any ?more/i;

function bodyDiagnostic(text: string): string | null {
  const firstLines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('>'))
    .slice(0, 6)
    .join(' ');
  return fold(firstLines).slice(0, 500) || null;
}

export const rfc3834: FormatDecoder = {
  id: 'rfc3834',
  decode(parts: MessageParts) {
    if (parts.dsn || parts.feedback) return null;
    const subject = parts.subject ?? '';
    const flagged = AUTO_HEADERS.some(([name, re]) => (parts.headers.get(name) ?? []).some((v) => re.test(v)));
    if (!flagged && !AUTO_SUBJECT.test(subject)) return null;
    if (DAEMON.test(parts.from ?? '') || BOUNCE_SUBJECT.test(subject)) return null;
    if (/multipart\/report/i.test(header(parts, 'content-type') ?? '')) return null;
    const diagnostic = bodyDiagnostic(parts.text);
    const gone = MAILBOX_GONE.test(parts.text.slice(0, 5000));
    const rec = recipient({
      address: findAddress(parts.from),
      diagnostic,
      ...(gone ? {} : { reasonHint: 'vacation' as const }),
    });
    return message(parts, 'rfc3834', [rec], 'auto-reply');
  },
};
