import { defineCause } from '../model';

export default defineCause({
  id: 'tls-required',
  reason: 'failedstarttls',
  evidence: [
    // Gmail: "530 5.7.0 Must issue a STARTTLS command first."; "421 4.7.0 TLS required for RCPT domain, closing connection."
    // Exchange Online: "451 4.4.317 Cannot connect to remote server … STARTTLS is required to send mail"
    {
      phrases: [
        'must issue a starttls command first',
        'tls required for rcpt domain',
        'starttls is required',
        'requires encryption',
        'route requires encryption',
        'requires tls',
        'tls required',
        'tls/sslv3 connection required',
        'encryption required',
        'not using a tls connection',
        "wasn't sent over a tls connection",
        'must use tls',
        'starttls failed',
      ],
    },
    { reply: ['523', '538'] },
    { status: ['x.7.10', 'x.7.11', 'x.7.29'], hosts: ['gsmtp', 'google.com'] },
    { status: ['4.4.317'] },
  ],
  defaultFor: ['failedstarttls'],
  codeNotes: {
    '5.7.29': 'Gmail: a bulk sender did not use an encrypted (TLS) connection (not the RFC meaning, ARC).',
    '4.4.317': 'Microsoft: a connector requires TLS but the other server did not offer it.',
  },
  temporary: false,
  whoActs: 'your-admin',
  title: 'The connection had to be encrypted and was not',
  badge: 'Encryption required — how to fix',
  summary:
    "One side requires mail to travel over an encrypted connection (TLS), and the sending server or mail app did not set it up. If your mail app shows this, turn on STARTTLS/SSL for the outgoing server; otherwise your mail server's administrator has to enable encryption.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        {
          text: "In your mail app's outgoing server settings choose port 587 with STARTTLS (or 465 with SSL/TLS) instead of no encryption.",
        },
        { text: 'If you send from webmail, forward this bounce to your mail admin.' },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Enable opportunistic TLS on outbound SMTP (Postfix: smtp_tls_security_level = may) with a valid certificate, and TLS 1.2 or later.',
        },
      ],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: '4.4.317: a connector requires TLS to a partner that does not offer it; review Exchange admin center > Mail flow > Connectors.',
          link: 'eac-connectors',
        },
      ],
    },
  ],
});
