import type { Phrase } from '../matcher';

// virusdetected: the content or an attachment carries malware.
export const phrases: readonly Phrase[] = [
  // Amavis/ClamAV: "554 5.7.0 Reject, id=… - INFECTED: Eicar-Test-Signature"; "Virus found in message"
  'virus',
  'infected',
  'malware',
  'trojan',
  'malicious content',
  'malicious attachment',
  // German/French/Spanish/Italian/Portuguese/Russian/Japanese: "Virus" is shared; these are not
  'schadsoftware',
  'logiciel malveillant',
  'programa malicioso',
  'вирус',
  'ウイルス',
];
