import type { Phrase } from '../matcher';

// notcompliantrfc: the message breaks RFC 5322 (duplicate headers, bad From, missing Message-ID).
export const phrases: readonly Phrase[] = [
  // Google: "550-5.7.1 Messages with multiple addresses in From: header are not accepted."
  'multiple addresses in from',
  'multiple from',
  // Google: "… is not RFC 5322 compliant because it has duplicate headers"; SES "Duplicate header 'DKIM-Signature'"
  'rfc 5322',
  'rfc5322',
  'rfc 2822',
  'rfc2822',
  'duplicate header',
  'missing a valid message-id',
  'missing a valid address in the from',
  'from: header is missing',
  // Yahoo: "554 … headers are not RFC compliant"
  'not rfc compliant',
  'non rfc compliant',
  'non-rfc-compliant',
  'not compliant with rfc',
];
