import type { Phrase } from '../matcher';

// virusdetected: the content or an attachment carries malware.
export const phrases: readonly Phrase[] = [
  // Amavis/ClamAV: "554 5.7.0 Reject, id=… - INFECTED: Eicar-Test-Signature"; "Virus found in message".
  // Not the bare word: filters call themselves "Spam & Virus Firewall" in every refusal.
  'virus found',
  'virus detected',
  'virus was found',
  'virus was detected',
  'contains a virus',
  'contains virus',
  'virus infected',
  'rejected: virus',
  'virus: ',
  'infected',
  'malware',
  'trojan',
  'malicious content',
  'malicious attachment',
  // German/French/Spanish/Italian/Portuguese/Russian/Japanese
  'schadsoftware',
  'logiciel malveillant',
  'programa malicioso',
  'вирус',
  'ウイルス',
];
