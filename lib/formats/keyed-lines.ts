// Small MTAs that write one "<reason>: <address>" line per recipient, or a labelled block.
//
// IMail (Ipswitch):     "Unknown user: user@example.com" … "Original message follows."
// MailFoundry:          "Unable to deliver message to: <user@example.org>" / "Delivery failed for the
//                       following reason:" / "Server mx[192.0.2.1] failed with: 550 …"
// Messaging Server /    "Recipient address: user@example.org" / "Reason: …" / "Diagnostic code: smtp; 550 …"
// PMDF:                 / "Remote system: dns; mx.example.org (…)"
// m-FILTER:             the address, then "-------server message" / "550 …" / "-------SMTP command" / "DATA"
// Mimecast:             "-- user@example.org" / "The problem appears to be :" / "-- …" / "Additional
//                       information follows :" / "-- 5.4.1 Recipient address rejected …"
// Trend Micro InterScan: "Sent <<< RCPT TO:<user@example.co.jp>" / "Received >>> 550 5.1.1 …", or
//                       "Reason: Unable to deliver message to <user@example.jp> …"
// Verizon (MMS/vtext):  "Error: Invalid user address" / "Error message below:" / "550 - …" / "RCPT TO: …"
// Notes / Domino:       "------- Failure Reasons --------" / reason / address / "------- Returned Message --------"
import type { DecodedRecipient, MessageParts } from '../types';
import type { FormatDecoder } from './index';
import { dsnRecipients, findAddress, fold, fromDiagnostic, lines, mergeDsn, message } from './shared';

// Words every notice of a layout holds (its heading), tested on the whole text before its lines
// are: most messages reach these decoders, and testing each of their lines added up.
const CLAIMS: Readonly<Record<string, RegExp>> = {
  mailfoundry: /Unable to deliver message to: </,
  messagingserver:
    /This report relates to a message you sent|(?:cannot|has not yet) be(?:en)? delivered to the following recipients/i,
  mfilter: /server message/,
  mimecast: /following address could not be delivered/i,
  notes: /Failure Reasons/,
  'list-then-reason': /unable to deliver your message to the following address/i,
};

function decoder(id: string, read: (all: string[], parts: MessageParts) => DecodedRecipient[] | null): FormatDecoder {
  const claim = CLAIMS[id];
  return {
    id,
    decode(parts) {
      if (claim && !claim.test(parts.text)) return null;
      const found = read(lines(parts.text), parts);
      if (!found?.length) return null;
      return message(parts, id, mergeDsn(found, dsnRecipients(parts)));
    },
  };
}

const upTo = (all: string[], end: RegExp) => {
  const i = all.findIndex((l) => end.test(l));
  return i >= 0 ? all.slice(0, i) : all;
};

export const imail = decoder('imailserver', (all, parts) => {
  if (!/Undeliverable Mail/i.test(parts.subject ?? '') || !/^Original message follows\.?\s*$/m.test(parts.text)) {
    return null;
  }
  return upTo(all, /^Original message follows/)
    .map((l) => /^([A-Z][\w '().-]{2,80}): <?([^\s<>]{1,64}@[^\s<>]{1,253})>?\s*$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => fromDiagnostic(m[2]!, m[1]!));
});

export const mailfoundry = decoder('mailfoundry', (all) => {
  const at = all.findIndex((l) => /^Unable to deliver message to: </.test(l));
  if (at < 0 || !all.some((l) => /^Delivery failed for the following reason:/.test(l))) return null;
  const body = upTo(all.slice(at + 1), /^This has been a (?:permanent|temporary) failure|^-{3,}/);
  const diag = body.filter((l) => l.trim() && !/^Delivery failed for the following reason/.test(l)).join('\n');
  // "Server mx22.example.org[192.0.2.222] failed with: 550 …", "mx[…] responded with failure: 552 …"
  const host = /^(?:Server )?([\w.-]{1,253})\[[\d.:a-fA-F]{3,45}\]/.exec(diag.trim())?.[1] ?? null;
  return [fromDiagnostic(findAddress(all[at]), diag, { remoteHost: host })];
});

export const messagingServer = decoder('messagingserver', (all) => {
  // "Recipient address:" alone could be any form; the report's own heading must be there too.
  const heading = all.some((l) =>
    /This report relates to a message you sent|(?:cannot|has not yet) be(?:en)? delivered to the following recipients/i.test(
      l,
    ),
  );
  if (!heading || !all.some((l) => /^\s*Recipient address: /.test(l))) return null;
  const out: DecodedRecipient[] = [];
  let current: { address: string; reason: string; diag: string; host: string | null } | null = null;
  const flush = () => {
    if (current) {
      out.push(fromDiagnostic(current.address, current.diag || current.reason, { remoteHost: current.host }));
    }
  };
  for (const l of all) {
    const m = /^\s*(Recipient address|Reason|Diagnostic code|Remote system):\s*(.*)$/.exec(l);
    if (!m) continue;
    if (m[1] === 'Recipient address') {
      flush();
      current = { address: findAddress(m[2]) ?? m[2]!, reason: '', diag: '', host: null };
    } else if (current && m[1] === 'Reason') current.reason = m[2]!;
    else if (current && m[1] === 'Diagnostic code') current.diag = m[2]!.replace(/^smtp;\s*/i, '');
    else if (current && m[1] === 'Remote system') current.host = /dns;\s*([\w.-]{1,253})/.exec(m[2]!)?.[1] ?? null;
  }
  flush();
  return out;
});

export const mfilter = decoder('mfilter', (all) => {
  const serverAt = all.findIndex((l) => /^-{5,}server message\s*$/.test(l));
  if (serverAt < 0) return null;
  const cmdAt = all.findIndex((l) => /^-{5,}SMTP command\s*$/.test(l));
  const addrs = all
    .slice(0, serverAt)
    .map((l) => /^(\S{1,64}@\S{1,253})\s*$/.exec(l.trim())?.[1])
    .filter(Boolean);
  const diag = all
    .slice(serverAt + 1, cmdAt > serverAt ? cmdAt : serverAt + 5)
    .filter((l) => l.trim())
    .join('\n');
  const command = cmdAt >= 0 ? all[cmdAt + 1]?.trim() : '';
  return addrs.map((a) =>
    fromDiagnostic(a!, diag, {
      command: /^(RCPT|MAIL|DATA|EHLO|HELO)\b/i.test(command ?? '')
        ? ((command!.slice(0, 4).toUpperCase() as 'RCPT' | 'MAIL' | 'DATA' | 'EHLO' | 'HELO') ?? null)
        : null,
    }),
  );
});

export const mimecast = decoder('mimecast', (all) => {
  const at = all.findIndex((l) => /following address could not be delivered:?\s*$/i.test(l));
  if (at < 0) return null;
  const dashed = all
    .slice(at + 1, at + 20)
    .filter((l) => /^-- /.test(l))
    .map((l) => l.slice(3).trim());
  const address = findAddress(dashed[0]);
  if (!address) return null;
  const extra = dashed.slice(1);
  // The last "-- " item is the server's answer; the one before is Mimecast's summary.
  return [fromDiagnostic(address, extra[extra.length - 1] ?? extra[0] ?? null)];
});

export const trendmicro = decoder('trendmicro', (all, parts) => {
  if (!/InterScan|Trend Micro/i.test(`${parts.from} ${parts.text.slice(0, 3000)}`)) return null;
  const out: DecodedRecipient[] = [];
  for (let i = 0; i < all.length; i++) {
    const sent = /^Sent <<< RCPT TO:\s*<?([^\s<>]{1,254})>?/i.exec(all[i]!);
    if (sent) {
      const reply = /^Received >>> (.*)$/.exec(all[i + 1] ?? '')?.[1] ?? null;
      out.push(fromDiagnostic(sent[1]!, reply, { command: 'RCPT' }));
    }
    const reason = /^Reason:\s+(.*<([^\s<>]{1,254})>.*)$/.exec(all[i]!);
    if (reason) out.push(fromDiagnostic(reason[2]!, reason[1]!));
  }
  return out;
});

export const verizon = decoder('verizon', (all, parts) => {
  const from = parts.from ?? '';
  if (!/vtext\.com|vzwpix\.com|vzw\.com/i.test(from)) return null;
  const text = all.join('\n');
  const error = /^Error:\s*(.+)$/m.exec(text)?.[1] ?? null;
  const below = /^Error message below:\s*\n(.+)$/m.exec(text)?.[1] ?? null;
  const rcpt = /^\s*RCPT TO:\s*(\S+)/m.exec(text)?.[1] ?? /^To:\s*(.+)$/m.exec(text)?.[1] ?? null;
  const address = findAddress(rcpt) ?? findAddress(parts.originalHeaders?.match(/^To:.*$/m)?.[0]);
  if (!error && !below) return null;
  return [fromDiagnostic(address, fold(`${below ?? ''} ${error ?? ''}`))];
});

export const notes = decoder('notes', (all) => {
  const at = all.findIndex((l) => /^-{3,}\s{0,4}Failure Reasons\s{0,4}-{3,}/.test(l));
  if (at < 0) return null;
  const body = upTo(all.slice(at + 1), /^-{3,}\s{0,4}Returned Message\s{0,4}-{3,}/).filter((l) => l.trim());
  const reason: string[] = [];
  const out: DecodedRecipient[] = [];
  for (const l of body) {
    const a = /^\s*<?(\S{1,64}@[^\s>]{1,253})>?\s*$/.exec(l);
    if (a) out.push(fromDiagnostic(a[1]!, reason.join('\n')));
    else reason.push(l);
  }
  return out;
});

// AOL (2020s web-style notice):
//   We were unable to deliver your message to the following address
//   user@example.jp
//   because: Email routing issue due to network
//   … More information about type 5.4.4 delivery errors are available …
// Symantec MessageLabs / Email Security.cloud:
//   I was unable to deliver your message to the following addresses:
//   user@example.org
//   Reason: 550 user@example.org... No such user
export const listThenReason = decoder('list-then-reason', (all) => {
  const at = all.findIndex((l) =>
    /(?:unable to deliver your message to the following address(?:es)?|was unable to deliver your message to the following addresses):?\s*$/i.test(
      l.trim(),
    ),
  );
  if (at < 0) return null;
  const addrs: string[] = [];
  let i = at + 1;
  for (; i < all.length && i < at + 40; i++) {
    const l = all[i]!.trim();
    if (!l) continue;
    const a = /^<?([^\s<>@]{1,64}@[\w.-]{1,253})>?:?$/.exec(l);
    if (!a) break;
    addrs.push(a[1]!);
  }
  if (!addrs.length) return null;
  const rest = all.slice(i, i + 20);
  const reason = rest.map((l) => /^\s*(?:because|Reason):\s*(.+)$/i.exec(l)?.[1]).find(Boolean) ?? null;
  // AOL prints the enhanced code only in "type 5.4.4 delivery errors".
  const typed =
    rest.map((l) => /\btype ([245]\.\d{1,3}\.\d{1,3}) delivery errors?\b/i.exec(l)?.[1]).find(Boolean) ?? null;
  return addrs.map((a) =>
    fromDiagnostic(a, reason, typed && !/[245]\.\d{1,3}\.\d{1,3}/.test(reason ?? '') ? { status: typed } : {}),
  );
});
