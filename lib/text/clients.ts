// Errors a desktop mail client shows when the sending server refuses a message during the SMTP
// session: nothing is bounced, the user pastes the dialog's text.
//
// Outlook (classic), one line or several:
//   The message could not be sent because one of the recipients was rejected by the server. The
//   rejected e-mail address was 'x@example.com'. Subject 'Hi', Account: 'Work', Server:
//   'smtp.example.com', Protocol: SMTP, Server Response: '550 5.7.1 Unable to relay', Port: 25,
//   Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79
// Thunderbird:
//   Sending of the message failed. … The mail server responded: 553 5.7.1 <x@example.com>: Sender
//   address rejected: not owned by user. Please check the message recipient "x@example.com" and try again.
// Apple Mail:
//   Cannot send message using the server smtp.example.com … The server response was: 550 5.7.1 …

import { findAddress, findCodes, findCommand, fold } from '../formats/shared';
import type { DecodedMessage, DecodedRecipient, SmtpCommand } from '../types';

function quoted(text: string, label: RegExp): string | null {
  const m = new RegExp(`${label.source}\\s*:?\\s*'([^']{0,500})'`, 'i').exec(text);
  return m ? fold(m[1]!) : null;
}

function build(
  format: string,
  input: { sender?: string | null; subject?: string | null },
  address: string | null,
  diagnostic: string | null,
  extra: { host?: string | null; clientError?: string | null; command?: SmtpCommand | null } = {},
): DecodedMessage {
  const codes = findCodes(diagnostic);
  const rec: DecodedRecipient = {
    address,
    // A 5xx reply is final whatever the status says ("550 4.4.7"); otherwise any 4 is temporary.
    action:
      !codes.replyCode?.startsWith('5') && (codes.status?.startsWith('4') || codes.replyCode?.startsWith('4'))
        ? 'delayed'
        : 'failed',
    status: codes.status,
    replyCode: codes.replyCode,
    remoteHost: extra.host ?? null,
    command: extra.command ?? findCommand(diagnostic),
    diagnostic,
    ...(extra.clientError ? { clientError: extra.clientError } : {}),
  };
  return {
    kind: rec.action === 'delayed' ? 'delay' : 'failure',
    format,
    from: input.sender ?? null,
    subject: input.subject ?? null,
    reportingHost: extra.host ?? null,
    recipients: [rec],
  };
}

// Classic Outlook's send/receive progress dialog prints the error on one line:
//   Task 'mail.example.com - Sending' reported error (0x800CCC79) : 'Your outgoing (SMTP) e-mail
//   server has reported an internal error. … The server responded: 550 5.7.1 Unable to relay for x@example.org'
//   Task 'mail.example.com - Sending' reported error (0x800CCC0E) : 'Outlook cannot connect to your
//   outgoing (SMTP) e-mail server. …'
// 0x800CCCxx/0x800CCDxx are the Internet-mail transport errors; 0x80042108-0x8004210B the POP3/SMTP
// connection ones (reference/codes/codes.json, client codes).
const TASK_ERROR =
  /Task '[^'\n]{0,300}' reported error \((0x800CC[CD][0-9A-F]{2}|0x8004210[89AB])\)\s*:\s*'([^\n]{0,2000})/i;

function outlookTask(t: string, input: { sender?: string | null; subject?: string | null }): DecodedMessage | null {
  const m = TASK_ERROR.exec(t);
  if (!m) return null;
  const errorNumber = m[1]!.toUpperCase().replace('0X', '0x');
  // Up to the closing quote; a pasted dialog may have lost it.
  const message = fold(m[2]!).replace(/'$/, '');
  const responded = /The server responded:\s*(.{1,1000})$/i.exec(message)?.[1] ?? null;
  const diag = responded ? fold(responded) : message;
  // The task names the account ("mail.example.com - Sending"), a label the user chose, not a host.
  return build('outlook-client', input, responded ? findAddress(responded) : null, diag, {
    clientError: errorNumber,
  });
}

export function clientError(
  text: string,
  input: { sender?: string | null; subject?: string | null },
): DecodedMessage | null {
  const t = text.slice(0, 20_000);
  const task = outlookTask(t, input);
  if (task) return task;
  const errorNumber =
    /Error Number:\s*(0x800CC[CD][0-9A-F]{2})\b/i.exec(t)?.[1]?.toUpperCase().replace('0X', '0x') ?? null;
  const outlook = errorNumber || /Server Response:\s*'/i.test(t) || /The rejected e-mail address was/i.test(t);
  if (outlook) {
    const response = quoted(t, /Server Response/);
    const rejected = quoted(t, /The rejected e-?mail address was/);
    const host = quoted(t, /Server/);
    const serverError = /Server Error:\s*([245]\d\d)\b/i.exec(t)?.[1] ?? null;
    // "one of the recipients was rejected" → RCPT; "sender … rejected" → MAIL
    const command: SmtpCommand | null = /recipients? (?:was|were) rejected/i.test(t)
      ? 'RCPT'
      : /sender .{0,40}rejected|rejected the sender/i.test(t)
        ? 'MAIL'
        : null;
    // Without a server response (0x800CCC0E "cannot connect", 0x800CCC0F …) the dialog's first
    // sentence is all the user has.
    const sentence = /^[^.\n]{10,300}\./.exec(t.trim())?.[0] ?? null;
    const diag = response ?? (serverError ? `${serverError}` : sentence);
    const out = build('outlook-client', input, rejected ? findAddress(rejected) : null, diag, {
      host,
      clientError: errorNumber,
      command,
    });
    const rec = out.recipients[0]!;
    if (!rec.replyCode && serverError) rec.replyCode = serverError;
    return out;
  }
  const tb = /The mail server responded:?\s*([\s\S]{1,600}?)(?:\.?\s*Please (?:check|verify)|\n\s*\n|$)/i.exec(t);
  if (tb || /Sending of (?:the )?message failed/i.test(t)) {
    // No server answer: "The message could not be sent because the connection to Outgoing server
    // (SMTP) smtp.example.com was lost in the middle of the transaction."
    const said = /Sending of (?:the )?message failed\.?\s*([^\n]{10,400})/i.exec(t)?.[1];
    const diag = tb ? fold(tb[1]!) : said ? fold(said) : null;
    const rcpt = /check the message recipients? "?([^"\s]{1,254})"?/i.exec(t)?.[1] ?? null;
    return build('thunderbird', input, findAddress(rcpt) ?? findAddress(diag), diag);
  }
  const apple = /The server response was:?\s*([^\n]{1,600})/i.exec(t);
  // Apple Mail / iOS: "The recipient “user@example.com” was rejected by the server."
  const rejected = /recipient [“"']?([^\s“”"']{1,64}@[^\s“”"']{1,253})[”"']? was rejected by the server/i.exec(t);
  if (apple || rejected || /Cannot send message using the server/i.test(t)) {
    const diag = apple ? fold(apple[1]!) : rejected ? fold(rejected[0]) : null;
    const host = /using the server ([\w.-]{1,253}?)\.?(?:\s|$)/i.exec(t)?.[1] ?? null;
    const address = rejected ? findAddress(rejected[1]) : findAddress(diag);
    return build('apple-mail', input, address, diag, { host, command: rejected ? 'RCPT' : null });
  }
  return null;
}
