import type { Phrase } from '../matcher';

// policyviolation: refused under a site policy that is not about spam scoring (attachments,
// closed lists, organisation rules).
export const phrases: readonly Phrase[] = [
  // Zoho: "554 5.7.7 Email policy violation detected"; Postfix: "550 Protocol violation"
  'policy violation',
  'protocol violation',
  'violates',
  'violation of',
  // Yahoo: "554 5.7.9 Message not accepted for policy reasons"; "554 Mail … rejected for policy reasons"
  'for policy reasons',
  'denied by policy',
  'rejected by policy',
  'restricted by policy',
  'blocked by policy',
  'by local policy',
  'due to local policy',
  'policy restriction',
  // Exim's default ACL refusal: "550 Administrative prohibition"
  'administrative prohibition',
  'message not allowed',
  // Google: "552-5.7.0 This message was blocked because its content presents a potential security issue"
  'potential security issue',
  'message was blocked because its content',
  'illegal attachment',
  'prohibited attachment',
  'attachment not allowed',
  'attachments are not allowed',
  'blocked attachment',
  'executable attachment',
  'file extension',
  'forbidden attachment',
  // Mimecast: "Host network not allowed", "content examination policy", "anti-spoofing policy"
  'host network not allowed',
  'host network, not allowed',
  'content examination',
  'anti-spoofing',
  // Microsoft 5.7.520: "Your organization does not allow external forwarding"
  'does not allow external forwarding',
  'external forwarding',
  // German/French/Spanish: "Richtlinienverstoß", "violation de la politique", "violación de la política"
  'richtlinie',
  'violation de la politique',
  'politique de sécurité',
  'violación de la política',
  'violazione della policy',
  'violação de política',
  'beleid',
];
