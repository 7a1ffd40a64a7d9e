import { defineCause } from '../model';
import { STEP_CONTACT_RECIPIENT } from '../steps';

export default defineCause({
  id: 'recipient-tls-problem',
  reason: 'failedstarttls',
  evidence: [
    // Microsoft: "451 4.4.8 MTA-STS validation failed …"; "450 4.7.323 tlsa-invalid: The domain failed DANE validation"
    {
      phrases: [
        'mta-sts',
        'starttls-not-supported',
        'tlsa-invalid',
        'dnssec-invalid',
        'certificate-host-mismatch',
        'certificate-expired',
        'dane validation',
      ],
    },
    { status: ['x.7.321-325', 'x.4.8', 'x.7.5'], hosts: ['outlook.com'] },
    { status: ['x.7.321-325'] },
    // Postfix with a TLS policy: "TLS is required, but was not offered by host mx.example.org[203.0.113.5]"
    {
      phrases: [
        'tls is required, but was not offered',
        'server certificate not verified',
        'certificate verification failed',
      ],
    },
    // Gmail relaying for a domain that requires TLS: "500 Remote server does not support TLS (state 6)."
    { phrases: ['remote server does not support tls', 'does not offer starttls', 'does not support starttls'] },
  ],
  temporary: false,
  whoActs: 'recipient',
  title: "The recipient's server could not set up a secure connection",
  badge: "Recipient's encryption is broken",
  summary:
    "Mail between servers is encrypted. The recipient's domain promises a secure connection (or your side requires one), but their server's certificate or encryption setup failed the check, so your server refused to hand the message over unprotected. The recipient's mail admin has to renew or correct the certificate or their security settings.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [STEP_CONTACT_RECIPIENT, { text: 'Mention "TLS certificate" or "MTA-STS/DANE" from the bounce to them.' }],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: "Recipient's admin: renew the mail server certificate, make its name match the MX host, and update the MTA-STS policy or TLSA records.",
        },
        { text: 'Test the server with the Microsoft Remote Connectivity Analyzer.', link: 'ms-connectivity-analyzer' },
      ],
    },
  ],
});
