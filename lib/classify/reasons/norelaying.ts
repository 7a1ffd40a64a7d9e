import type { Phrase } from '../matcher';

// norelaying: the server refused to relay for the sender.
export const phrases: readonly Phrase[] = [
  // Postfix: "554 5.7.1 <x@example.org>: Relay access denied"
  'relay access denied',
  'relaying denied',
  'relay denied',
  'relay not permitted',
  'relaying not permitted',
  'relay not allowed',
  'relaying not allowed',
  'relaying is not allowed',
  'relay prohibited',
  'relaying prohibited',
  'not permitted to relay',
  'not allowed to relay',
  'unable to relay',
  'cannot relay',
  'we do not relay',
  'no relaying',
  'open relay',
  'as a relay',
  // "501 … 5.7.1 This system is not configured to relay mail from <x> to <y>"
  'not configured to relay',
  // qmail: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"
  'rcpthosts',
  // cPanel/Exim: "550 Please turn on SMTP Authentication in your mail client"; "… is not permitted to
  // relay through this server without authentication."
  'please turn on smtp authentication',
  'relay through this server',
  // Amazon SES: "554 Message rejected: Email address is not verified."
  'email address is not verified',
  'identities failed the check',
  // German/French/Spanish/Italian/Portuguese/Russian/Japanese
  'relaying nicht erlaubt',
  'relais refusé',
  'relais interdit',
  'retransmisión denegada',
  'relay negato',
  'relay negado',
  'ретрансляция запрещена',
  '中継',
];
