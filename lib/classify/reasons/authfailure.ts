import type { Phrase } from '../matcher';

// authfailure: the sender failed domain authentication (SPF, DKIM or DMARC).
export const phrases: readonly Phrase[] = [
  // Apple: "554 5.7.1 Your message was rejected due to example.org's DMARC policy"
  // Mail.ru: "550 5.7.1 This message was not accepted due to domain (x) owner DMARC policy (RFC 7489)"
  // Zoho: "550 5.7.1 Email rejected per DMARC policy for example.org"
  'dmarc policy',
  'dmarc verification',
  'dmarc check',
  'dmarc fail',
  'failed dmarc',
  'fails dmarc',
  'dmarc reject',
  'dmarc sender invalid',
  'dmarc authentication',
  // Google: "550-5.7.26 This mail has been blocked because the sender is unauthenticated."
  // "550-5.7.1 This message does not have authentication information or fails to pass authentication checks"
  // "550-5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy"
  'sender is unauthenticated',
  'unauthenticated email',
  'unauthenticated mail',
  'authentication information',
  'fails to pass authentication',
  'authenticate with either spf or dkim',
  'authenticate with spf',
  'authenticate with dkim',
  'authenticate their email',
  // SPF: "550 5.7.23 … Sender Policy Framework violation", "SPF check failed", "SPF fail"
  'sender policy framework',
  'spf check',
  'spf fail',
  'spf validation',
  'spf authentication',
  'spf record of the sending domain',
  'failed spf',
  'fails spf',
  'fail spf',
  'pass spf',
  'spf sender invalid',
  'spf=fail',
  'sender id',
  'senderid',
  // DKIM: "DKIM signature verification failed", "DKIM sender invalid"
  'dkim fail',
  'dkim signature',
  'dkim verification',
  'dkim authentication',
  'dkim sender invalid',
  'failed dkim',
  'fails dkim',
  'pass dkim',
  'dkim=fail',
  // Apple HME1: "failing both SPF and DKIM"; MessageLabs: "553 domain authentication fail"
  'both spf and dkim',
  'domain authentication fail',
  // Exchange Online NDR: "example.org couldn't confirm that your message was sent from a trusted
  // location." with the short reason "SPF validation error"
  'sent from a trusted location',
  'spf validation error',
  // German/French/Spanish: "SPF-Prüfung fehlgeschlagen", "échec SPF", "fallo de SPF"
  'spf-prüfung',
  'échec spf',
  'échec dmarc',
  'fallo de spf',
];
