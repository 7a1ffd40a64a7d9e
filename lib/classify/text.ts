import type { SmtpCommand } from '../types';

// Turns a recipient's diagnostic into the one lower-case string every rule table reads, and pulls
// codes out of the text when the decoder could not. All regexes here are linear: bounded
// quantifiers, no nesting, no alternation under a quantifier.

/** Longest diagnostic examined; real SMTP replies are far shorter (RFC 5321 lines ≤ 512 octets). */
const MAX_TEXT = 20_000;

// Multi-line SMTP replies repeat the code on every line, e.g.
//   "550-5.7.1 [192.0.2.22] Our system has detected that this message is 550-5.7.1 likely
//    suspicious due to the very low reputation of the sending IP 550-5.7.1 address."
// Removing the repeated prefixes lets phrases that straddle lines match.
const CONTINUATION = /(?:^|\s)[245]\d\d[- ](?:[245]\.\d{1,3}\.\d{1,3}\s)?/g;
const SPACES = /\s+/g;
// Typographic quotes and no-break spaces seen in webmail copies of bounces.
const QUOTES = /[\u2018\u2019\u02bc]/g;
const NBSP = /[\u00a0\u2007\u202f]/g;

/** Lower-cased, whitespace-folded diagnostic with SMTP continuation prefixes removed. */
export function normalize(diagnostic: string): string {
  const cut = diagnostic.length > MAX_TEXT ? diagnostic.slice(0, MAX_TEXT) : diagnostic;
  return ` ${cut.replace(NBSP, ' ').replace(QUOTES, "'").toLowerCase().replace(CONTINUATION, ' ').replace(SPACES, ' ').trim()} `;
}

// "5.1.1", "#5.1.1" (qmail) — not part of an IP address or a longer dotted number.
const ENHANCED = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)/;
// Reply code at the start of the text, optionally behind an RFC 3464 type ("smtp; 550 …").
const LEADING_REPLY = /^\s{0,8}(?:[a-z-]{1,24};\s{0,8})?([245]\d\d)(?![\d.])/i;

/** First enhanced status code printed in the text, e.g. "5.7.1". */
export function statusInText(diagnostic: string): string | null {
  const m = ENHANCED.exec(diagnostic.length > MAX_TEXT ? diagnostic.slice(0, MAX_TEXT) : diagnostic);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : null;
}

/** Reply code the diagnostic starts with, e.g. "550". */
export function replyInText(diagnostic: string): string | null {
  const m = LEADING_REPLY.exec(diagnostic.slice(0, 64));
  return m ? m[1]! : null;
}

// SMTP stage named in the text, as Postfix ("(in reply to end of DATA command)"), Exim ("SMTP error
// from remote mail server after end of data:") and Sendmail transcripts (">>> DATA") print it.
const STAGES: readonly (readonly [string, SmtpCommand])[] = [
  ['end of data', 'DATA'],
  ['in reply to data command', 'DATA'],
  ['in reply to rcpt to command', 'RCPT'],
  ['after rcpt to', 'RCPT'],
  // qmail-remote: "192.0.2.153 does not like recipient. Remote host said: 550 …"
  ['does not like recipient', 'RCPT'],
  // qmail-remote: "… failed after I sent the message. Remote host said: 554 …" (the end of DATA)
  ['failed after i sent the message', 'DATA'],
  // qmail-remote: "Connected to 192.0.2.225 but sender was rejected." / "… but my name was rejected."
  ['but sender was rejected', 'MAIL'],
  ['but my name was rejected', 'HELO'],
  ['in reply to mail from command', 'MAIL'],
  ['after mail from', 'MAIL'],
  ['after initial connection', 'CONN'],
  // Gmail's older notices end the reply with the state of its SMTP client: 13 after MAIL FROM, 14
  // after RCPT TO, 15–18 after the message data ("554 5.7.0 Header error (state 18).").
  ['(state 13)', 'MAIL'],
  ['(state 14)', 'RCPT'],
  ['(state 15)', 'DATA'],
  ['(state 17)', 'DATA'],
  ['(state 18)', 'DATA'],
  ['while performing the helo handshake', 'HELO'],
  ['in reply to helo command', 'HELO'],
  ['in reply to ehlo command', 'EHLO'],
];

/** The SMTP command a normalize()d diagnostic says the server answered; null when it names none. */
export function commandInText(text: string): SmtpCommand | null {
  for (const [phrase, command] of STAGES) if (text.includes(phrase)) return command;
  return null;
}
