import type { Reason } from '../../types';
import { type Phrase, PhraseTable, type Rule } from '../matcher';
import * as authfailure from './authfailure';
import * as badreputation from './badreputation';
import * as blocked from './blocked';
import * as contenterror from './contenterror';
import * as exceedlimit from './exceedlimit';
import * as expired from './expired';
import * as failedstarttls from './failedstarttls';
import * as filtered from './filtered';
import * as hasmoved from './hasmoved';
import * as hostunknown from './hostunknown';
import * as mailboxfull from './mailboxfull';
import * as mailererror from './mailererror';
import * as mesgtoobig from './mesgtoobig';
import * as networkerror from './networkerror';
import * as norelaying from './norelaying';
import * as notaccept from './notaccept';
import * as notcompliantrfc from './notcompliantrfc';
import * as policyviolation from './policyviolation';
import * as rejected from './rejected';
import * as requireptr from './requireptr';
import * as securityerror from './securityerror';
import * as spamdetected from './spamdetected';
import * as speeding from './speeding';
import * as suspend from './suspend';
import * as syntaxerror from './syntaxerror';
import * as systemerror from './systemerror';
import * as systemfull from './systemfull';
import * as toomanyconn from './toomanyconn';
import * as userunknown from './userunknown';
import * as virusdetected from './virusdetected';

/**
 * Precedence of the phrase reasons, written once: when phrases of several reasons occur in one
 * diagnostic, the earlier reason wins (unless the enhanced code names one of the candidates).
 * Each position says why it sits above the ones after it.
 */
export const PHRASE_ORDER: readonly (readonly [Reason, readonly Phrase[]])[] = [
  // A named SPF/DKIM/DMARC failure is the cause even when the text also says "rejected"/"blocked".
  ['authfailure', authfailure.phrases],
  // Missing PTR is the cause even when the text says "blocked"/"rejected"/"no SMTP service".
  ['requireptr', requireptr.phrases],
  // A virus verdict is more specific than "content rejected" or a policy refusal.
  ['virusdetected', virusdetected.phrases],
  // RFC 5322 breaches are named precisely; texts may also say "policy" or "rejected".
  ['notcompliantrfc', notcompliantrfc.phrases],
  // TLS failures often mention "certificate" or "encryption" (securityerror words).
  ['failedstarttls', failedstarttls.phrases],
  // "Recipient address rejected: Relay access denied" is a relay refusal, not an unknown user.
  ['norelaying', norelaying.phrases],
  // Moved mailboxes say "no longer on server"; before userunknown's "recipient … not".
  ['hasmoved', hasmoved.phrases],
  // Rate limits ("submission quota", "receiving mail at a rate") before mailboxfull's "quota" words.
  ['speeding', speeding.phrases],
  // "Too many connections" before blocked's "connection rejected".
  ['toomanyconn', toomanyconn.phrases],
  // Quota texts often carry "user"/"mailbox" words that userunknown also uses.
  ['mailboxfull', mailboxfull.phrases],
  // Disabled accounts ("account disabled", "mailbox is frozen") before userunknown's "no such".
  ['suspend', suspend.phrases],
  // A local delivery program's failure ("x-unix; procmail: … No such user") is the program's, not
  // the address's: before userunknown, after quota texts the program merely relays.
  ['mailererror', mailererror.phrases],
  // Sender refusals name the sender ("Sender address rejected: Domain not found"): before the
  // recipient-side unknown user/host readings of the same words, and before client blocks.
  ['rejected', rejected.phrases],
  // The most common reason; its phrases are specific to a missing mailbox.
  ['userunknown', userunknown.phrases],
  // Null MX texts also say "domain"; before hostunknown.
  ['notaccept', notaccept.phrases],
  // Domain-level failures after mailbox-level ones ("user unknown" beats "host" words).
  ['hostunknown', hostunknown.phrases],
  // Size: the enhanced code picks between the two when a size wording is shared.
  ['mesgtoobig', mesgtoobig.phrases],
  ['exceedlimit', exceedlimit.phrases],
  // Server storage after mailbox storage.
  ['systemfull', systemfull.phrases],
  // Reputation before blocklists: "poor reputation … blocked".
  ['badreputation', badreputation.phrases],
  // A spam verdict on the content before client blocking and generic policy words.
  ['spamdetected', spamdetected.phrases],
  // Client/IP refusals and blocklists.
  ['blocked', blocked.phrases],
  // Policy refusals are broader than the verdicts above.
  ['policyviolation', policyviolation.phrases],
  // Authentication required / bad credentials: generic security words.
  ['securityerror', securityerror.phrases],
  // Format problems after the policy verdicts that quote them.
  ['contenterror', contenterror.phrases],
  // The recipient's filter: weaker than any named verdict.
  ['filtered', filtered.phrases],
  // Network failures name their cause ("host name lookup failure"); before the generic give-up texts.
  ['networkerror', networkerror.phrases],
  // Give-up texts ("connection timed out", "retry timeout exceeded").
  ['expired', expired.phrases],
  // Receiving-system faults: generic words, late.
  ['systemerror', systemerror.phrases],
  // Protocol syntax: last, its words appear in many other texts.
  ['syntaxerror', syntaxerror.phrases],
];

const rules: Rule<Reason>[] = [];
for (const [reason, phrases] of PHRASE_ORDER) {
  for (const phrase of phrases) rules.push({ phrase, value: reason });
}

/** All reason phrases, compiled once. `all()` returns the candidate reasons in precedence order. */
export const REASON_PHRASES = new PhraseTable(rules);
