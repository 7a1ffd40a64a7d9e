import type { Phrase } from '../matcher';

// exceedlimit: a per-recipient or administrative limit was exceeded (RFC 3463 X.2.3). The size
// wordings below are shared with mesgtoobig; the enhanced code (X.2.3 vs X.3.4) decides.
export const phrases: readonly Phrase[] = [
  // Exchange: "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient"
  'recipsizelimit',
  'sendsizelimit',
  'too large for this recipient',
  'too large for this sender',
  // RFC 3463 X.2.3 wording: "Message length exceeds administrative limit"
  'exceeds administrative limit',
  'administrative limit',
  // "452 4.5.3 Too many recipients"; Gmail "550 5.5.3 Too many recipients for this sender"
  'too many recipients',
  // Sendmail: "552 5.2.3 Message size exceeds fixed maximum message size (10485760)"
  'message size exceeds',
  'maximum message size',
];
