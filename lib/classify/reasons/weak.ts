import type { Reason } from '../../types';
import { type Phrase, PhraseTable, type Rule } from '../matcher';

// Generic wordings that servers put in front of many different refusals ("Recipient address
// rejected: <the real reason>"). They decide only after the named reasons and the enhanced code
// had their say, in this order.
const WEAK: readonly (readonly [Reason, Phrase])[] = [
  // Postfix access maps without detail: "550 <x@example.jp>: Recipient address rejected."
  ['userunknown', 'recipient address rejected'],
  // RFC 5321's text for 550 "Requested action not taken: mailbox unavailable" covers "mailbox not
  // found, no access, or command rejected for policy reasons": with no X.1.1 code to say the mailbox
  // is missing (that code decides first), the mailbox is there and refuses, e.g. a relay quoting
  // "550, Requested action not taken: mailbox unavailable". Microsoft's own use means a missing
  // mailbox and is read by its provider rules.
  ['filtered', 'mailbox unavailable'],
  ['filtered', 'mailbox is unavailable'],
  // Gmail's bounce headline "Address not found" heads both unknown-user and unknown-domain notices
  ['userunknown', 'address not found'],
  // Verizon MMS gateway: "No valid recipients for this MM" (Postfix's "5.5.1 Error: no valid recipients"
  // comes with its own code, which decides first)
  ['userunknown', 'no valid recipients'],
];

export const WEAK_PHRASES = new PhraseTable<Reason>(WEAK.map(([value, phrase]): Rule<Reason> => ({ phrase, value })));
