// The cheap test every opened message goes through before the engine sees it: does the sender,
// the subject or the opening of the body look like a non-delivery report? A miss here costs a
// badge, so the lists lean generous; the engine decides for real. Ordinary mail that merely quotes
// an SMTP code passes none of these and never reaches the engine.

export interface PrecheckInput {
  senderName: string | null;
  senderAddress: string | null;
  subject: string | null;
  /** The first few hundred characters of the body's visible text. */
  head: string;
}

// Local parts bounce generators send from (RFC 5321 §4.5.1 postmaster; MAILER-DAEMON of sendmail,
// Postfix, qmail, Gmail's mailer-daemon@googlemail.com; Exchange Online's
// MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@<tenant> system mailbox).
const SENDER_LOCALS = ['mailer-daemon', 'postmaster', 'mail-daemon', 'mailerdaemon'] as const;
const EXCHANGE_LOCAL = 'microsoftexchange';
const SENDER_LOCAL = new RegExp(`^(?:${SENDER_LOCALS.join('|')}|${EXCHANGE_LOCAL}[0-9a-f]{32})$`, 'i');

// Display names: Gmail "Mail Delivery Subsystem", Postfix/Exim "Mail Delivery System", EXO
// "Microsoft Outlook" (also for its own NDRs of consumer accounts), "Microsoft Exchange", "MAILER-DAEMON".
const SENDER_NAME_LIST = [
  'mail delivery subsystem',
  'mail delivery system',
  'mail delivery service',
  'microsoft outlook',
  'microsoft exchange',
  'mailer-daemon',
  'postmaster',
  'mail administrator',
  'mail system',
  'systemadministrator',
] as const;
const SENDER_NAMES = new Set<string>(SENDER_NAME_LIST);

/**
 * Words every bounce sender the pre-check accepts has in its address (`address` words) or its
 * display name (`name` words), matched ASCII-case-insensitively. A site adapter can find the few
 * messages worth reading with one attribute query (`[email*="postmaster" i]`) instead of reading
 * every message of a long thread. (Only a name spelt with the Kelvin sign for its "k" passes
 * the pre-check and escapes such a query.)
 */
export const BOUNCE_SENDER_WORDS: { readonly address: readonly string[]; readonly name: readonly string[] } = {
  address: [...SENDER_LOCALS, EXCHANGE_LOCAL],
  name: SENDER_NAME_LIST,
};

// Subject openings of NDRs and delay notices in the languages the engine knows (en de fr es it pt
// nl ru ja), from the subjects Exchange, Gmail, Postfix, Exim, qmail, sendmail and Yahoo write,
// e.g. "Undeliverable: …", "Unzustellbar: …", "Non remis : …", "No se puede entregar: …",
// "Non recapitabile: …", "Não é possível entregar: …", "Onbestelbaar: …", "Недоставляемое
// сообщение", "配信不能: …". Compared as lower-case prefixes (no regex to compile on every page).
const SUBJECT_PREFIXES = [
  'undeliverable',
  'undelivered',
  'delivery status notification',
  'delivery failed',
  'delivery has failed',
  'delivery failure',
  'delivery notification',
  'mail delivery failed',
  'returned mail',
  'failure notice',
  'message not delivered',
  'non-delivery',
  'nondelivery',
  'non delivery',
  'could not send message',
  'warning: could not',
  'delayed mail',
  'mail system error',
  'unzustellbar',
  'nicht zustellbar',
  'unzustellbare',
  'zustellung fehlgeschlagen',
  'benachrichtigung zum übermittlungsstatus',
  'übermittlungsstatusbenachrichtigung',
  'non remis',
  'non distribuable',
  'échec de la remise',
  'échec de remise',
  "notification d'état de remise",
  'message non remis',
  'no se puede entregar',
  'notificación de estado de entrega',
  'error de entrega',
  'no entregado',
  'non recapitabile',
  'impossibile recapitare',
  'notifica stato consegna',
  'notifica sullo stato di consegna',
  'mancato recapito',
  'não é possível entregar',
  'nao e possivel entregar',
  'notificação de status de entrega',
  'falha na entrega',
  'não entregue',
  'onbestelbaar',
  'niet bezorgd',
  'kan niet worden bezorgd',
  'status van bezorging',
  'недоставл',
  'не доставлено',
  'невозможно доставить',
  'уведомление о состоянии доставки',
  '配信不能',
  '配信できません',
  '配送不能',
  '配信状態の通知',
  '未配信',
];

// "Fwd:", "FW:", "TR:", "WG:", "RV:", "I:", "ENC:" in front of a forwarded bounce. A reply ("Re: …")
// is a human writing about a bounce and is left to its sender and body.
const FORWARD_PREFIX = /^(?:(?:fwd?|tr|wg|rv|i|enc)\s{0,3}:\s{0,3}){1,3}/;

// A Gmail thread shows its one subject for every message: a 100-message thread asks 100 times.
let lastSubject = '';
let lastVerdict = false;

/** Whether a subject reads like an NDR's or a delay notice's ("Undeliverable: …"), forwarded or not. */
export function looksLikeBounceSubject(subject: string): boolean {
  if (subject === lastSubject) return lastVerdict;
  const s = subject.trim().slice(0, 200).toLowerCase().replace(FORWARD_PREFIX, '');
  lastSubject = subject;
  lastVerdict = SUBJECT_PREFIXES.some((p) => s.startsWith(p));
  return lastVerdict;
}

// Opening lines of NDR bodies (../shared/reference/webmail/README.md §3): Gmail card titles,
// Exchange old and new layouts, Postfix, Exim, qmail, sendmail, Yahoo, RFC 3464 fields.
const BODY_MARKERS =
  /address not found|message blocked|message not delivered|delivery incomplete|couldn't be delivered|could not be delivered|wasn't delivered to|delivery has failed to these recipients|rejected your message to the following|this is the mail system at host|qmail-send program|the following addresses had permanent fatal errors|unable to deliver your message|there was a problem delivering your message|diagnostic information for administrators|reporting-mta:|final-recipient:|konnte nicht zugestellt werden|n'a pas pu être remis|no se pudo entregar|non è stato possibile recapitare|não pôde ser entregue|kan niet worden bezorgd|не удалось доставить|配信できませんでした/i;

/** How many characters of the body's opening the marker test reads. */
export const HEAD_CHARS = 600;

function localPart(address: string): string {
  const at = address.lastIndexOf('@');
  return (at >= 0 ? address.slice(0, at) : address).trim();
}

export function looksLikeBounce(input: PrecheckInput): boolean {
  if (input.senderAddress && SENDER_LOCAL.test(localPart(input.senderAddress))) return true;
  if (input.senderName && SENDER_NAMES.has(input.senderName.trim().toLowerCase())) return true;
  if (input.subject && looksLikeBounceSubject(input.subject)) return true;
  // The opening text decides only when the page shows no sender address (OWA for some senders):
  // with a known, ordinary sender, a message that starts by quoting a bounce is a human's mail.
  if (input.senderAddress) return false;
  return BODY_MARKERS.test(input.head.slice(0, HEAD_CHARS));
}
