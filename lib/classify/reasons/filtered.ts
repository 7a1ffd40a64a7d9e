import type { Phrase } from '../matcher';

// filtered: the recipient exists but a filter or the recipient's own settings refused the message.
export const phrases: readonly Phrase[] = [
  // "550 5.7.1 Message rejected by content filter"; "Filtered by recipient's settings"
  'content filter',
  'mail filter',
  'filtered by',
  'rejected by recipient',
  'refused by recipient',
  "recipient's settings",
  'recipient has blocked',
  'user refuses',
  'not allowed to receive',
  'does not accept mail from you',
  // Japanese carriers: "受信拒否" (the recipient refuses this sender)
  '受信拒否',
  // German/French/Spanish: "vom Empfänger abgelehnt", "refusé par le destinataire"
  'vom empfänger abgelehnt',
  'refusé par le destinataire',
  'rechazado por el destinatario',
];
