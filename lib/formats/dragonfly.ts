// DragonFly Mail Agent (dma), the default MTA of DragonFly BSD and some small servers.
//   This is the DragonFly Mail Agent v0.13 at df.example.jp.
//   There was an error delivering your mail to <user@example.com>.
//   mx.example.com [192.0.2.25] did not like our RCPT TO:
//   550 5.2.1 <user@example.com>: Recipient address rejected: User unknown.
//   Message headers follow.
import type { FormatDecoder } from './index';
import { fromDiagnostic, lines, message } from './shared';

export const dragonfly: FormatDecoder = {
  id: 'dragonfly',
  decode(parts) {
    const text = parts.text;
    if (
      !text.includes('This is the DragonFly Mail Agent') &&
      !text.includes('There was an error delivering your mail to <')
    ) {
      return null;
    }
    const all = lines(parts.text);
    const recipients = [];
    for (let i = 0; i < all.length; i++) {
      const m = /There was an error delivering your mail to <([^>\s]{1,254})>/.exec(all[i]!);
      if (!m) continue;
      const diag: string[] = [];
      for (let j = i + 1; j < all.length && j < i + 30; j++) {
        const l = all[j]!;
        if (/^Message headers follow|^There was an error delivering|^Original message follows/.test(l)) break;
        if (l.trim()) diag.push(l);
      }
      recipients.push(fromDiagnostic(m[1]!, diag.join('\n')));
    }
    return recipients.length ? message(parts, 'dragonfly', recipients) : null;
  },
};
