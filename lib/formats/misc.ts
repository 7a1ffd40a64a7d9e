// Layouts seen from unnamed or rare systems; each is matched by its own wording, never by host.
//
// "X1":  ---The following addresses had delivery errors---   (McAfee: "… had delivery problems ---")
//        user@example.co.jp [User unknown]
// "X3":  Delivery to the following recipients failed permanently:
//           * user@example.com
//        Technical details:
//        SMTP:RCPT host 192.0.2.8: 553 5.3.0 <user@example.com>... No such user here
// FML (mailing-list manager): "You are not a member of this mailing list <list@example.org>."
// GMX / Web.de: Exim wording with "<user@example.jp>" and "Reason:" (handled by exim.ts).
import type { DecodedRecipient } from '../types';
import type { FormatDecoder } from './index';
import {
  dsnRecipients,
  findAddress,
  findCommand,
  fromDiagnostic,
  lines,
  mergeDsn,
  message,
  parseBlocks,
} from './shared';

export const bracketReasons: FormatDecoder = {
  id: 'bracket-reasons',
  decode(parts) {
    // The heading's words on the whole text first (a line can match only when they occur): most
    // messages reach this decoder, and trimming and testing each line was the cost.
    if (!/The following addresses had delivery/i.test(parts.text)) return null;
    const all = lines(parts.text);
    // McAfee Email Gateway: "--- The following addresses had delivery problems ---" /
    // "<user@example.co.jp>   (Unknown user user@example.co.jp)"
    const at = all.findIndex((l) =>
      /^-{2,} ?The following addresses had delivery (?:errors|problems) ?-{2,}/i.test(l.trim()),
    );
    if (at < 0) return null;
    const out: DecodedRecipient[] = [];
    for (const l of all.slice(at + 1, at + 50)) {
      const m =
        /^<?(\S{1,64}@[^\s[\]<>]{1,253})>?\s+\[(.{1,300})\]\s*$/.exec(l.trim()) ??
        /^<?(\S{1,64}@[^\s()<>]{1,253})>?\s+\((.{1,300})\)\s*$/.exec(l.trim());
      if (m) out.push(fromDiagnostic(m[1]!, m[2]!));
      else if (out.length && l.trim()) break;
    }
    return out.length ? message(parts, 'bracket-reasons', mergeDsn(out, dsnRecipients(parts))) : null;
  },
};

export const starList: FormatDecoder = {
  id: 'star-list',
  decode(parts) {
    if (!/very to the following recipients failed permanently:/i.test(parts.text)) return null;
    const all = lines(parts.text);
    const at = all.findIndex((l) => /^De(?:li|le)very to the following recipients failed permanently:/i.test(l.trim()));
    if (at < 0) return null;
    const addrs: string[] = [];
    for (const l of all.slice(at + 1, at + 50)) {
      const m = /^\*\s+(\S{1,64}@\S{1,253})\s*$/.exec(l.trim());
      if (m) addrs.push(m[1]!);
      else if (addrs.length && l.trim()) break;
    }
    if (!addrs.length) return null;
    const techAt = all.findIndex((l) => /^Technical details:?\s*$/i.test(l.trim()));
    const tech =
      techAt >= 0 ? all.slice(techAt + 1, techAt + 10).filter((l) => l.trim() && !/^={5,}/.test(l.trim())) : [];
    const out = addrs.map((a) => {
      const own = tech.find((l) => l.toLowerCase().includes(a.toLowerCase())) ?? tech[0] ?? null;
      // "SMTP:RCPT host 192.0.2.8: 553 5.3.0 …"
      const cmd = /^SMTP:(RCPT|MAIL|DATA)\b/i.exec(own ?? '')?.[1]?.toUpperCase() as
        | 'RCPT'
        | 'MAIL'
        | 'DATA'
        | undefined;
      return fromDiagnostic(a, own, cmd ? { command: cmd } : {});
    });
    return message(parts, 'star-list', mergeDsn(out, dsnRecipients(parts)));
  },
};

export const fml: FormatDecoder = {
  id: 'fml',
  decode(parts) {
    const m = /You are not a member of this mailing list <([^>\s]{1,254})>/i.exec(parts.text);
    if (!m) return null;
    const list = findAddress(m[1]);
    return message(parts, 'fml', [fromDiagnostic(list, m[0])]);
  },
};

// Lotus Domino:
//   Your message
//     Subject: …
//   was not delivered to:
//     user@example.co.jp
//   because:
//     User user (user@example.co.jp) not listed in Domino Directory
export const domino: FormatDecoder = {
  id: 'domino',
  decode(parts) {
    if (!/was not delivered to:/i.test(parts.text)) return null;
    const all = lines(parts.text);
    const at = all.findIndex((l) => /^\s*was not delivered to:\s*$/i.test(l));
    const because = all.findIndex((l, i) => i > at && /^\s*because:\s*$/i.test(l));
    if (at < 0 || because < 0) return null;
    const addrs = all
      .slice(at + 1, because)
      .map((l) => findAddress(l))
      .filter((a): a is string => !!a);
    const reason: string[] = [];
    for (const l of all.slice(because + 1, because + 12)) {
      if (!l.trim()) {
        if (reason.length) break;
        continue;
      }
      reason.push(l);
    }
    if (!addrs.length) return null;
    const out = addrs.map((a) => fromDiagnostic(a, reason.join('\n') || null));
    return message(parts, 'domino', mergeDsn(out, dsnRecipients(parts)));
  },
};

// Courier MTA:
//   Your message to the following recipients cannot be delivered:
//   <user@example.co.jp>:
//       mx.example.co.jp [192.0.2.95]:
//   >>> RCPT TO:<user@example.co.jp>
//   <<< 550 5.1.1 <user@example.co.jp>... User Unknown
export const courier: FormatDecoder = {
  id: 'courier',
  decode(parts) {
    if (
      !/running the Courier mail server|following recipients cannot be delivered|delivery to the following recipients? (?:has been|was) delayed/i.test(
        parts.text.slice(0, 5000),
      )
    ) {
      return null;
    }
    const blocks = parseBlocks(parts.text, {
      start: /following recipients cannot be delivered|following recipients? (?:has been|was) delayed/i,
      end: /^-{10,}\s*$/,
      recipient: /^<([^>\s]{1,254})>:\s*(.*)$/,
    });
    const out: DecodedRecipient[] = blocks.map((b) => {
      const answer = b.lines.filter((l) => /^<<< /.test(l)).map((l) => l.slice(4));
      const host = /^([\w.-]{1,253}) \[[\d.:a-fA-F]{3,45}\]:?$/.exec(b.lines[0] ?? '')?.[1] ?? null;
      const command = b.lines.find((l) => /^>>> /.test(l)) ?? '';
      const rec = fromDiagnostic(b.address, answer.length ? answer.join('\n') : b.lines.join('\n'), {
        remoteHost: host,
      });
      rec.command ??= findCommand(command);
      return rec;
    });
    const recipients = mergeDsn(out, dsnRecipients(parts));
    return recipients.length ? message(parts, 'courier', recipients) : null;
  },
};
