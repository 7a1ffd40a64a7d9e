// Japanese mobile carriers' notices: au/KDDI EZweb ("Mail System Error - Returned Mail") and the
// older KDDI/DION one ("Could not be delivered to: <…>"). Bodies are partly Japanese; the
// recipient is always in angle brackets on its own line or after "Recipient:".
//   Each of the following recipients was rejected by a remote mail server.
//       Recipient: <user@example.com>
//       >>> MAIL FROM:<sender@example.org>
//       <<< 550 SC-004 … messages from 192.0.2.1 weren't sent. …
import type { DecodedRecipient } from '../types';
import type { FormatDecoder } from './index';
import { dsnRecipients, fromAddress, fromDiagnostic, lines, mergeDsn, message } from './shared';

const END = /^-{10,}\s*$|^Received: |^Original message|^-{3,} ?original message/i;

export const mobileJp: FormatDecoder = {
  id: 'ezweb',
  decode(parts) {
    const from = fromAddress(parts) ?? '';
    const ezweb = /ezweb\.ne\.jp|au\.com$/.test(from) && /Returned Mail|Mail System Error/i.test(parts.subject ?? '');
    const kddi = /Could not be delivered to: </.test(parts.text);
    if (!ezweb && !kddi) return null;
    const all = lines(parts.text);
    const out: DecodedRecipient[] = [];
    const context: string[] = [];
    let current: { address: string; diag: string[] } | null = null;
    const flush = () => {
      // The English sentence above the address ("The user(s) account is disabled.") is the
      // carrier's verdict; the relayed reply after it is often a bare "550 user unknown".
      if (current) out.push(fromDiagnostic(current.address, [...context, ...current.diag].join('\n') || null));
    };
    for (const raw of all) {
      const l = raw.trim();
      if (END.test(l)) break;
      const a = /^(?:Recipient: |Could not be delivered to: )?<([^>\s]{1,254}@[^>\s]{1,253})>:?\s*(.*)$/.exec(l);
      if (a) {
        flush();
        current = { address: a[1]!, diag: a[2] ? [a[2]] : [] };
        continue;
      }
      if (!l) continue;
      if (current) {
        if (/^>>> /.test(l)) continue;
        current.diag.push(l.replace(/^<<< /, ''));
      } else if (/^[\x20-\x7e]+$/.test(l) && !/^Each of the following|^The following recipients/i.test(l)) {
        // English sentences before the address ("The user(s) account is disabled.") explain it.
        context.push(l);
      }
    }
    flush();
    const recipients = mergeDsn(out, dsnRecipients(parts));
    return recipients.length ? message(parts, kddi ? 'kddi' : 'ezweb', recipients) : null;
  },
};
