// Sendmail 8 (and Sendmail V5 / SunOS-era notices, which only have the transcript).
//      ----- The following addresses had permanent fatal errors -----
//   <user@example.com>
//       (reason: 550 5.1.1 <user@example.com>... User unknown)
//      ----- Transcript of session follows -----
//   ... while talking to mx.example.com.:
//   >>> RCPT To:<user@example.com>
//   <<< 550 5.1.1 <user@example.com>... User unknown
import type { DecodedRecipient } from '../types';
import type { FormatDecoder } from './index';
import {
  dsnRecipients,
  findAddress,
  findCodes,
  findCommand,
  fold,
  fromDiagnostic,
  lines,
  mergeDsn,
  message,
} from './shared';

const ERRORS_HEADING =
  /^\s*-{3,} ?The following addresses had (?:permanent fatal errors|permanent delivery errors|transient non-fatal errors)/i;
const TRANSCRIPT = /^\s*-{3,} ?Transcript of session follows/i;
const END =
  /^\s*-{3,} ?(?:Original message|Unsent message follows|Message header follows|The original message|Below this line)|^\s*-{3,} ?.{0,40}(?:message|headers) follow/i;

const DASHED = /^\s*-{3}/;

interface Section {
  recipients: Array<{ address: string; reason: string | null }>;
  transcript: string[];
}

function sections(text: string): Section {
  const all = lines(text);
  const out: Section = { recipients: [], transcript: [] };
  let mode: 'none' | 'errors' | 'transcript' = 'none';
  let current: { address: string; reason: string | null } | null = null;
  for (const l of all) {
    // The three patterns open with a run of dashes: most lines need one test, not three.
    if (DASHED.test(l)) {
      if (END.test(l)) break;
      if (ERRORS_HEADING.test(l)) {
        mode = 'errors';
        continue;
      }
      if (TRANSCRIPT.test(l)) {
        mode = 'transcript';
        continue;
      }
    }
    if (mode === 'errors') {
      // "<user@example.com>", a bare address, or ActiveHunter's ">>> user@example.org <user@example.org>"
      const a =
        /^\s*(?:>>> ?)?<([^>\s]{1,254})>/.exec(l) ??
        /^(?:>>> ?)?(\S{1,64}@[^\s<>]{1,253})(?:\s+<[^>]{1,254}>)?\s*$/.exec(l);
      if (a) {
        current = { address: a[1]!, reason: null };
        out.recipients.push(current);
        continue;
      }
      const r = /^\s*\(reason: ?(.{0,1000}?)\)?\s*$/.exec(l);
      if (r && current) current.reason = r[1]!.trim() || null;
      else if (current?.reason && /^\s{4,}\S/.test(l) && !l.includes('(expanded from'))
        current.reason += ` ${l.trim()}`;
    } else if (mode === 'transcript' && l.trim()) {
      out.transcript.push(l);
    }
  }
  return out;
}

/** The remote server's answer in the transcript: the "<<<" lines after the last command sent. */
function serverAnswer(transcript: string[], address: string | null): string | null {
  const replies: string[] = [];
  let collecting = false;
  for (const l of transcript) {
    if (/^>>> /.test(l)) {
      if (replies.length) break;
      collecting = true;
      continue;
    }
    if (/^<<< ?[245]\d\d/.test(l)) {
      if (collecting || !replies.length) replies.push(l.replace(/^<<< ?/, ''));
      continue;
    }
    if (replies.length) break;
  }
  // A reply with no words ("<<< 421") explains nothing; sendmail's own lines after it do:
  // "<user@example.jp>... Deferred: 421" / "Message could not be delivered for 8 hours".
  if (replies.length === 1 && /^[245]\d\d\s*$/.test(replies[0]!)) {
    const at = transcript.findIndex((l) => /^<<< ?[245]\d\d\s*$/.test(l));
    const after = transcript.slice(at + 1, at + 5).filter((l) => !/^(?:<<<|>>>)/.test(l));
    return [replies[0]!, ...after].join('\n');
  }
  if (replies.length) return replies.join('\n');
  // Local failures: "550 5.1.1 <user@example.com>... User unknown" or "554 <user>... 550 Host unknown".
  const own = transcript.find(
    (l) => /^[245]\d\d[ -]/.test(l) && (!address || l.toLowerCase().includes(address.toLowerCase())),
  );
  // The local mailer's own words may come first: "mail.local: unknown user: user".
  const before = own ? transcript.slice(0, transcript.indexOf(own)).filter((l) => /^[\w.-]{1,40}: /.test(l)) : [];
  if (own && before.length) return [...before.slice(-3), own].join('\n');
  const coded = own ?? transcript.find((l) => /^[245]\d\d[ -]/.test(l));
  if (coded) return coded;
  // No reply at all: sendmail's own words ("<user@…>... Deferred: Name server: …: host name lookup
  // failure", "Message could not be delivered for 8 hours").
  const words = transcript.filter((l) => !/^\.\.\. while talking to|^>>> /i.test(l)).slice(0, 4);
  return words.length ? words.join('\n') : null;
}

/** Sendmail's own verdict for a recipient in the transcript: "550 5.1.1 <user@example.org>... User unknown". */
function ownVerdict(transcript: string[], address: string | null): string | null {
  if (!address) return null;
  const a = address.toLowerCase();
  return (
    transcript.find(
      (l) => /^[245]\d\d [245]\.\d{1,3}\.\d{1,3} <?[^\s<>]{1,254}>?\.\.\./.test(l) && l.toLowerCase().includes(a),
    ) ?? null
  );
}

/**
 * The whole line holding the first occurrence of `needle` ('' when absent), as /^.*needle.*$/m
 * finds it, but with indexOf: every message that reaches this decoder pays for the check.
 */
function lineWith(text: string, needle: string): string {
  const at = text.indexOf(needle);
  if (at < 0) return '';
  let start = at;
  while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) start--;
  let end = at + needle.length;
  while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** The characters a regex "." does not match: \n, \r, U+2028, U+2029. */
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

export const sendmail: FormatDecoder = {
  id: 'sendmail',
  decode(parts) {
    // A bounce forwarded by the user arrives quoted ("> "); unquote it only then, since the
    // transcript itself uses ">>>" for commands.
    const raw = parts.text.slice(0, 200_000);
    // The headings' words first: a line-anchored scan of the whole text cost every message.
    const quoted =
      (raw.includes('The following addresses') || raw.includes('Transcript of session')) &&
      /^> +-{3,} ?(?:The following addresses|Transcript of session)/m.test(raw);
    const text = quoted ? raw.replace(/^> ?/gm, '') : raw;
    if (
      !TRANSCRIPT.test(lineWith(text.slice(0, 8000), 'Transcript of session follows')) &&
      !ERRORS_HEADING.test(lineWith(text.slice(0, 8000), 'The following addresses had'))
    ) {
      return null;
    }
    const s = sections(text);
    const fromText: DecodedRecipient[] = [];
    const list = s.recipients.length
      ? s.recipients
      : // V5: only "554 <user@example.org>... 550 Host unknown" lines in the transcript.
        s.transcript
          .filter((l) => /^[45]\d\d <[^>\s]{1,254}>\.\.\./.test(l))
          .map((l) => ({ address: findAddress(l) ?? '', reason: l.replace(/^[45]\d\d <[^>\s]{1,254}>\.\.\. ?/, '') }));
    for (const r of list) {
      const answer = serverAnswer(s.transcript, r.address);
      const reasonCodes = findCodes(r.reason);
      // The "(reason: …)" line is sendmail's one-line summary; prefer it when it carries codes,
      // otherwise the server's own words from the transcript.
      const diagnostic = reasonCodes.replyCode || reasonCodes.status || !answer ? r.reason : answer;
      const rec = fromDiagnostic(findAddress(r.address) ?? r.address, diagnostic);
      const answerCodes = findCodes(answer);
      rec.replyCode ??= answerCodes.replyCode;
      rec.status ??= answerCodes.status;
      rec.status ??= findCodes(ownVerdict(s.transcript, findAddress(r.address) ?? r.address)).status;
      // "554 5.0.0 Service unavailable": sendmail's verdict on the whole session, naming nobody; it
      // is this recipient's only when the notice lists no other.
      if (list.length === 1) {
        rec.status ??= findCodes(
          s.transcript.find((l) => /^[245]\d\d [245]\.\d{1,3}\.\d{1,3} [^<>@]{0,200}$/.test(l)),
        ).status;
      }
      rec.command ??= findCommand(s.transcript.join('\n'));
      const host = /while talking to ([\w.-]{1,253})\.?:/i.exec(s.transcript.join('\n'))?.[1];
      if (host) rec.remoteHost = host.replace(/\.$/, '');
      if (rec.diagnostic) rec.diagnostic = fold(rec.diagnostic);
      fromText.push(rec);
    }
    const dsn = dsnRecipients(parts);
    // Delay warnings list no recipients; the transcript still holds the server's answer.
    if (!fromText.length && s.transcript.length) {
      const answer = serverAnswer(s.transcript, null);
      for (const d of dsn) {
        const codes = findCodes(answer);
        if (!codes.replyCode) continue;
        fromText.push(fromDiagnostic(d.address, answer));
      }
    }
    // Without the DSN part (a webmail view) a warning names no recipient; the answer still matters.
    if (!fromText.length && !dsn.length && s.transcript.length) {
      const answer = serverAnswer(s.transcript, null);
      if (findCodes(answer).replyCode) fromText.push(fromDiagnostic(null, answer));
    }
    const recipients = mergeDsn(fromText, dsn);
    if (!recipients.length) return null;
    const warn = /THIS IS A WARNING MESSAGE ONLY|Will keep trying|transient non-fatal/i.test(text);
    return message(
      parts,
      s.recipients.length ? 'sendmail' : 'sendmail-v5',
      recipients,
      warn && !recipients.some((r) => r.status?.startsWith('5')) ? 'delay' : undefined,
    );
  },
};
