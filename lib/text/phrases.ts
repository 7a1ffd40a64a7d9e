// Words that make a visible text a bounce, a delay warning, an auto-reply or a complaint report, in
// the languages bounces are written in (NDR text follows the recipient's or tenant's language:
// ../shared/reference/webmail/README.md §3.3). Bounded alternations only, matched once per text.

/** Subjects of non-delivery reports. */
export const BOUNCE_SUBJECT = new RegExp(
  [
    // English: "Undeliverable:", "Undelivered Mail Returned to Sender", "Delivery Status Notification (Failure)",
    // "Mail delivery failed", "Returned mail: see transcript", "failure notice", "Message not delivered"
    'undeliver',
    'not (?:be )?delivered',
    'delivery (?:status notification|failure|has failed|problem|incomplete)',
    'returned mail',
    'failure notice',
    'mail delivery failed',
    'non[- ]?delivery',
    'could not be delivered',
    'delivery failure',
    'mail system error',
    'message .{0,30}blocked',
    // German "Unzustellbar", French "Non remis", Spanish "No se puede entregar" / "No entregado",
    // Italian "Non recapitabile", Portuguese "Não entregue", Dutch "Onbestelbaar",
    // Russian "Недоставлено" / "не доставлено", Japanese "配信不能" / "配送エラー" / "送信できません"
    'unzustellbar',
    'nicht zugestellt',
    'non remis',
    'non distribu',
    'no se puede entregar',
    'no entregado',
    'non recapitabile',
    'n[ãa]o (?:entregue|foi poss[ií]vel entregar)',
    'onbestelbaar',
    'niet bezorgd',
    'недоставлен',
    'не доставлен',
    '配信不能',
    '配送エラー',
    '送信できません',
    '配信できません',
  ].join('|'),
  'i',
);

/**
 * Sentences only a mail system's non-delivery report writes: they name the mail machinery
 * ("recipients", "address(es) failed", "remote server", "diagnostic information …"). Enough alone.
 */
export const BOUNCE_BODY_STRONG = new RegExp(
  [
    'delivery to the following recipients? (?:failed|has been delayed)',
    'address(?:\\(es\\))? failed',
    'the following addresses had',
    'did not reach the following recipient',
    "following recipients? (?:cannot|could not|can\u2019?'?t) be (?:delivered|reached)",
    'the response (?:from the remote server )?was:',
    'remote server returned',
    'diagnostic information for administrators',
    'error that the other server returned',
    'rejected your message to the following',
    "your message (?:to \\S{1,100} )?(?:couldn't|could not|cannot|can't|wasn't|was not) (?:be )?delivered",
    'undelivered mail returned to sender',
    'this is the mail system at host',
    'qmail-send program',
    'mail delivery software',
    'were unable to deliver your message',
    "wasn't able to deliver your message",
    'unable to deliver (?:your )?message to the following',
    'delivery status notification',
    'échec de la remise pour ces destinataires',
    'il recapito non è riuscito per i seguenti destinatari',
    'falha na entrega a estes destinatários',
    'kan niet worden bezorgd bij de volgende geadresseerden',
  ].join('|'),
  'i',
);

/**
 * Sentences a bounce says but a parcel notice or a chat about mail problems may say too ("could not
 * be delivered", "konnte nicht zugestellt werden"). They count only beside an SMTP answer, a
 * bounce subject or a mailer-daemon sender.
 */
export const BOUNCE_BODY = new RegExp(
  [
    'could not be delivered',
    "couldn't be delivered",
    'could not be sent',
    'not been delivered',
    'non-?deliverable',
    // Barracuda: "Your message to: x was blocked by our Spam Firewall"; "… was automatically rejected"
    'your (?:message|mail|e-?mail)\\b.{0,80}\\b(?:rejected|blocked|bounced|returned)',
    "wasn\u2019?'?t delivered to",
    'was not delivered',
    'delivery (?:has )?failed',
    'undeliverable',
    'permanent(?:ly)? (?:error|fail)',
    'unable to deliver',
    'returned to sender',
    'message (?:was )?(?:rejected|blocked|bounced)',
    'address not found',
    'message not delivered',
    'delivery incomplete',
    // German, French, Spanish, Italian, Portuguese, Dutch, Russian, Japanese
    'konnte nicht zugestellt werden',
    'zustellung .{0,40}fehlgeschlagen',
    "n\u2019?'?a pas pu être remis",
    'échec de la remise',
    'no se pudo entregar',
    'error en la entrega',
    'non è stato possibile recapitare',
    'il recapito non è riuscito',
    'não foi possível entregar',
    'falha na entrega',
    'kan niet worden bezorgd',
    'bezorging .{0,40}mislukt',
    'не может быть доставлено',
    'не удалось доставить',
    'не доставлено',
    '配信できませんでした',
    '送信できませんでした',
    '配信されませんでした',
    '届きませんでした',
    '配信に失敗',
    '宛先不明',
    'recapito non riuscito',
  ].join('|'),
  'i',
);

/**
 * Senders of bounces as a webmail shows them: "Mail Delivery Subsystem", "MAILER-DAEMON". Not
 * "postmaster": postmasters also send policy notices and abuse replies, and their bounces say enough.
 */
export const DAEMON_SENDER =
  /\b(?:mailer-daemon|mail-daemon|mailer_daemon|mail delivery (?:system|subsystem)|mdaemon)\b|^microsoft outlook$/i;

/** "still trying" warnings. */
export const DELAY =
  /has been delayed|delivery (?:is )?delayed|delivery incomplete|will (?:retry|keep trying|continue trying|be retried)|still (?:trying|being retried)|not yet been delivered|THIS IS A WARNING MESSAGE ONLY|temporary (?:problem|failure)|Gmail will retry|verzögert|retardée|retrasad|ritardat|atrasad|vertraagd|задерж/i;

/** Auto-replies (RFC 3834 in spirit): out of office, vacation, "auto reply". */
export const AUTO_REPLY =
  /^(?:auto(?:matic)?[ -]?(?:reply|response|answer)|out of (?:the )?office|abwesenheit|abwesend|r[ée]ponse automatique|respuesta autom[aá]tica|fuera de la oficina|risposta automatica|resposta autom[aá]tica|automatisch antwoord|автоответ|自動応答|不在)/i;

/** Complaint / feedback-loop reports shown as text. */
export const FEEDBACK =
  /\b(?:(?:e-?mail )?abuse (?:report|complaint)|opt-out report|(?:spf\/dkim )?authentication[- ]failure report|feedback(?:[- ]loop| report)|complaint (?:report|notification|about message)|marked (?:as|this message as) spam)\b/i;

/** Delivered / relayed receipts. */
export const DELIVERED =
  /^(?:delivered|relayed|delivery status notification \(success\))|\bwas (?:successfully )?delivered to\b|delivery to .{1,100} (?:succeeded|was successful|complete)/i;

/**
 * A notice that says the mail system is still trying. Only such wording makes a notice a delay
 * warning; a 4xx reply quoted in a final notice is the last answer before the server gave up.
 */
export const STILL_TRYING =
  /warning (?:message )?only|still (?:being retried|trying)|will (?:retry|keep trying|continue (?:trying|to try)|be retried|try again)|I'll keep trying|delivery (?:is |has been )?delayed|has been delayed|delayed mail|delayed \d{1,4} (?:minutes?|hours?|days?)|\(delay\)|delivery incomplete|not yet been delivered|hasn't been delivered yet|verzögert|retardée|retrasad|ritardat|atrasad|vertraagd|задерж/i;

/** A notice that says the mail system gave up on the message. */
export const GAVE_UP =
  /failed permanently|permanent (?:error|failure|fatal)|not going to try again|(?:given|gave) up|undelivered mail returned|returned mail|could(?: not|n't) be delivered|delivery (?:has )?failed|will not continue trying|mail delivery failed|undeliverable/i;
