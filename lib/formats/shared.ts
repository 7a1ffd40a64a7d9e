// Helpers every layout decoder needs: addresses, codes, hosts, SMTP commands, DSN fields and the
// "recipient line, then indented diagnostic lines" block structure most MTAs print.
// All patterns are bounded and free of nested quantifiers so they run in linear time on untrusted
// input (team brief: no catastrophic backtracking).
import type {
  Action,
  DecodedMessage,
  DecodedRecipient,
  MessageKind,
  MessageParts,
  Reason,
  SmtpCommand,
} from '../types';
import type { FormatDecoder } from './index';

/** Longest text a decoder looks at; real notices are far shorter, pasted mailboxes are not. */
const MAX_TEXT = 200_000;

// White space other than a lone space: only then does folding change more than the ends.
const FOLDABLE = /[^\S ]| {2}/;

export function fold(s: string): string {
  // Most diagnostics are one line already; the replace would rebuild them space by space.
  return FOLDABLE.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

let linesOf: string | null = null;
let lastLines: readonly string[] = [];

/**
 * The text's lines (CRLF and CR folded). Most decoders of the registry call this on the same
 * parts.text in turn, so the last answer is kept; it is frozen because it is shared.
 */
export function lines(text: string): string[] {
  if (text !== linesOf) {
    const head = text.slice(0, MAX_TEXT);
    lastLines = Object.freeze((head.includes('\r') ? head.replace(/\r\n?/g, '\n') : head).split('\n'));
    linesOf = text;
  }
  return lastLines as string[];
}

// ---- addresses ----

// Addresses are found from each "@" outwards rather than with one regex over the whole text: a
// regex would try a 64-character local part at every position of a long, address-free text.
// Character classes as a table (bit 1: local part [\w.!#$%&'*+/=?^`{|}~-], bit 2: domain
// [A-Za-z0-9.-]); a regex test per character cost ~5× more.
const LOCAL = 1;
const DOMAIN = 2;
const ADDRESS_CHARS = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (/[\w.!#$%&'*+/=?^`{|}~-]/.test(ch)) t[c]! |= LOCAL;
    if (/[A-Za-z0-9.-]/.test(ch)) t[c]! |= DOMAIN;
  }
  return t;
})();

function isChar(s: string, i: number, kind: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 && (ADDRESS_CHARS[c]! & kind) !== 0;
}

function addressAt(s: string, at: number): { value: string; end: number } | null {
  let start = at;
  while (start > 0 && at - start < 64 && isChar(s, start - 1, LOCAL)) start--;
  let end = at + 1;
  while (end < s.length && end - at <= 253 && isChar(s, end, DOMAIN)) end++;
  const local = s.slice(start, at).replace(/^['"]+/, '');
  const domain = s.slice(at + 1, end).replace(/\.+$/, '');
  if (!local || !/^[A-Za-z0-9]/.test(domain)) return null;
  return { value: `${local}@${domain}`, end };
}

/** Every e-mail address in the string, in order, without brackets. */
export function findAddresses(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const at = s.indexOf('@', from);
    if (at < 0) return out;
    const found = addressAt(s, at);
    if (found) out.push(found.value);
    from = found ? Math.max(found.end, at + 1) : at + 1;
  }
}

/** First e-mail address in the string, without brackets; null when there is none. */
export function findAddress(s: string | null | undefined): string | null {
  if (!s) return null;
  let from = 0;
  for (;;) {
    const at = s.indexOf('@', from);
    if (at < 0) return null;
    const found = addressAt(s, at);
    if (found) return found.value;
    from = at + 1;
  }
}

export function sameAddress(a: string | null, b: string | null): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

// ---- codes ----

// RFC 3463 class.subject.detail. Not inside an IP address ("192.5.1.1") or a version number, and
// also as qmail and IMail print it, "(#5.1.1)".
const STATUS = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?!\.?\d)/;
// RFC 5321 reply code: three digits standing alone ("550 ", "550-", "smtp;550", "'550").
const REPLY = /(?<![\w.#/=@-])([245][0-5]\d)(?![\w/@]|\.\d|:\d)/;
// Amazon SES quotes the remote answer after its own code: "5.1.0 - Unknown address error 550-'5.7.1 …'".
const REPLY_THEN_STATUS = /(?<![\w.#/=@-])([245][0-5]\d)[ -]['"]?#?([245]\.\d{1,3}\.\d{1,3})(?!\.?\d)/;

export function findStatus(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = STATUS.exec(s);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : null;
}

function findReplyCode(s: string | null | undefined): string | null {
  if (!s) return null;
  const pair = REPLY_THEN_STATUS.exec(s);
  if (pair) return pair[1]!;
  const m = REPLY.exec(s);
  return m ? m[1]! : null;
}

/** Status and reply code printed in a diagnostic; a status printed right after a reply code wins. */
export function findCodes(s: string | null | undefined): { status: string | null; replyCode: string | null } {
  if (!s) return { status: null, replyCode: null };
  const pair = REPLY_THEN_STATUS.exec(s);
  if (pair) return { replyCode: pair[1]!, status: pair[2]! };
  return { status: findStatus(s), replyCode: findReplyCode(s) };
}

/** "5.0.0"/"4.0.0" say only "failed"; a detailed code from the diagnostic is better evidence. */
function isGenericStatus(s: string | null): boolean {
  return !s || /^[245]\.0\.0$/.test(s);
}

// ---- hosts and commands ----

const HOST_PATTERNS: readonly RegExp[] = [
  // Postfix: "host mx.example.com[192.0.2.1] said:"; Exim: "host mx.example.com [192.0.2.1]:"
  /\bhost ([A-Za-z0-9][\w.-]{0,252}) ?\[[\dA-Fa-f.:]{3,45}\]/,
  // qmail: "remote host 192.0.2.32 said:"; DragonFly: "mx.example.com [192.0.2.1] did not like"
  /\bremote host ([\w.:-]{1,253}) said/i,
  /^([A-Za-z0-9][\w.-]{0,252}) \[[\dA-Fa-f.:]{3,45}\] did not like/m,
  // MailFoundry: "Server mx22.example.org[192.0.2.222] failed with:"
  /\bServer ([A-Za-z0-9][\w.-]{0,252}) ?\[[\dA-Fa-f.:]{3,45}\]/,
  // Exchange / Microsoft 365: "Remote server: mx.example.com", "Receiving server: …"
  /\b(?:Remote|Receiving) server:? ([A-Za-z0-9][\w.-]{0,252}\.[A-Za-z]{2,})/i,
];

export function findRemoteHost(s: string | null | undefined): string | null {
  if (!s) return null;
  for (const re of HOST_PATTERNS) {
    const m = re.exec(s);
    if (m?.[1] && /[A-Za-z0-9]\.[A-Za-z0-9]/.test(m[1])) return m[1].replace(/\.$/, '');
  }
  return null;
}

const COMMAND_WORDS: ReadonlyArray<[RegExp, SmtpCommand]> = [
  [/^RCPT/i, 'RCPT'],
  [/^MAIL/i, 'MAIL'],
  [/^(?:DATA|end of data|final DATA|BODY)/i, 'DATA'],
  [/^BDAT/i, 'BDAT'],
  [/^EHLO/i, 'EHLO'],
  [/^HELO/i, 'HELO'],
  [/^STARTTLS/i, 'STARTTLS'],
  [/^AUTH/i, 'AUTH'],
  [/^(?:initial (?:connection|server greeting)|connect|greeting|banner)/i, 'CONN'],
  [/^message body/i, 'DATA'],
  [/^QUIT/i, 'QUIT'],
];

const COMMAND_CONTEXTS: readonly RegExp[] = [
  // Postfix: "(in reply to RCPT TO command)", "(in reply to end of DATA command)"
  /in reply to ([A-Za-z]{2,8}(?: [A-Za-z]{2,4})?(?: DATA)?) command/i,
  // Exim: "SMTP error from remote mail server after RCPT TO:<…>:", "… after end of data:"
  /\bafter (?:pipelined )?(RCPT TO|MAIL FROM|end of data|initial connection|EHLO|HELO|STARTTLS|AUTH|DATA|BDAT)/i,
  // Postfix: "lost connection with mx[…] while sending RCPT TO", "… while receiving the initial server greeting"
  /while (?:sending|receiving the) (RCPT TO|MAIL FROM|DATA|end of data|message body|initial server greeting)/i,
  // Postfix: "host mx[…] refused to talk to me: 554 …" (the greeting)
  /refused to talk to me()/i,
  // Sendmail transcript: ">>> RCPT To:<…>" followed by "<<< 550 …"
  /^>>> ?(RCPT|MAIL|DATA|EHLO|HELO|STARTTLS|AUTH|BDAT|QUIT)\b/im,
  // DragonFly: "did not like our RCPT TO:", "… our final DATA:"
  /did not like our (RCPT TO|MAIL FROM|final DATA|DATA|EHLO|HELO|STARTTLS|AUTH)/i,
  // Yahoo: "[RCPT_TO]"; qmail: "most progress was RCPT TO response"
  /\[(RCPT_TO|MAIL_FROM|DATA|BODY)\]/,
  /most progress was (RCPT TO|MAIL FROM|DATA|EHLO|HELO) response/i,
  // Sendmail: "… while talking to mx.example.com.: >>> DATA"; OpenSMTPD "… (in reply to …)"
  /(?:error|failed) (?:in|after|during|on) (RCPT TO|MAIL FROM|DATA|EHLO|HELO|connect|STARTTLS)\b/i,
  // m-FILTER prints the command on the line after "-------SMTP command"
  /SMTP command\s{1,8}(RCPT|MAIL|DATA|EHLO|HELO)\b/i,
];

export function findCommand(s: string | null | undefined): SmtpCommand | null {
  if (!s) return null;
  const found = commandIn(s);
  // Decoders pass the diagnostic as printed, and a wrap can split the phrase: Postfix writes
  //   5.2.2 <bob@example.net>... Mailbox over quota (in reply to RCPT TO
  //       command)
  // so the text is read once more with its line breaks and indentation folded to single spaces.
  return found ?? (/[\r\n]/.test(s) ? commandIn(s.replace(/\s+/g, ' ')) : null);
}

function commandIn(s: string): SmtpCommand | null {
  for (const re of COMMAND_CONTEXTS) {
    const m = re.exec(s);
    if (m && m[1] === '') return 'CONN';
    const word = m?.[1]?.replace('_', ' ');
    if (!word) continue;
    for (const [w, cmd] of COMMAND_WORDS) if (w.test(word)) return cmd;
  }
  return null;
}

// ---- recipients ----

export function recipient(partial: Partial<DecodedRecipient> & { address: string | null }): DecodedRecipient {
  return {
    address: partial.address,
    action: partial.action ?? null,
    status: partial.status ?? null,
    replyCode: partial.replyCode ?? null,
    remoteHost: partial.remoteHost ?? null,
    command: partial.command ?? null,
    diagnostic: partial.diagnostic ?? null,
    ...(partial.reasonHint ? { reasonHint: partial.reasonHint } : {}),
  };
}

/** A recipient from an address and the text printed about it: codes, host and command are read from it. */
export function fromDiagnostic(
  address: string | null,
  diagnosticText: string | null,
  extra: Partial<DecodedRecipient> = {},
): DecodedRecipient {
  const diagnostic = diagnosticText ? fold(diagnosticText) || null : null;
  const codes = findCodes(diagnostic);
  const status = extra.status ?? codes.status;
  return recipient({
    address,
    action: extra.action ?? actionFromCodes(status, extra.replyCode ?? codes.replyCode),
    status,
    replyCode: extra.replyCode ?? codes.replyCode,
    remoteHost: extra.remoteHost ?? findRemoteHost(diagnosticText),
    command: extra.command ?? findCommand(diagnosticText),
    diagnostic,
    ...(extra.reasonHint ? { reasonHint: extra.reasonHint } : {}),
  });
}

/**
 * The reply code decides when there is one: a 5xx reply is a final refusal (RFC 5321 §4.2.1) even
 * beside a 4.x.x status, as in Exchange's last notice "550 4.4.7 QUEUE.Expired; message expired".
 */
function actionFromCodes(status: string | null, replyCode: string | null): Action | null {
  if (replyCode?.startsWith('5')) return 'failed';
  if (!status) return null;
  if (status.startsWith('4')) return 'delayed';
  if (status.startsWith('5')) return 'failed';
  return null;
}

// RFC 3464's five Action values and the ones seen besides them: "deliverable" (Postfix "sendmail -bv"
// reports), "failure", "delay", "expired" (retry time reached: a failure).
export const ACTION_ALIASES: Readonly<Record<string, Action>> = {
  failed: 'failed',
  failure: 'failed',
  fail: 'failed',
  expired: 'failed',
  delayed: 'delayed',
  delay: 'delayed',
  delivered: 'delivered',
  deliverable: 'delivered',
  relayed: 'relayed',
  expanded: 'expanded',
};

function dsnValue(v: string | undefined): string | null {
  if (!v) return null;
  const i = v.indexOf(';');
  const out = fold(i >= 0 && i < 20 ? v.slice(i + 1) : v);
  return out || null;
}

/** The message/delivery-status part as recipients (RFC 3464 §2.3). */
export function dsnRecipients(parts: MessageParts): DecodedRecipient[] {
  const perRecipient = parts.dsn?.perRecipient ?? inlineDsnFields(parts.text);
  const out: DecodedRecipient[] = [];
  for (const f of perRecipient) {
    if (!f['final-recipient'] && !f['original-recipient']) continue;
    const address = findAddress(f['final-recipient']) ?? findAddress(f['original-recipient']) ?? null;
    const rawAddress = dsnValue(f['final-recipient']) ?? dsnValue(f['original-recipient']);
    // The diagnostic type says who wrote the text (RFC 3464 §2.3.6); "X-Unix" is a local delivery
    // program (procmail, maildrop, a pipe), which the classifier needs to see, so that type stays.
    const given = /^\s*x-unix\s*;/i.test(f['diagnostic-code'] ?? '')
      ? fold(f['diagnostic-code']!)
      : dsnValue(f['diagnostic-code']);
    // "Status: 5.2.1 (mailbox disabled, not accepting messages)": the reporting MTA's own words about
    // the code (an RFC 5322 comment) say more than a server's generic "User Unknown".
    const comment = /^\s*[245]\.\d{1,3}\.\d{1,3}\s*\(([^()]{3,200})\)/.exec(f.status ?? '')?.[1]?.trim();
    const diagnostic =
      comment && given && !given.toLowerCase().includes(comment.toLowerCase()) ? `${given} (${comment})` : given;
    const codes = findCodes(diagnostic);
    const printed = findStatus(f.status);
    // The Status field is the reporting MTA's summary (often 5.0.0 or an expiry 4.4.7); a code inside
    // the diagnostic is the answering server's own, more specific one.
    const status = codes.status ?? printed;
    const action =
      ACTION_ALIASES[(f.action ?? '').trim().toLowerCase().split(/\s/)[0] ?? ''] ??
      actionFromCodes(status, codes.replyCode);
    out.push(
      recipient({
        address: address ?? rawAddress,
        action,
        status,
        replyCode: codes.replyCode,
        // "dns; mx.example.jp (TCP|192.0.2.1|48044|192.0.2.2|25)", "dns; [192.0.2.1]": the host alone.
        remoteHost:
          dsnValue(f['remote-mta'])
            ?.split(' ')[0]
            ?.replace(/^\[|\]$/g, '') || null,
        command: findCommand(diagnostic),
        diagnostic,
      }),
    );
  }
  return out;
}

/**
 * Merges what the human-readable text says with the DSN part. The text usually carries the server's
 * whole answer (DSNs often truncate or generalise it), the DSN the exact fields; each fills the
 * other's gaps. Recipients are matched by address; without addresses, by position.
 */
export function mergeDsn(fromText: DecodedRecipient[], fromDsn: DecodedRecipient[]): DecodedRecipient[] {
  if (fromDsn.length === 0) return fromText;
  if (fromText.length === 0) return fromDsn;
  const used = new Set<number>();
  const merged = fromDsn.map((d, i) => {
    let j = fromText.findIndex((t, k) => !used.has(k) && sameAddress(t.address, d.address));
    if (j < 0 && fromText.length === fromDsn.length && !used.has(i)) j = i;
    if (j < 0) return d;
    used.add(j);
    return mergeOne(fromText[j]!, d);
  });
  fromText.forEach((t, k) => {
    if (!used.has(k) && t.address && !merged.some((m) => sameAddress(m.address, t.address))) merged.push(t);
  });
  return merged;
}

function mergeOne(t: DecodedRecipient, d: DecodedRecipient): DecodedRecipient {
  // The server's answer (it carries a code) beats a gateway's paraphrase; otherwise the fuller text.
  const coded = (s: string | null) => !!(s && (findReplyCode(s) || findStatus(s)));
  const longer =
    coded(t.diagnostic) !== coded(d.diagnostic)
      ? coded(t.diagnostic)
        ? t.diagnostic
        : d.diagnostic
      : (t.diagnostic?.length ?? 0) >= (d.diagnostic?.length ?? 0)
        ? t.diagnostic
        : d.diagnostic;
  const status = !isGenericStatus(t.status) && isGenericStatus(d.status) ? t.status : (d.status ?? t.status);
  return recipient({
    address: d.address ?? t.address,
    action: d.action ?? t.action,
    status,
    replyCode: t.replyCode ?? d.replyCode,
    remoteHost: d.remoteHost ?? t.remoteHost,
    command: t.command ?? d.command,
    diagnostic: longer ?? null,
    ...(t.reasonHint || d.reasonHint ? { reasonHint: (t.reasonHint ?? d.reasonHint) as Reason } : {}),
  });
}

/**
 * DSN fields printed inside the text body: broken MIME (a lost boundary) or notices that paste the
 * report into the text part ("Technical report:" in WorkMail, forwarded bounces).
 */
function inlineDsnFields(text: string): Array<Record<string, string>> {
  // Only groups with a Final-Recipient line are kept: without the word no line needs testing.
  if (!/final-recipient/i.test(text)) return [];
  const all = lines(text);
  const out: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  let last: string | null = null;
  for (const l of all) {
    const m = /^(Final-Recipient|Original-Recipient|Action|Status|Diagnostic-Code|Remote-MTA)\s*:\s*(.{0,1000})$/i.exec(
      l,
    );
    if (m) {
      const key = m[1]!.toLowerCase();
      if (!current || (key === 'final-recipient' && current['final-recipient'])) {
        current = {};
        out.push(current);
      }
      current[key] = m[2]!.trim();
      last = key;
      continue;
    }
    if (current && last && /^[ \t]+\S/.test(l)) {
      current[last] += ` ${l.trim()}`;
      continue;
    }
    last = null;
  }
  return out.filter((f) => f['final-recipient'] && f.action);
}

// ---- message-level helpers ----

export function header(parts: MessageParts, name: string): string | null {
  return parts.headers.get(name)?.[0] ?? null;
}

/** All header values of the message joined, for "is this system's bounce" checks. */
export function headerText(parts: MessageParts, ...names: string[]): string {
  return names.map((n) => (parts.headers.get(n) ?? []).join('\n')).join('\n');
}

export function kindOf(recipients: DecodedRecipient[], textSaysDelay = false): MessageKind {
  if (recipients.length === 0) return 'not-bounce';
  if (recipients.some((r) => r.action === 'failed' || r.status?.startsWith('5'))) return 'failure';
  if (recipients.every((r) => r.action === 'delivered' || r.action === 'relayed' || r.action === 'expanded')) {
    return 'delivery-report';
  }
  if (textSaysDelay || recipients.some((r) => r.action === 'delayed' || r.status?.startsWith('4'))) return 'delay';
  return 'failure';
}

function reportingHostOf(parts: MessageParts): string | null {
  const mta = parts.dsn?.perMessage['reporting-mta'];
  if (mta) return dsnValue(mta);
  const from = fromAddress(parts);
  const at = from?.lastIndexOf('@') ?? -1;
  return from && at > 0 ? from.slice(at + 1) : null;
}

export function message(
  parts: MessageParts,
  format: string,
  recipients: DecodedRecipient[],
  kind?: MessageKind,
): DecodedMessage {
  return {
    kind: kind ?? kindOf(recipients),
    format,
    from: parts.from,
    subject: parts.subject,
    reportingHost: reportingHostOf(parts),
    recipients,
  };
}

// ---- the common block layout ----

/**
 * Describes a plain-text notice whose failed recipients each start a line, followed by lines about
 * that recipient. Most MTAs print this shape (Exim, qmail, Postfix, Yahoo, Zoho, …); a decoder
 * supplies where the list starts and ends and what a recipient line looks like.
 */
export interface BlockLayout {
  /** The first line of the recipient list; parsing starts on the line after it (or on it, see startInclusive). */
  start: RegExp;
  startInclusive?: boolean;
  /** Where the notice ends (the returned message begins). */
  end: RegExp;
  /** A recipient line; the first group is the address (or what stands for it), the second the rest of the line. */
  recipient: RegExp;
  /** Lines that are boilerplate, not part of a diagnostic. */
  skip?: RegExp;
  /** Keep at most this many diagnostic lines per recipient. */
  maxLines?: number;
}

export interface Block {
  address: string;
  lines: string[];
}

export function parseBlocks(text: string, layout: BlockLayout): Block[] {
  const all = lines(text);
  const startAt = all.findIndex((l) => layout.start.test(l));
  if (startAt < 0) return [];
  const blocks: Block[] = [];
  let current: Block | null = null;
  const max = layout.maxLines ?? 40;
  for (let i = layout.startInclusive ? startAt : startAt + 1; i < all.length; i++) {
    const line = all[i]!;
    if (i > startAt && layout.end.test(line)) break;
    const m = layout.recipient.exec(line);
    if (m?.[1]) {
      current = { address: m[1].trim(), lines: m[2]?.trim() ? [m[2].trim()] : [] };
      blocks.push(current);
      continue;
    }
    if (!current || !line.trim() || layout.skip?.test(line) || layout.skip?.test(line.trim())) continue;
    if (current.lines.length < max) current.lines.push(line.trim());
  }
  return blocks;
}

/** A decoder that recognises its system, reads its blocks and merges the DSN part when there is one. */
export function blockDecoder(spec: {
  id: string;
  matches(parts: MessageParts): boolean;
  layout: BlockLayout;
  /** Turns one block into a recipient; default: address + all lines as diagnostic. */
  toRecipient?(block: Block, parts: MessageParts): DecodedRecipient | null;
  /** Delay notices of this system ("will retry", "has been delayed"). */
  delay?: RegExp;
}): FormatDecoder {
  return {
    id: spec.id,
    decode(parts) {
      if (!spec.matches(parts)) return null;
      const blocks = parseBlocks(parts.text, spec.layout);
      const toRec =
        spec.toRecipient ?? ((b: Block) => fromDiagnostic(findAddress(b.address) ?? b.address, b.lines.join('\n')));
      const fromText = blocks.map((b) => toRec(b, parts)).filter((r): r is DecodedRecipient => r !== null);
      const recipients = mergeDsn(fromText, dsnRecipients(parts));
      if (recipients.length === 0) return null;
      const delayed = !!spec.delay?.test(parts.text);
      if (delayed) for (const r of recipients) if (!r.action) r.action = 'delayed';
      return message(parts, spec.id, recipients, kindOf(recipients, delayed));
    },
  };
}

/** The sender's bare address (MessageParts.from is the header as printed, display name included). */
export function fromAddress(parts: MessageParts): string | null {
  return findAddress(parts.from)?.toLowerCase() ?? null;
}

/** From, Subject and a few headers as one string, lower-cased, for cheap "which system" checks. */
export function envelopeText(parts: MessageParts): string {
  return `${parts.from ?? ''}\n${parts.subject ?? ''}`.toLowerCase();
}
