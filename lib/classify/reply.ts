import type { Reason } from '../types';

// RFC 5321 reply codes that say enough on their own. Generic ones (450, 550, 553, 554) are absent:
// they carry every kind of refusal and decide nothing without text.
const REPLY: Readonly<Record<string, Reason>> = {
  '421': 'blocked', // Service not available, closing channel — said to clients it will not talk to
  '432': 'securityerror', // A password transition is needed (RFC 4954)
  '451': 'systemerror', // Local error in processing
  '452': 'systemfull', // Insufficient system storage
  '454': 'securityerror', // Temporary authentication failure / TLS not available
  '500': 'syntaxerror', // Syntax error, command unrecognised
  '501': 'syntaxerror', // Syntax error in parameters or arguments
  '502': 'syntaxerror', // Command not implemented
  '503': 'syntaxerror', // Bad sequence of commands
  '504': 'syntaxerror', // Command parameter not implemented
  '505': 'syntaxerror',
  '506': 'syntaxerror',
  '507': 'syntaxerror',
  '521': 'notaccept', // Host does not accept mail (RFC 7504)
  '523': 'failedstarttls', // Encryption needed / TLS failures (RFC 5248 pairing)
  '524': 'failedstarttls',
  '525': 'suspend', // User account disabled (RFC 5248 pairs 525 with X.7.13)
  '530': 'securityerror', // Authentication required
  '534': 'securityerror', // Authentication mechanism is too weak
  '535': 'securityerror', // Authentication credentials invalid
  '538': 'failedstarttls', // Encryption required for requested authentication mechanism
  '551': 'hasmoved', // User not local; please try <forward-path>
  '552': 'mailboxfull', // Exceeded storage allocation
  '556': 'notaccept', // Domain does not accept mail (RFC 7504)
};

export function reasonOfReply(reply: string | null): Reason | null {
  return reply ? (REPLY[reply] ?? null) : null;
}
