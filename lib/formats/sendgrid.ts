// SendGrid's own bounce notice:
//   This is an automatically generated message from SendGrid.
//   I'm sorry to have to tell you that your message was not able to be
//   delivered to one of its intended recipients.
//   user:000000:<user@example.jp> : 192.0.2.250 : mx.example.jp:[192.0.2.153] : 550 5.1.1 <…>... User Unknown  in RCPT TO
import type { DecodedRecipient } from '../types';
import type { FormatDecoder } from './index';
import { dsnRecipients, findCommand, fromDiagnostic, lines, mergeDsn, message } from './shared';

export const sendgrid: FormatDecoder = {
  id: 'sendgrid',
  decode(parts) {
    if (!/automatically generated message from SendGrid/i.test(parts.text.slice(0, 3000))) return null;
    const out: DecodedRecipient[] = [];
    for (const l of lines(parts.text)) {
      const m =
        /^\S{0,64}:\d{1,10}:<([^>\s]{1,254})> : (\S{1,45}) : ([\w.-]{1,253}):\[[^\]]{1,45}\] : (.{1,1000})$/.exec(
          l.trim(),
        );
      if (!m) continue;
      const answer = m[4]!.replace(/\s+in (RCPT TO|MAIL FROM|DATA)\s*$/i, '');
      const rec = fromDiagnostic(m[1]!, answer, { remoteHost: m[3]! });
      rec.command ??= findCommand(`after ${/in (RCPT TO|MAIL FROM|DATA)\s*$/i.exec(m[4]!)?.[1] ?? ''}`);
      out.push(rec);
    }
    const recipients = mergeDsn(out, dsnRecipients(parts));
    return recipients.length ? message(parts, 'sendgrid', recipients) : null;
  },
};
