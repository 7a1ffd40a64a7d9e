// Shared vocabulary of the analysis engine. Everything here is plain data: lib/ runs in the
// content script, the popup and the CLI alike, so it may not touch the DOM, Node or browser.*.

/**
 * The 36 bounce reasons, Sisimai 5.2's vocabulary (../shared/reference/reasons.md), so results can
 * be compared with the reference classifier. A literal union: a typo is a compile error.
 */
export const REASONS = [
  'authfailure',
  'badreputation',
  'blocked',
  'contenterror',
  'delivered',
  'exceedlimit',
  'expired',
  'failedstarttls',
  'feedback',
  'filtered',
  'hasmoved',
  'hostunknown',
  'mailboxfull',
  'mailererror',
  'mesgtoobig',
  'networkerror',
  'norelaying',
  'notaccept',
  'notcompliantrfc',
  'onhold',
  'policyviolation',
  'rejected',
  'requireptr',
  'securityerror',
  'spamdetected',
  'speeding',
  'suppressed',
  'suspend',
  'syntaxerror',
  'systemerror',
  'systemfull',
  'toomanyconn',
  'undefined',
  'userunknown',
  'vacation',
  'virusdetected',
] as const;
export type Reason = (typeof REASONS)[number];

/** What kind of message was analysed. Only `failure` and `delay` are bounces a user must act on. */
export type MessageKind =
  | 'failure' // permanent or mixed non-delivery report
  | 'delay' // "still trying" warning
  | 'delivery-report' // success / relayed / expanded DSN
  | 'auto-reply' // RFC 3834 out-of-office and the like
  | 'feedback' // ARF / RFC 5965 complaint report
  | 'not-bounce';

/** RFC 3464 Action values. */
export type Action = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';

/** SMTP command the remote server answered, when the bounce says so. */
export type SmtpCommand = 'CONN' | 'HELO' | 'EHLO' | 'STARTTLS' | 'AUTH' | 'MAIL' | 'RCPT' | 'DATA' | 'BDAT' | 'QUIT';

/**
 * One recipient as a format decoder read it, before classification. Decoders fill what the bounce
 * shows and leave the rest null; they never invent codes.
 */
export interface DecodedRecipient {
  address: string | null;
  action: Action | null;
  /** RFC 3463 enhanced status code as printed, e.g. "5.1.1". */
  status: string | null;
  /** RFC 5321 three-digit reply code, e.g. "550". */
  replyCode: string | null;
  /** Host that gave the answer (Remote-MTA or the host named in the text). */
  remoteHost: string | null;
  command: SmtpCommand | null;
  /** The diagnostic line(s) as received, whitespace folded, nothing else changed. */
  diagnostic: string | null;
  /** Set only when the format itself decides the reason (ARF → feedback, SES "Suppressed", …). */
  reasonHint?: Reason;
  /** Desktop-client error number when the text is a client's error dialog, e.g. "0x800CCC79". */
  clientError?: string;
}

/** What the decoding stage hands to classification, for one message. */
export interface DecodedMessage {
  kind: MessageKind;
  /** Id of the decoder that read it, e.g. "postfix", "exchange-online", "rfc3464", "text". */
  format: string | null;
  from: string | null;
  subject: string | null;
  /** Reporting-MTA or the host that wrote the bounce. */
  reportingHost: string | null;
  recipients: DecodedRecipient[];
}

/** Context classification and cause selection may use besides the recipient itself. */
export interface ClassifyContext {
  format: string | null;
  kind: MessageKind;
  reportingHost: string | null;
  from: string | null;
  subject: string | null;
}

/** Final per-recipient diagnosis. `cause` is an id from lib/causes (see CauseId there). */
export interface RecipientDiagnosis extends Omit<DecodedRecipient, 'reasonHint'> {
  reason: Reason;
  cause: string;
}

export interface MessageAnalysis {
  /** True for failures and delay warnings: something did not arrive. */
  bounce: boolean;
  kind: MessageKind;
  format: string | null;
  from: string | null;
  subject: string | null;
  /** The message's own Date header as written; absent for visible text, which has none. */
  date?: string | null;
  reportingHost: string | null;
  recipients: RecipientDiagnosis[];
}

/** Input for the visible-text mode: what a webmail page or a pasted error shows. */
export interface VisibleTextInput {
  text: string;
  sender?: string | null;
  subject?: string | null;
}

// ---- Decoding stage input (lib/mime → lib/formats) ----

/** A parsed message/delivery-status part (RFC 3464). Field names lower-cased, values unfolded. */
export interface DeliveryStatus {
  perMessage: Readonly<Record<string, string>>;
  perRecipient: ReadonlyArray<Readonly<Record<string, string>>>;
}

/** One message, MIME-decoded, as the format decoders see it. */
export interface MessageParts {
  /** Top-level headers: lower-case name → decoded values in order. */
  headers: ReadonlyMap<string, readonly string[]>;
  from: string | null;
  subject: string | null;
  /** The human-readable body: text/plain parts (or text from HTML when there is none), decoded. */
  text: string;
  /** The first message/delivery-status part, parsed; null when there is none. */
  dsn: DeliveryStatus | null;
  /** message/feedback-report fields (ARF), lower-case names; null when there is none. */
  feedback: Readonly<Record<string, string>> | null;
  /** Header block of the returned original (text/rfc822-headers or message/rfc822), as text. */
  originalHeaders: string | null;
}

// ---- Knowledge base output (lib/causes → components) ----

/** Who has to do something about a failed recipient. */
export type WhoActs = 'you' | 'your-admin' | 'recipient' | 'nobody';

/** Mail clients and admin consoles that fix steps are written for. */
export type ClientId =
  | 'gmail-web'
  | 'outlook-web'
  | 'outlook-classic'
  | 'outlook-new'
  | 'outlook-mac'
  | 'apple-mail'
  | 'thunderbird'
  | 'mobile'
  | 'm365-admin'
  | 'google-admin'
  | 'mail-server';

/** A resolved link from the allow-list (lib/causes/links.ts); always https. */
export interface LinkRef {
  id: string;
  label: string;
  url: string;
}

interface FixStep {
  text: string;
  link?: LinkRef;
}

export interface FixGroup {
  client: ClientId;
  /** "Gmail on the web", "Microsoft 365 admin" … */
  label: string;
  audience: 'sender' | 'admin';
  steps: FixStep[];
}

export interface CodeMeaning {
  code: string;
  kind: 'enhanced' | 'reply' | 'provider' | 'client';
  meaning: string;
}

/** Where the explanation is shown; used to default the client and to build account-aware links. */
export interface ExplainContext {
  webmail: 'gmail' | 'outlook' | null;
  /** Page host, e.g. "outlook.office.com" (Outlook links use the host the user is on). */
  host?: string | null;
  /** Gmail's /mail/u/<n>/ account index. */
  gmailAccountIndex?: number | null;
}

export interface Explanation {
  cause: string;
  reason: Reason;
  /** One line: "Relay denied: your mail server wants you to sign in". */
  title: string;
  /** Short badge text: "Relay denied — how to fix". */
  badge: string;
  /** Plain-language explanation a non-technical sender understands. */
  summary: string;
  temporary: boolean;
  whoActs: WhoActs;
  /** "You", "Your mail admin", … in words. */
  whoActsLabel: string;
  fixes: FixGroup[];
  codes: CodeMeaning[];
  /** True when the panel should offer the interactive relay check. */
  relayCheck: boolean;
}
