import type { Phrase } from '../matcher';

// networkerror: routing, DNS or connection trouble, and mail loops (RFC 3463 X.4.x).
export const phrases: readonly Phrase[] = [
  // Postfix: "connect to example.com[192.0.2.2]:25: No route to host"
  'no route to host',
  'network is unreachable',
  'host is unreachable',
  // Postfix: "lost connection with mx.example.com[192.0.2.1] while performing the HELO handshake"
  'lost connection with',
  'connection reset',
  // Postfix/Sendmail: "connect to mx.example.org[192.0.2.1]:25: Connection refused"
  'connection refused',
  'connection dropped',
  'but connection died',
  "wasn't able to establish an smtp connection",
  // Domino: "Maximum hop count exceeded. Message probably in a routing loop."; Sendmail "554 5.4.6 Too many hops"
  'hop count exceeded',
  'too many hops',
  'routing loop',
  'mail loop',
  // Exim: 'Too many "Received" headers - suspected mail loop'
  'too many "received" headers',
  'loop detected',
  'message is looping',
  // qmail: "This message is looping: it already has my Delivered-To line. (#5.4.6)"
  'already has my delivered-to line',
  'loops back to myself',
  'exceeded 50 hops',
  'mxloopback',
  // Google delay notice: "DNS Error: … DNS type 'mx' lookup of example.jp responded with code NXDOMAIN"
  'dns error',
  // Sendmail: "Deferred: Name server: example.co.jp.: host name lookup failure"
  'host name lookup failure',
  'dns query failed',
  // Exim: "host lookup did not complete"
  'host lookup did not complete',
  'name server timeout',
  'temporary failure in name resolution',
  'malformed or unexpected name server reply',
  // German/French/Spanish: "Netzwerk nicht erreichbar", "réseau inaccessible", "red inaccesible"
  'netzwerk nicht erreichbar',
  'réseau inaccessible',
  'red inaccesible',
];
