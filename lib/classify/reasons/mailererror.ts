import type { Phrase } from '../matcher';

// mailererror: a local delivery program (procmail, maildrop, a pipe) failed.
export const phrases: readonly Phrase[] = [
  // Postfix: "x-unix; procmail: Couldn't create \"/var/spool/mail/neko\""
  'x-unix',
  'procmail',
  'maildrop',
  'mailer error',
  'mail delivery program',
  'command died with status',
  'command output',
  'pipe to |',
  'local delivery failed',
  // Exim pipe/autoreply transports: "Failed to read response template /home/x/.vacation: No such file or directory"
  'no such file or directory',
  // Sendmail mailer exit EX_OSERR: "451 4.0.0 Operating system error"
  'operating system error',
];
