import type { Phrase } from '../matcher';

// systemfull: the receiving system's own storage is full (RFC 3463 X.3.1).
export const phrases: readonly Phrase[] = [
  // Sendmail: "452 4.4.5 Insufficient disk space; try again later"; RFC 5321 452 "Insufficient system storage"
  'insufficient disk space',
  'insufficient system storage',
  'insufficient system resources',
  'mail system full',
  'system is full',
  'disk full',
  'disk is full',
  'no space left on device',
  'out of disk space',
  'file system full',
  // German/French/Spanish
  'festplatte voll',
  'disque plein',
  'disco lleno',
];
