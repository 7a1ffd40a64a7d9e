// Barracuda Email Security Gateway / Spam Firewall notice:
//   Your message to: user@example.jp
//   was blocked by our Spam & Virus Firewall. The email you sent with the following subject has NOT BEEN DELIVERED:
//   Subject: …
import type { FormatDecoder } from './index';
import { dsnRecipients, fold, fromDiagnostic, lines, mergeDsn, message } from './shared';

export const barracuda: FormatDecoder = {
  id: 'barracuda',
  decode(parts) {
    // The heading's words as a substring first: a line test per line for every message is the cost.
    if (!parts.text.includes('Your message to:')) return null;
    const all = lines(parts.text);
    const at = all.findIndex((l) => /^\s*Your message to:\s*\S{1,64}@\S{1,253}\s*$/.test(l));
    if (at < 0 || !/blocked by our .{0,40}Firewall|Barracuda/i.test(all.slice(at, at + 4).join(' '))) return null;
    const address = /:\s*(\S{1,64}@\S{1,253})\s*$/.exec(all[at]!)?.[1] ?? null;
    const sentence = fold(
      all
        .slice(at + 1, at + 3)
        .join(' ')
        .split(/\n\s*\n/)[0] ?? '',
    );
    return message(parts, 'barracuda', mergeDsn([fromDiagnostic(address, sentence)], dsnRecipients(parts)));
  },
};
