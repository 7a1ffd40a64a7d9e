import { defineCause } from '../model';

export default defineCause({
  id: 'sender-address-rejected',
  reason: 'rejected',
  evidence: [
    // Postfix: "450 4.1.8 <me@example.invalid>: Sender address rejected: Domain not found"
    // Exim: "550 Sender verify failed"; qmail: "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)"
    {
      phrases: [
        'sender address rejected',
        'sender verify failed',
        'sender verification failed',
        'badmailfrom',
        'domain of sender address',
        'sender domain',
        'unresolvable rfc.5321',
        'unresolvable rfc.5322',
        'sender rejected',
        'invalid sender',
        'sender denied',
        'mail from address rejected',
      ],
    },
    { status: ['x.1.7', 'x.1.8'] },
  ],
  defaultFor: ['rejected'],
  temporary: false,
  whoActs: 'your-admin',
  title: "The recipient's server refused your sender address",
  badge: 'Sender address refused — ask your admin',
  summary:
    'The receiving server checks the sender address on every message, including the hidden "return" address that bounces go to. It could not accept yours: the domain may not exist or have no working mail settings, the address may be on its refused list, or it could not confirm that the address can receive replies. Usually your mail admin or the service that sent the message has to fix the address or its domain settings.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: "Check the From address in your mail app's account settings for a typo." },
        { text: 'Forward this bounce to your mail admin or the service that sent the message.' },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Make sure the envelope sender domain resolves (MX or A record) and accepts bounces; do not send from placeholder domains.',
          link: 'google-checkmx',
        },
      ],
    },
  ],
});
