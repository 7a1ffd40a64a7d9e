import type { Phrase } from '../matcher';

// requireptr: the client IP has no (or a wrong) PTR record (RFC 3463 X.7.25).
export const phrases: readonly Phrase[] = [
  // Exim: "550 5.7.1 Connections not accepted from servers without a valid sender domain. Fix reverse DNS"
  'reverse dns',
  'reverse-dns',
  'reverse lookup',
  'reverse hostname',
  'reverse name',
  'rdns',
  // GMX: "554-Bad DNS PTR resource record."; Google: "does not have a PTR record setup"
  'ptr record',
  'ptr resource record',
  'no ptr',
  'ptr lookup',
  // Postfix: "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]"
  'cannot find your hostname',
  'cannot find your reverse hostname',
  // Sendmail: "IP name lookup failed [192.0.2.1]"
  'ip name lookup failed',
  'does not resolve to',
  'resolve to your ip',
  'hostname does not match',
  'does not match the ip address of the hostname',
  // Outlook.com: "550 domain [example.com] mismatches client ip 192.0.2.225."
  'mismatches client ip',
  // The client's name must resolve back to its IP: "450 service permits 2 unverifyable sending IPs -
  // mx.example.com is not 192.0.2.1"
  'unverifyable sending ip',
  'unverifiable sending ip',
  // German/French/Spanish: "kein Reverse-DNS", "DNS inverse", "DNS inverso"
  'dns inverse',
  'dns inverso',
  'обратная зона',
];
