// Gmail and Google Workspace notices from mailer-daemon@googlemail.com, in their three layouts.
//
// Since ~2015, a card whose text reads:
//   ** Address not found **
//   Your message wasn't delivered to user@example.com because the address couldn't be found, …
//   The response from the remote server was:
//   550 5.1.1 The email account that you tried to reach does not exist. …
// Before, plain text:
//   Delivery to the following recipient failed permanently:
//        user@example.com
//   Technical details of permanent failure:
//   … The error that the other server returned was: 550 5.1.1 …
// Google Groups, in the sender's language, with the group only in X-Failed-Recipients:
//   Hello sender@example.jp, We're writing to let you know that the group you tried to contact (g) may not exist …
import type { DecodedRecipient, MessageParts } from '../types';
import type { FormatDecoder } from './index';
import {
  dsnRecipients,
  findAddress,
  findAddresses,
  fold,
  fromAddress,
  fromDiagnostic,
  lines,
  mergeDsn,
  message,
} from './shared';

const END = /^-{3,} ?Original message ?-{3,}|^----- Message truncated -----/;

function upToOriginal(text: string): string[] {
  const all = lines(text);
  const end = all.findIndex((l) => END.test(l));
  return end >= 0 ? all.slice(0, end) : all;
}

/** The response block after "The response was:" / "The response from the remote server was:". */
export function gmailResponse(all: readonly string[]): string | null {
  const at = all.findIndex((l) => /^\s*The response (?:from the remote server )?was:\s*$/i.test(l));
  if (at < 0) return null;
  const out: string[] = [];
  for (const l of all.slice(at + 1, at + 30)) {
    if (!l.trim()) {
      if (out.length) break;
      continue;
    }
    out.push(l);
  }
  return out.length ? out.join('\n') : null;
}

function cardStyle(parts: MessageParts, all: string[]): DecodedRecipient[] {
  const title = all.findIndex((l) => /^\*\* .{3,80} \*\*\s*$/.test(l));
  if (title < 0) return [];
  const sentence = all.slice(title + 1, title + 6).join(' ');
  const named =
    /(?:delivered to|delivering your message to|Your message to) (\S{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8})(?=[ .,]|$)/.exec(
      sentence,
    )?.[1];
  const addr = named ?? findAddress(parts.headers.get('x-failed-recipients')?.[0]);
  const response = gmailResponse(all);
  const delay = /Delivery incomplete|temporary problem|will retry/i.test(`${all[title]} ${sentence}`);
  // When Gmail itself refused to send (its sentence names no recipient, e.g. "You're sending this from a
  // different address or alias using the 'Send mail as' feature …"; the recipient is then only in
  // X-Failed-Recipients), its sentence is the reason and the response only the symptom; keep both.
  const explained =
    !named && response
      ? `${fold(sentence.split(/\bLearn more\b|The response (?:from the remote server )?was:/i)[0]!)} ${response}`
      : null;
  return [fromDiagnostic(addr, explained ?? response ?? fold(sentence), delay ? { action: 'delayed' } : {})];
}

function oldStyle(all: string[]): DecodedRecipient[] {
  const start = all.findIndex((l) =>
    /^Delivery to the following recipients? (?:failed permanently|has been delayed)/i.test(l),
  );
  if (start < 0) return [];
  const delay = /delayed/i.test(all[start]!);
  const addrs: string[] = [];
  let i = start + 1;
  for (; i < all.length; i++) {
    const l = all[i]!;
    if (!l.trim()) continue;
    const a = /^\s+(\S{1,64}@\S{1,255})\s*$/.exec(l);
    if (!a) break;
    addrs.push(findAddress(a[1]) ?? a[1]!);
  }
  const techAt = all.findIndex((l) => /^Technical details of (?:permanent|temporary) failure/i.test(l));
  const tech =
    techAt >= 0
      ? all
          .slice(techAt + 1, techAt + 25)
          .filter((l) => l.trim())
          .join('\n')
      : '';
  // "… The error that the other server returned was: 550 5.1.1 …": the server's own words.
  const returned = /The error that the other server returned was:\s*([\s\S]{1,2000})/i.exec(tech)?.[1];
  // "… rejected by the server for the recipient domain example.org by mx.example.org. [192.0.2.3]."
  const host = /\bby ([A-Za-z0-9][\w.-]{0,252}?)\.? \[[\d.:a-fA-F]{3,45}\]/.exec(tech)?.[1] ?? null;
  return addrs.map((a) =>
    fromDiagnostic(a, returned ?? tech, { remoteHost: host, ...(delay ? { action: 'delayed' } : {}) }),
  );
}

function groupsStyle(parts: MessageParts, all: string[]): DecodedRecipient[] {
  if (!/groups\.google\.com|Google Groups/i.test(parts.text)) return [];
  const failed = parts.headers.get('x-failed-recipients')?.[0];
  const addrs: Array<string | null> = failed ? findAddresses(failed) : [];
  // Without headers (a webmail view) the group is known only by name: one recipient, address unknown.
  if (!addrs.length) addrs.push(null);
  const para = all
    .filter((l) => l.trim())
    .slice(1, 3)
    .join(' ');
  return addrs.map((a) => fromDiagnostic(a, para));
}

export const gmail: FormatDecoder = {
  id: 'gmail',
  decode(parts) {
    const from = fromAddress(parts) ?? '';
    if (!/^mailer-daemon@(?:googlemail\.com|gmail\.com|google\.com)$/.test(from)) return null;
    const all = upToOriginal(parts.text);
    let fromText = cardStyle(parts, all);
    let format = 'gmail';
    if (!fromText.length) fromText = oldStyle(all);
    if (!fromText.length) {
      fromText = groupsStyle(parts, all);
      if (fromText.length) format = 'google-groups';
    }
    const recipients = mergeDsn(fromText, dsnRecipients(parts));
    if (!recipients.length) return null;
    return message(parts, format, recipients);
  },
};
