import type { Reason } from '../types';

// RFC 3463 enhanced status codes (and the IANA registry additions) → reason. Codes whose meaning
// depends on the receiver or the text are marked AMBIGUOUS: they only decide when no phrase did.

/** Exact subject.detail → reason. */
const DETAIL: Readonly<Record<string, Reason>> = {
  '1.1': 'userunknown', // Bad destination mailbox address
  '1.2': 'hostunknown', // Bad destination system address
  '1.3': 'userunknown', // Bad destination mailbox address syntax
  '1.4': 'userunknown', // Destination mailbox address ambiguous
  '1.6': 'hasmoved', // Destination mailbox has moved, no forwarding address
  '1.7': 'rejected', // Bad sender's mailbox address syntax
  '1.8': 'rejected', // Bad sender's system address
  '1.10': 'notaccept', // Recipient address has null MX (RFC 7505)
  '2.1': 'filtered', // Mailbox disabled, not accepting messages
  '2.2': 'mailboxfull', // Mailbox full
  '2.3': 'exceedlimit', // Message length exceeds administrative limit
  '2.4': 'systemerror', // Mailing list expansion problem
  '3.1': 'systemfull', // Mail system full
  '3.2': 'notaccept', // System not accepting network messages
  '3.3': 'systemerror', // System not capable of selected features
  '3.4': 'mesgtoobig', // Message too big for system
  '3.5': 'systemerror', // System incorrectly configured
  '3.6': 'systemerror', // Requested priority was changed
  '4.0': 'networkerror', // Other or undefined network or routing status
  '4.1': 'networkerror', // No answer from host
  '4.2': 'networkerror', // Bad connection
  '4.3': 'systemerror', // Directory server failure
  // Unable to route: "the necessary routing information was unavailable", e.g. DNS returns only an SOA
  // for the domain (RFC 3463). Permanent, that is a domain without a mail host; temporary (4.4.4) the
  // status step reads as a network problem.
  '4.4': 'hostunknown',
  '4.5': 'networkerror', // Mail system congestion
  '4.6': 'networkerror', // Routing loop detected
  '4.7': 'expired', // Delivery time expired
  '5.1': 'syntaxerror', // Invalid command
  '5.2': 'syntaxerror', // Syntax error
  '5.3': 'syntaxerror', // Too many recipients
  '5.4': 'syntaxerror', // Invalid command arguments
  '5.5': 'syntaxerror', // Wrong protocol version
  '5.6': 'syntaxerror', // Authentication exchange line too long
  '6.0': 'contenterror', // Other or undefined media error
  '6.1': 'contenterror', // Media not supported
  '6.2': 'contenterror', // Conversion required and prohibited
  '6.3': 'contenterror', // Conversion required but not supported
  '6.4': 'contenterror', // Conversion with loss performed
  '6.5': 'contenterror', // Conversion failed
  '6.6': 'contenterror', // Message content not available
  '6.7': 'contenterror', // Non-ASCII addresses not permitted
  '6.8': 'contenterror', // UTF-8 string reply required
  '6.9': 'contenterror', // UTF-8 header message cannot be transferred
  '6.10': 'contenterror', // (deprecated duplicate of X.6.8)
  '7.2': 'policyviolation', // Mailing list expansion prohibited
  '7.3': 'securityerror', // Security conversion required but not possible
  '7.4': 'securityerror', // Security features not supported
  '7.5': 'securityerror', // Cryptographic failure
  '7.6': 'securityerror', // Cryptographic algorithm not supported
  '7.7': 'securityerror', // Message integrity failure
  '7.8': 'securityerror', // Authentication credentials invalid
  '7.9': 'securityerror', // Authentication mechanism is too weak
  '7.10': 'failedstarttls', // Encryption needed
  '7.11': 'failedstarttls', // Encryption required for requested authentication mechanism
  '7.12': 'securityerror', // A password transition is needed
  '7.13': 'suspend', // User account disabled
  '7.14': 'securityerror', // Trust relationship required
  '7.15': 'policyviolation', // Priority level is too low
  '7.16': 'mesgtoobig', // Message is too big for the specified priority
  '7.17': 'hasmoved', // Mailbox owner has changed
  '7.18': 'hasmoved', // Domain owner has changed
  '7.19': 'securityerror', // RRVS test cannot be completed
  '7.20': 'authfailure', // No passing DKIM signature found
  '7.21': 'authfailure', // No acceptable DKIM signature found
  '7.22': 'authfailure', // No valid author-matched DKIM signature found
  '7.23': 'authfailure', // SPF validation failed
  '7.24': 'authfailure', // SPF validation error
  '7.25': 'requireptr', // Reverse DNS validation failed
  '7.26': 'authfailure', // Multiple authentication checks failed
  '7.27': 'notaccept', // Sender address has null MX
  '7.28': 'spamdetected', // Mail flood detected
  '7.29': 'authfailure', // ARC validation failure
  '7.30': 'failedstarttls', // REQUIRETLS support required
};

/**
 * Ambiguous codes: used by nearly every kind of refusal, so text must decide. Only when no rule
 * at all matched do they fall back to these subject defaults.
 *   X.0.0, X.1.0, X.2.0, X.3.0, X.5.0, X.7.0, X.7.1: generic by definition or by common misuse.
 */
const AMBIGUOUS_FALLBACK: Readonly<Record<string, Reason | null>> = {
  '0.0': null,
  '1.0': 'userunknown', // "Other address status": in practice a refused recipient
  '2.0': 'filtered', // "Other or undefined mailbox status": the mailbox exists but refused
  '3.0': null, // "Other or undefined mail system status": servers use it for any temporary refusal
  '5.0': null, // used for any SMTP refusal (e.g. Outlook.com, La Poste)
  '7.0': 'securityerror',
  '7.1': 'securityerror',
};

/** Reason of an enhanced status code per RFC 3463; null when the code is ambiguous or unknown. */
export function reasonOfStatus(status: string | null): Reason | null {
  if (!status) return null;
  const cls = status.charAt(0);
  if (cls === '2') return 'delivered';
  if (cls !== '4' && cls !== '5') return null;
  const sd = status.slice(2);
  return DETAIL[sd] ?? null;
}

/** Last-resort reason for ambiguous codes (X.0.0, X.7.1 …) when nothing else decided. */
export function fallbackOfStatus(status: string | null): Reason | null {
  if (!status) return null;
  const sd = status.slice(2);
  if (sd in AMBIGUOUS_FALLBACK) return AMBIGUOUS_FALLBACK[sd] ?? null;
  // Unregistered details ("5.1.351", "5.7.606"): the subject says the area.
  const subject = sd.split('.')[0];
  switch (subject) {
    case '1':
      return 'userunknown';
    case '2':
      return 'filtered';
    case '3':
      return 'systemerror';
    case '4':
      return 'networkerror';
    case '5':
      return 'syntaxerror';
    case '6':
      return 'contenterror';
    case '7':
      return 'securityerror';
    default:
      return null;
  }
}
