import type { Phrase } from '../matcher';

// syntaxerror: the SMTP dialogue failed on a command or parameter (replies 500-507).
export const phrases: readonly Phrase[] = [
  // "503 Improper sequence of commands", "503 5.5.1 Bad sequence of commands"
  'improper sequence',
  'bad sequence of commands',
  'syntax error',
  // Exim: "malformed address: <x@example.net> may not follow kijitora@example.com"
  'malformed address',
  'command unrecognized',
  'unrecognized command',
  'command not recognized',
  'command not implemented',
  'unimplemented command',
  'parameter not implemented',
  'invalid command',
  'line too long',
];
