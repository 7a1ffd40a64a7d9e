// classifyReason: one failed recipient → one of the 36 reasons (lib/types REASONS).
//
// One ordered registry (STEPS below) decides: decoder hint → single-meaning formats → success
// reports → receiver-specific provider rules (providers/) → reason phrases in precedence order
// (reasons/index.ts) → unambiguous RFC 3463 codes (status.ts) → the notice's subject when there is
// no diagnostic → delay notices → SMTP stage →
// generic wordings (reasons/weak.ts) → reply codes (reply.ts) → refusals after DATA → ambiguous-code
// defaults → onhold.
// The text is lower-cased once and every phrase table is one Aho–Corasick automaton built at load,
// so the cost is linear in the diagnostic's length whatever the tables hold.
import type { ClassifyContext, DecodedRecipient, Reason, SmtpCommand } from '../types';
import { claimingProviders, type Evidence } from './providers';
import { REASON_PHRASES } from './reasons';
import { WEAK_PHRASES } from './reasons/weak';
import { reasonOfReply } from './reply';
import { fallbackOfStatus, reasonOfStatus } from './status';
import { commandInText, normalize, replyInText, statusInText } from './text';

/**
 * Decoder ids (lib/formats) of gateway appliances in front of other servers: McAfee Email Gateway and
 * the X1 layout ("--- The following addresses had delivery problems ---" / "<x>  (Unknown user x)"),
 * MailFoundry ("Server mx[192.0.2.1] failed with: 550 <x> No such user here"), and qmail-based domain
 * gateways ("Message from example.com. / Unable to deliver message to the following address(es).").
 */
const GATEWAY_FORMATS: ReadonlySet<string> = new Set(['bracket-reasons', 'mailfoundry', 'unable-to-deliver']);

/** Decoder ids (lib/formats) whose notices carry one reason only. */
const FORMAT_REASON: Readonly<Record<string, Reason>> = {
  'google-groups': 'rejected',
};

/** Everything the steps read, computed once per recipient. */
interface Signals extends Evidence {
  rec: DecodedRecipient;
  ctx: ClassifyContext;
  /** Non-empty diagnostic text was given. */
  hasText: boolean;
  /** SMTP command answered: the decoder's, else the one the text names ("in reply to end of DATA command"). */
  command: SmtpCommand | null;
}

interface Step {
  id: string;
  run(s: Signals): Reason | null;
}

/** Subject digit of an enhanced code ("7" in 5.7.1); null when there is none or it says nothing (X.0.x). */
function statusSubject(status: string | null): string | null {
  const subject = status?.split('.')[1];
  return subject && subject !== '0' ? subject : null;
}

/** Temporary failures: RFC 3463 class 4 or an RFC 5321 4yz reply. */
function temporary(s: Signals): boolean {
  return s.status?.startsWith('4') === true || (s.status === null && s.reply?.startsWith('4') === true);
}

/** Phrase candidates → one reason: the enhanced code may pick among candidates, else precedence. */
function byPhrases(s: Signals): Reason | null {
  if (!s.hasText) return null;
  const candidates = REASON_PHRASES.all(s.text);
  if (candidates.length === 0) return thingDoesNotExist(s.text);
  const fromStatus = reasonOfStatus(s.status);
  // A local delivery program answered ("Command output: procmail: … No such user"): the code is
  // the program's exit status mapped by the MTA, so it does not pick among the candidates.
  if (candidates[0] === 'mailererror') return 'mailererror';
  // The code picks among candidates, except X.4.7: every give-up report is "expired" by code, while
  // its text may name the cause (Sendmail: "Deferred: Name server: example.jp.: host name lookup
  // failure / Message could not be delivered for 8 hours" with 4.4.7).
  const picked = fromStatus !== null && fromStatus !== 'expired' && candidates.includes(fromStatus);
  let reason = picked ? fromStatus : candidates[0]!;
  // Postfix HELO restrictions quote the HELO name's own DNS result: "504 5.5.2 <x>: Helo command
  // rejected: Host not found" refuses the client, not the recipient's host.
  if (
    candidates.includes('blocked') &&
    (s.text.includes('helo command rejected') || s.text.includes('ehlo command rejected'))
  ) {
    return 'blocked';
  }
  // A "user unknown" answer to DATA comes from a filter that runs after the recipient was accepted
  // (the address exists; e.g. "550 Unknown user … (in reply to end of DATA command)").
  // Likewise under a policy code: "550 5.7.1 550 User Unknown: x@example.org".
  if (reason === 'userunknown' && fromStatus !== 'userunknown') {
    if (s.command === 'DATA' || s.status?.charAt(2) === '7') reason = 'filtered';
    // A mailbox-status code (X.2.x: the mailbox exists) under "user unknown" wording is a refusal
    // worded as a missing user — "550 5.2.1 <x@example.jp>... User Unknown" — unless the server
    // gave it to RCPT, where the recipient itself was refused.
    else if (s.status?.charAt(2) === '2' && fromStatus !== null && s.command !== 'RCPT') reason = fromStatus;
    // Security gateways and appliances that answer for a whole domain refuse recipients their own
    // recipient list or filter does not pass; without an X.1.x code that is a filter's verdict.
    else if (s.ctx.format !== null && GATEWAY_FORMATS.has(s.ctx.format)) reason = 'filtered';
  }
  // A DNS failure reported as temporary is a lookup problem, not a proof the domain is missing
  // (Gmail: "DNS Error: … responded with code NXDOMAIN" with status 4.0.0).
  // Postfix: "Name service error for domain example.com: Host not found, try again". Gmail prints
  // its lookups as "DNS Error: … responded with code NXDOMAIN" and keeps them temporary (4.0.0), also
  // where a webmail page shows no code.
  if (
    reason === 'hostunknown' &&
    (temporary(s) || s.text.includes('not found, try again') || s.text.includes(' dns error: '))
  ) {
    reason = 'networkerror';
  }
  return reason;
}

/**
 * "<something> does not exist" where the something is an address (a missing mailbox) or a bare
 * domain (a missing host), as relayed replies often say: "553 neko.example.com does not exist",
 * "550 kijitora@example.com does not exist". Linear: one indexOf and one look-back.
 */
function thingDoesNotExist(text: string): Reason | null {
  const at = text.indexOf(' does not exist');
  if (at <= 0) return null;
  const token = text.slice(text.lastIndexOf(' ', at - 1) + 1, at).replace(ANGLE, '');
  if (token.length < 4 || token.length > 254 || !token.includes('.') || /[<>:/]/.test(token)) return null;
  return token.includes('@') ? 'userunknown' : 'hostunknown';
}
const ANGLE = /^<|>$/g;

/** The text names `address` and says right after it that it was rejected: "<x@example.com>: Rejected". */
function addressRejected(text: string, address: string | null): boolean {
  if (!address || address.length > 254) return false;
  const addr = address.toLowerCase();
  let at = text.indexOf(addr);
  for (let seen = 0; at >= 0 && seen < 4; seen++) {
    const rest = text.slice(at + addr.length, at + addr.length + 16).replace(ADDRESS_TAIL, '');
    if (rest.startsWith('rejected')) return true;
    at = text.indexOf(addr, at + addr.length);
  }
  return false;
}
const ADDRESS_TAIL = /^[>:.,\s]{0,6}/;

// Notices whose subject is a fixed word followed by the original message's subject, which is the
// sender's own text and says nothing about the failure: Exchange/Outlook "Undeliverable: <subject>",
// "Unzustellbar: …", "Non remis : …", "No se puede entregar: …", "Delayed: …".
const QUOTING_SUBJECT =
  /^\s{0,4}(?:undeliverable|undelivered|unzustellbar|nicht zustellbar|non remis|non recapitabile|no se puede entregar|onbestelbaar|não é possível entregar|delayed|delivery delayed|retardé|verzögert)[^:]{0,40}:/i;

/** The reason a notice's own subject states ("Returned mail: User unknown"); null for quoting subjects. */
function reasonOfSubject(subject: string | null): Reason | null {
  if (!subject || subject.length > 300 || QUOTING_SUBJECT.test(subject)) return null;
  return REASON_PHRASES.first(normalize(subject));
}

/** The refusal concerns the envelope sender: answered to MAIL, or an X.1.7/X.1.8 code. */
function senderProblem(s: Signals): boolean {
  if (s.command === 'MAIL') return true;
  const sd = s.status?.slice(1);
  return sd === '.1.7' || sd === '.1.8';
}

/**
 * The classification registry: tried top to bottom, the first step that returns a reason wins.
 */
const STEPS: readonly Step[] = [
  // 1. The decoder already knows (ARF → feedback, RFC 3834 → vacation, SES "Suppressed" …).
  { id: 'hint', run: (s) => s.rec.reasonHint ?? null },
  // 2. Notices whose format has a single meaning, when the decoder left no hint: a Google Groups
  //    bounce always says the poster may not post to the group (in the poster's language).
  { id: 'format', run: (s) => (s.ctx.format ? (FORMAT_REASON[s.ctx.format] ?? null) : null) },
  // 3. A success DSN (Action delivered/relayed/expanded, or a 2.x.x code) is not a failure.
  {
    id: 'delivered',
    run: (s) => {
      const a = s.rec.action;
      if (a === 'delivered' || a === 'relayed' || a === 'expanded') return 'delivered';
      return s.rec.status?.startsWith('2.') ? 'delivered' : null;
    },
  },
  // 4. Receiver-specific meanings: the same code or wording means different things at Google,
  //    Microsoft, Yahoo … (lib/classify/providers, ordered there).
  {
    id: 'provider',
    run: (s) => {
      if (!s.hasText && !s.host) return null;
      for (const p of claimingProviders(s)) {
        const r = p.classify(s);
        if (r) return r;
      }
      return null;
    },
  },
  // 5. Reason phrases (lib/classify/reasons, precedence in PHRASE_ORDER), in all languages covered.
  { id: 'phrases', run: byPhrases },
  // 6. RFC 3463 enhanced status code, unambiguous codes only (X.1.1, X.2.2, X.3.4, X.4.7, X.7.26 …).
  {
    id: 'status',
    run: (s) => {
      const r = reasonOfStatus(s.status);
      if (r === 'hostunknown' && temporary(s)) return 'networkerror';
      return r;
    },
  },
  // 7. No diagnostic at all (a webmail page that shows only the headline): the subject may state the
  //    reason, as Sendmail's "Returned mail: User unknown" does.
  { id: 'subject', run: (s) => (s.hasText ? null : reasonOfSubject(s.ctx.subject)) },
  // 8. A delay notice with no named cause and no telling code: the sender's server is still
  //    retrying, which the reference classifier reports as "expired" (e.g. Gmail "Delivery to the
  //    following recipient has been delayed … did not accept our requests to connect").
  { id: 'delayed', run: (s) => (s.rec.action === 'delayed' ? 'expired' : null) },
  // 9. Refused at a stage that names the culprit, with no named reason: at connection or greeting
  //    the client itself (Exim: "SMTP error from remote mail server after initial connection: 550
  //    Rejected"), at MAIL FROM the sender ("after MAIL FROM:<x@example.org>: 553 sorry, …").
  {
    id: 'stage',
    run: (s) => {
      if (s.command === 'CONN' || s.command === 'HELO' || s.command === 'EHLO') return 'blocked';
      return s.command === 'MAIL' ? 'rejected' : null;
    },
  },
  // 10. Generic wordings ("Recipient address rejected", "mailbox unavailable") that servers put in
  //    front of many refusals: only when no named reason and no unambiguous code decided. A reply that
  //    names the recipient's own address as what it rejected ("542 x@example.com Rejected") says the
  //    same as "Recipient address rejected".
  {
    id: 'weak-phrases',
    run: (s) => {
      if (!s.hasText) return null;
      return WEAK_PHRASES.first(s.text) ?? (addressRejected(s.text, s.rec.address) ? 'userunknown' : null);
    },
  },
  // 11. RFC 5321 reply code, for the codes that say enough alone (421, 452, 50x, 521, 551, 552 …),
  //    unless an enhanced code names another area (a "552 5.7.0" is a policy refusal, not storage).
  { id: 'reply', run: (s) => (statusSubject(s.status) === null ? reasonOfReply(s.reply) : null) },
  // 12. Refused after the message data was sent, with no named reason and no telling code: the
  //    receiving side's content filter judged the message (Gmail: "554 5.7.0 Header error (state 18).").
  { id: 'data-stage', run: (s) => (s.command === 'DATA' && s.hasText && !temporary(s) ? 'filtered' : null) },
  // 13. Ambiguous enhanced codes (X.0.0, X.7.1, unregistered details): their subject's default.
  { id: 'status-fallback', run: (s) => fallbackOfStatus(s.status) },
  // 14. There is text but no rule recognised it: undecided.
  { id: 'onhold', run: (s) => (s.hasText ? 'onhold' : null) },
];

/** Status used as evidence: the decoder's, unless it is a bare X.0.0 and the text names a better one. */
function evidenceStatus(rec: DecodedRecipient): string | null {
  const given = rec.status ? statusInText(rec.status) : null;
  if (given && !given.endsWith('.0.0')) return given;
  const inText = rec.diagnostic ? statusInText(rec.diagnostic) : null;
  if (inText && !inText.startsWith('2') && (!given || inText.charAt(0) === given.charAt(0))) return inText;
  return given;
}

/** "mx.example.jp (192.0.2.135)", "[mx.example.jp]." → "mx.example.jp". No regex: hosts are untrusted. */
function hostName(raw: string | null): string {
  if (!raw) return '';
  const t = raw.trim();
  let end = 0;
  while (end < t.length && end < 255 && t.charCodeAt(end) > 32) end++;
  let start = t.charAt(0) === '[' ? 1 : 0;
  while (end > start && (t.charAt(end - 1) === ']' || t.charAt(end - 1) === '.')) end--;
  if (start > end) start = end;
  return t.slice(start, end).toLowerCase();
}

function signals(rec: DecodedRecipient, ctx: ClassifyContext): Signals {
  const diag = rec.diagnostic ?? '';
  const hasText = diag.trim().length > 0;
  const host = hostName(rec.remoteHost ?? ctx.reportingHost);
  const text = hasText ? normalize(diag) : ' ';
  return {
    command: rec.command ?? (hasText ? commandInText(text) : null),
    rec,
    ctx,
    hasText,
    text,
    host,
    status: evidenceStatus(rec),
    reply: rec.replyCode?.trim() || (hasText ? replyInText(diag) : null),
  };
}

/** The reason for one failed recipient: the first registry step that decides, else 'undefined'. */
export function classifyReason(rec: DecodedRecipient, ctx: ClassifyContext): Reason {
  return classifyTrace(rec, ctx).reason;
}

/** Steps whose verdict is a generic reading that the SMTP stage may still correct. */
const GENERIC_STEPS = new Set(['phrases', 'status', 'weak-phrases', 'reply', 'status-fallback']);

/** The reason and the registry step that decided it (for debugging output and tests). */
export function classifyTrace(rec: DecodedRecipient, ctx: ClassifyContext): { reason: Reason; step: string } {
  const s = signals(rec, ctx);
  for (const step of STEPS) {
    const r = step.run(s);
    if (!r) continue;
    // A missing domain or mailbox named while the server judged MAIL FROM is the sender's
    // (Exim: "after MAIL FROM:<x@example.com>: 550 5.1.7 No such domain example.com").
    if (GENERIC_STEPS.has(step.id) && (r === 'hostunknown' || r === 'userunknown') && senderProblem(s)) {
      return { reason: 'rejected', step: step.id };
    }
    return { reason: r, step: step.id };
  }
  return { reason: 'undefined', step: 'none' };
}
