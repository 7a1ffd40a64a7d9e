import type { Phrase } from '../matcher';

// badreputation: refused or throttled for the sending IP's or domain's poor reputation score.
export const phrases: readonly Phrase[] = [
  // Google: "550-5.7.1 … likely suspicious due to the very low reputation of the sending IP address"
  'low reputation',
  'poor reputation',
  'bad reputation',
  'reputation of the sending',
  'ip reputation',
  'domain reputation',
  'sender reputation',
  'reputation is too low',
  'senderscore',
];
