import { defineCause } from '../model';

export default defineCause({
  id: 'virus-detected',
  reason: 'virusdetected',
  evidence: [
    // "550 5.7.0 Virus detected: Eicar-Test-Signature"; "554 5.7.1 Message contains malware (Win.Trojan…)"
    // ("Spam & Virus Firewall" is a product name, not a verdict, so the bare word "virus" is not evidence.)
    {
      phrases: [
        'virus detected',
        'virus found',
        'contains a virus',
        'a virus',
        'virus infected',
        'infected with',
        'infected by',
        'malware',
        'trojan',
        'ib705',
        'malicious content',
      ],
    },
  ],
  defaultFor: ['virusdetected'],
  temporary: false,
  whoActs: 'you',
  title: 'The message was refused because it seems to contain a virus',
  badge: 'Virus found — check your files',
  summary:
    "The recipient's virus scanner found something harmful, or looking harmful, in your message, usually in an attachment. Your file may be infected without you knowing, or the scanner may be overcautious (for example with documents that contain macros).",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: 'Scan the attached files with your antivirus program; do not resend them until they are clean.' },
        {
          text: 'If the file is clean, share it through a cloud drive link, or save Office files without macros (.docx instead of .docm).',
        },
      ],
    },
  ],
});
