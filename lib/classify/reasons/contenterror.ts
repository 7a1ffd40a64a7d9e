import type { Phrase } from '../matcher';

// contenterror: the message format was refused (bad or oversized headers, 8-bit data, MIME, X.6.x).
export const phrases: readonly Phrase[] = [
  // Sendmail: "550 5.6.9 improper use of 8-bit data in message header"
  '8-bit data',
  '8bit data',
  'eight bit data',
  // Google: "554 5.6.0 Mail message is malformed"; Microsoft 5.6.11: "invalid characters"
  'message is malformed',
  'malformed message',
  'malformed mime',
  'invalid mime',
  'mime error',
  'invalid characters',
  'illegal characters',
  'bare lf',
  'stray linefeeds',
  'partial final lines',
  // Header size: "552-5.3.4 Your message exceeded Google's message header size limits"
  'header size',
  'header too long',
  'headers too long',
  'header line too long',
  'too many header',
  'conversion failed',
  // RFC 3463 X.6.0 wording: "Other or undefined media error"
  'media error',
  'content conversion',
  // German/French/Spanish
  'ungültiger inhalt',
  'contenu invalide',
  'contenido no válido',
];
