import type { Phrase } from '../matcher';

// failedstarttls: TLS was required but failed or was not offered.
export const phrases: readonly Phrase[] = [
  // Postfix: "TLS is required, but was not offered by host mx.example.org"
  'tls is required',
  'tls required',
  'requires tls',
  'requires encryption',
  'encryption required',
  'must issue a starttls',
  // "STARTTLS failed", "454 4.7.0 TLS not available", Microsoft DANE "starttls-not-supported"
  'starttls failed',
  'starttls command failed',
  'starttls is required',
  'starttls required',
  'starttls-not-supported',
  'after starttls',
  'tls not available',
  'tls handshake',
  'tls negotiation',
  'ssl handshake',
  'tls/sslv3',
  // Microsoft DANE/MTA-STS: "starttls-not-supported"
  'mta-sts',
  // Gmail relaying a remote reply: "500 Remote server does not support TLS (state 6)"
  'does not support tls',
  'not support starttls',
];
