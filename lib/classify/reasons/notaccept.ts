import type { Phrase } from '../matcher';

// notaccept: the destination accepts no mail at all (null MX, RFC 7505).
export const phrases: readonly Phrase[] = [
  // Sendmail: "550 Host does not accept mail"
  'does not accept mail',
  'does not accept email',
  'does not receive mail',
  'accepts no mail',
  // Google: "The domain example.org doesn't receive email according to the administrator: returned Null MX"
  "doesn't receive email",
  "doesn't accept email",
  'null mx',
  // OpenSMTPD: "No MX found for domain"; Yahoo: "No mx record found for domain=example.org"
  'no mx found',
  'no mx record',
  "couldn't find a mail exchanger",
  'no smtp service here',
];
