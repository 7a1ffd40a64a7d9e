// Visible-text mode: what a webmail page shows of a message (no headers, no hidden MIME parts,
// perhaps the sender and subject) or the text of a desktop client's error dialog. Also the engine's
// last resort for raw messages no layout decoder claimed (lib/analyze.ts).
//
// Order: a client error dialog → the per-system layout decoders run on the text alone (most of them
// read the text body anyway) → Gmail's card as the page renders it → a generic reading that only
// fires when the text says it is a non-delivery report → a pasted server reply on its own.
import { decodeMessage } from '../formats';
import { gmailResponse } from '../formats/gmail';
import {
  findAddress,
  findAddresses,
  findCodes,
  findCommand,
  findRemoteHost,
  fold,
  fromDiagnostic,
  kindOf,
  sameAddress,
} from '../formats/shared';
import type { DecodedMessage, DecodedRecipient, MessageKind, MessageParts, VisibleTextInput } from '../types';
import { clientError } from './clients';
import {
  AUTO_REPLY,
  BOUNCE_BODY,
  BOUNCE_BODY_STRONG,
  BOUNCE_SUBJECT,
  DAEMON_SENDER,
  DELAY,
  DELIVERED,
  FEEDBACK,
  GAVE_UP,
  STILL_TRYING,
} from './phrases';
import { pastedReply } from './reply';

const MAX = 200_000;

// A line carrying an SMTP answer: "550 5.1.1 …", "550-5.7.26 …", "#550 5.1.1 …", "5.1.1 …",
// "smtp;550 …", "Remote Server returned '550 …'".
const CODE_LINE =
  /(?:^|[\s'"(#:;>-])(?:[245][0-5]\d[ -](?:#?[245]\.\d{1,3}\.\d{1,3})?|[245]\.\d{1,3}\.\d{1,3}(?![\d.]))/;

function partsFromText(input: VisibleTextInput, text: string): MessageParts {
  const headers = new Map<string, string[]>();
  if (input.sender) headers.set('from', [input.sender]);
  if (input.subject) headers.set('subject', [input.subject]);
  return {
    headers,
    from: input.sender ?? null,
    subject: input.subject ?? null,
    text,
    dsn: null,
    feedback: null,
    originalHeaders: null,
  };
}

function empty(input: VisibleTextInput, kind: MessageKind = 'not-bounce'): DecodedMessage {
  return {
    kind,
    format: null,
    from: input.sender ?? null,
    subject: input.subject ?? null,
    reportingHost: null,
    recipients: [],
  };
}

const GMAIL_TITLE =
  /^\s*(?:\*\* )?(Address not found|Message blocked|Message not delivered|Delivery incomplete|Message rejected|Recipient inbox full|Delivery Status Notification \(Failure\))(?: \*\*)?\s*$/i;

/** Gmail's own NDR as the page renders its card: title, sentence with the recipient, response. */
function gmailCard(lines: string[]): DecodedRecipient[] {
  const at = lines.findIndex((l) => GMAIL_TITLE.test(l));
  if (at < 0) return [];
  const sentence = lines.slice(at + 1, at + 8).join(' ');
  const addr =
    /(?:delivered to|delivering your message to|Your message to|message to) (\S{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8})(?=[ .,]|$)/i.exec(
      sentence,
    )?.[1] ?? null;
  const response = gmailResponse(lines);
  if (!addr && !response) return [];
  const delay = /Delivery incomplete/i.test(lines[at]!) || /temporary problem|will retry/i.test(sentence);
  return [fromDiagnostic(findAddress(addr), response ?? fold(sentence), delay ? { action: 'delayed' } : {})];
}

/** The SMTP answer in the text: the first code line and the lines continuing it. */
function codeBlock(lines: string[]): { at: number; text: string } | null {
  const at = lines.findIndex((l) => CODE_LINE.test(l) && !/^\s*(?:Date|Received|Message-ID|X-[\w-]+):/i.test(l));
  if (at < 0) return null;
  const out = [lines[at]!];
  const prefix = /^\s*([245]\d\d)-/.exec(lines[at]!)?.[1];
  for (let i = at + 1; i < lines.length && out.length < 12; i++) {
    const l = lines[i]!;
    if (!l.trim()) break;
    // "550-5.7.26 …" continuations, or indented wrapped lines.
    if ((prefix && new RegExp(`^\\s*${prefix}[ -]`).test(l)) || /^\s{2,}\S/.test(l)) out.push(l);
    else break;
  }
  return { at, text: out.join('\n') };
}

/** Addresses listed under "… following recipients/addresses:" headings. */
function listedAddresses(lines: string[]): string[] {
  const at = lines.findIndex((l) =>
    /following (?:recipients?|address(?:es|\(es\))?|e-?mail address(?:es)?)(?: or groups| or distribution lists)?[^:]{0,40}:\s*$/i.test(
      l,
    ),
  );
  if (at < 0) return [];
  const out: string[] = [];
  for (const l of lines.slice(at + 1, at + 30)) {
    if (!l.trim()) {
      if (out.length) break;
      continue;
    }
    const a = /^\s*(?:[*-]\s+)?<?([^\s<>@]{1,64}@[\w.-]{1,253})>?(?:<mailto:[^>]{1,300}>)?:?\s*$/.exec(l);
    if (!a) break;
    out.push(a[1]!);
  }
  return out;
}

function genericBounce(input: VisibleTextInput, lines: string[], text: string): DecodedMessage | null {
  const subject = input.subject ?? '';
  const sender = findAddress(input.sender) ?? null;
  const head = text.slice(0, 20_000);
  const block = codeBlock(lines);
  const bounceSaid =
    BOUNCE_SUBJECT.test(subject) ||
    DAEMON_SENDER.test((input.sender ?? '').trim()) ||
    BOUNCE_BODY_STRONG.test(head) ||
    (block !== null && BOUNCE_BODY.test(head));
  if (!bounceSaid) return null;
  const listed = listedAddresses(lines).filter((a) => !sameAddress(a, sender));
  let diagnostic: string | null = block ? block.text : null;
  if (!diagnostic) {
    // "User's mailbox is full: <user@example.jp>", "Unknown user: user@example.com": the reason names
    // the recipient on the same line.
    const labelled = lines.find(
      (l) =>
        /^\s*[A-Z][\w' ().-]{2,80}: <?[^\s<>@]{1,64}@[\w.-]{1,253}>?\s*$/.test(l) &&
        !/^\s*(?:From|To|Cc|Reply-To|Sender|Return-Path|Delivered-To):/i.test(l),
    );
    if (labelled) diagnostic = labelled.trim();
  }
  if (!diagnostic) {
    // No code: the sentence that says what happened is the best diagnostic there is.
    // With the lines after it: "… was automatically rejected:" / "Not enough disk space".
    const at = lines.findIndex((l) => BOUNCE_BODY.test(l));
    if (at >= 0) {
      const more: string[] = [lines[at]!.trim()];
      for (const l of lines.slice(at + 1, at + 4)) {
        if (!l.trim() || findAddress(l) || /^-{3,}|^[A-Z][\w-]{1,30}: /.test(l.trim())) break;
        more.push(l.trim());
      }
      diagnostic = more.join(' ');
    }
  }
  let addresses = listed;
  if (!addresses.length) {
    const near = block ? lines.slice(Math.max(0, block.at - 8), block.at + 3).join('\n') : '';
    const candidates = [
      ...findAddresses(block?.text ?? ''),
      ...findAddresses(near),
      ...[
        ...text.matchAll(
          /\b(?:to|an|à|a|para|aan|для) <?([^\s<>@]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8})>?(?=[\s.,;:)]|$)/gi,
        ),
      ].map((m) => m[1]!),
      ...findAddresses(text.slice(0, 5000)),
    ].filter((a) => !sameAddress(a, sender) && !/^(?:mailer-daemon|postmaster)@/i.test(a));
    addresses = candidates.length ? [candidates[0]!] : [];
  }
  const delay = DELAY.test(text.slice(0, 20_000)) || /delay/i.test(subject);
  // The text says "not delivered" but names nobody: still a bounce, for an unknown recipient.
  const recipients = (addresses.length ? addresses : [null]).map((a) =>
    fromDiagnostic(a, diagnostic, delay && !findCodes(diagnostic).status?.startsWith('5') ? { action: 'delayed' } : {}),
  );
  for (const r of recipients) {
    r.remoteHost ??= findRemoteHost(text);
    r.command ??= findCommand(text);
  }
  return {
    kind: kindOf(recipients, delay),
    format: 'text',
    from: input.sender ?? null,
    subject: input.subject ?? null,
    reportingHost: null,
    recipients,
  };
}

/**
 * Decoders read a 4xx answer as "still trying" because that is what the code class says; in a page
 * without the DSN's Action field, the notice's own words decide. "Undelivered Mail Returned to
 * Sender" … "421 4.7.0 [TSS04] … temporarily deferred" is the last answer before the server gave up.
 */
function finalNotice(input: VisibleTextInput, text: string, d: DecodedMessage): DecodedMessage {
  if (d.kind !== 'delay') return d;
  const said = `${input.subject ?? ''}\n${text.slice(0, 20_000)}`;
  if (!GAVE_UP.test(said) || STILL_TRYING.test(said)) return d;
  return {
    ...d,
    kind: 'failure',
    recipients: d.recipients.map((r) => (r.action === 'delayed' || !r.action ? { ...r, action: 'failed' } : r)),
  };
}

function withMeta(input: VisibleTextInput, d: DecodedMessage): DecodedMessage {
  return { ...d, from: d.from ?? input.sender ?? null, subject: d.subject ?? input.subject ?? null };
}

export function decodeVisibleText(input: VisibleTextInput): DecodedMessage {
  // Webmail renders "<user@example.net>" as a link and the copied text reads "< user@example.net >".
  const text = input.text
    .slice(0, MAX)
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/< ([^\s<>@]{1,64}@[^\s<>]{1,253}) >/g, '<$1>');
  if (!text.trim()) return empty(input);

  const client = clientError(text, input);
  if (client) return client;

  const lines = text.split('\n');
  const subject = input.subject ?? '';

  const decoded = decodeMessage(partsFromText(input, text));
  if (decoded?.recipients.length && decoded.kind !== 'not-bounce')
    return withMeta(input, finalNotice(input, text, decoded));

  const card = gmailCard(lines);
  if (card.length) return { ...empty(input), kind: kindOf(card), format: 'gmail', recipients: card };

  if (AUTO_REPLY.test(subject.trim())) {
    const who = findAddress(input.sender);
    const rec = fromDiagnostic(who, fold(lines.slice(0, 4).join(' ')).slice(0, 300) || null);
    rec.action = null;
    return { ...empty(input, 'auto-reply'), format: 'text', recipients: [{ ...rec, reasonHint: 'vacation' }] };
  }

  const bounce = genericBounce(input, lines, text);
  if (bounce) return finalNotice(input, text, bounce);

  // A paste comes without sender and subject. The webmail content script and the raw-message
  // fallback pass the message's own, and there a message that is only a server's reply was written
  // by someone (a colleague asking about it), not by a mail system: the rules above decide those.
  if (!input.sender && !input.subject) {
    const reply = pastedReply(text);
    if (reply) return reply;
  }

  if (FEEDBACK.test(subject) || FEEDBACK.test(text.slice(0, 3000))) {
    const rec = fromDiagnostic(findAddresses(text.slice(0, 5000))[0] ?? null, null);
    rec.action = null;
    return { ...empty(input, 'feedback'), format: 'text', recipients: [{ ...rec, reasonHint: 'feedback' }] };
  }
  if (DELIVERED.test(subject)) return empty(input, 'delivery-report');
  return empty(input);
}
