// Postfix (and Postfix-based services: iCloud, many hosting providers).
//   This is the mail system at host mx.example.jp.
//   I'm sorry to have to inform you that your message could not be delivered …
//                      The mail system
//   <user@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <user@example.com>:
//       Recipient address rejected: User unknown (in reply to RCPT TO command)
// The postmaster copy "Postfix SMTP server: errors from host[ip]" is a session transcript instead:
//    In:  RCPT TO:<user@example.com>
//    Out: 451 4.3.0 Error: queue file write error
import type { DecodedRecipient, MessageParts } from '../types';
import type { FormatDecoder } from './index';
import { dsnRecipients, findAddress, fromDiagnostic, kindOf, lines, mergeDsn, message, parseBlocks } from './shared';

const LAYOUT = {
  // iCloud and Postfix-based gateways leave out "The mail system": the first recipient line starts it.
  start:
    /^\s*The (?:mail system|Postfix program)\s*$|^This is the (?:mail system|Postfix program) at host|could not be delivered to one or more (?:recipients|destinations)|^ ?<[^>\s]{1,254}>(?: \(expanded from <[^>]{1,254}>\))?:/,
  startInclusive: true,
  end: /^(?:--- Delivery report unavailable ---|Reporting-MTA:|Content-Description:|-{2,} ?(?:Original message|Undelivered message)|Received: )/,
  // "<user@example.com>: …" and "<user@example.com> (expanded from <list@example.com>): …"
  recipient: /^ ?<([^>\s]{1,254})>(?: \(expanded from <[^>]{1,254}>\))?:\s*(.*)$/,
};

function transcript(parts: MessageParts): DecodedRecipient[] {
  if (!/^ ?Out: [245]\d\d/m.test(parts.text)) return [];
  let rcpt: string | null = null;
  let error: string | null = null;
  let command: string | null = null;
  let last = '';
  for (const l of lines(parts.text)) {
    const cmd = /^ ?In: {1,2}(\w{2,10})\b(.*)$/.exec(l);
    if (cmd) {
      last = cmd[1]!.toUpperCase();
      if (last === 'RCPT') rcpt = findAddress(cmd[2]) ?? rcpt;
      continue;
    }
    const out = /^ ?Out: ([45]\d\d[ -].*)$/.exec(l);
    if (out && !error) {
      error = out[1]!;
      command = last;
    }
  }
  if (!error) return [];
  const rec = fromDiagnostic(rcpt, error);
  if (command && !rec.command) {
    const map: Record<string, DecodedRecipient['command']> = {
      RCPT: 'RCPT',
      MAIL: 'MAIL',
      DATA: 'DATA',
      EHLO: 'EHLO',
      HELO: 'HELO',
    };
    // A reply after the message body ("354 End data" then "451 …") answers the end of DATA.
    rec.command = map[command] ?? null;
  }
  return [rec];
}

export const postfix: FormatDecoder = {
  id: 'postfix',
  decode(parts) {
    const head = parts.text.slice(0, 3000);
    // Each branch of the heading pattern holds one of these words: includes() rules most messages out.
    const worded = head.includes('mail system') || head.includes('Postfix program') || head.includes("I'm sorry to");
    const isPostfix =
      (worded &&
        /This is the (?:mail system|Postfix program) at host|^\s*The (?:mail system|Postfix program)\s*$|^I'm sorry to (?:have to )?inform you that (?:your message|the message below) could not/m.test(
          head,
        )) ||
      /^Postfix SMTP server: errors from/i.test(parts.subject ?? '');
    if (!isPostfix) return null;
    // A webmail view loses the indentation of wrapped lines, so the server's own "<user@…>: …" inside
    // the answer looks like a new recipient; the same address twice in a row is one recipient.
    // Postfix wraps a long recipient line inside the alias note:
    //   <user@example.jp> (expanded from
    //       <alias@example.jp>): temporary failure. Command output: Quota exceeded …
    const text = parts.text.includes('(expanded from')
      ? parts.text.replace(
          /^( ?<[^>\s]{1,254}>) \(expanded from[ \t]*\r?\n[ \t]{0,20}(<[^>\s]{1,254}>\):)/gm,
          '$1 (expanded from $2',
        )
      : parts.text;
    const blocks = parseBlocks(text, LAYOUT).reduce<ReturnType<typeof parseBlocks>>((acc, b) => {
      const last = acc[acc.length - 1];
      if (last && last.address.toLowerCase() === b.address.toLowerCase()) {
        last.lines.push(`<${b.address}>: ${b.lines.join(' ')}`);
      } else acc.push(b);
      return acc;
    }, []);
    let fromText = blocks.map((b) => fromDiagnostic(b.address, b.lines.join('\n')));
    if (!fromText.length) fromText = transcript(parts);
    const recipients = mergeDsn(fromText, dsnRecipients(parts));
    if (!recipients.length) return null;
    // "# THIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE. #" (delay notice)
    const delayed = /THIS IS A WARNING ONLY|still being retried|will be retried until/i.test(head);
    if (delayed) for (const r of recipients) r.action ??= 'delayed';
    return message(parts, 'postfix', recipients, kindOf(recipients, delayed));
  },
};
