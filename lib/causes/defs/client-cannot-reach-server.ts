import { defineCause } from '../model';

export default defineCause({
  id: 'client-cannot-reach-server',
  reason: 'networkerror',
  evidence: [
    // Classic Outlook: "Send test e-mail message: Cannot connect to the outgoing (SMTP) server. … (0x80042109)";
    // "Task 'mail.example.com - Sending' reported error (0x800CCC0E) : 'Outlook cannot connect to your
    //  outgoing (SMTP) e-mail server. If you continue to receive this message, contact your server administrator'"
    { phrases: ['0x800ccc0e', '0x80042109', '0x800ccc0d', '0x800ccc0f', '0x800ccc1a', '0x8004210b', '0x800ccc19'] },
    { phrases: ['cannot connect to your outgoing (smtp)', 'cannot connect to the outgoing (smtp)'] },
  ],
  temporary: false,
  whoActs: 'you',
  title: 'Your mail app could not reach its outgoing mail server',
  badge: "Can't reach mail server — how to fix",
  summary:
    'Nothing was sent yet: your mail app could not even connect to its outgoing (SMTP) server. The server name may be wrong, the port and encryption settings may not match (for example port 465 without SSL), or a firewall, antivirus program or the network you are on blocks the connection.',
  fixes: [
    {
      client: 'outlook-classic',
      audience: 'sender',
      steps: [
        {
          text: 'Open File > Account Settings > Account Settings…, select the account, click Change… and check the Outgoing mail server (SMTP) name.',
        },
        {
          text: 'More Settings… > Advanced: use 587 with STARTTLS (or 465 with SSL/TLS) for the outgoing server; the port and encryption type must belong together.',
        },
        {
          text: "Try again on another network, or pause the antivirus program's email scanning, to see whether something blocks the connection.",
        },
      ],
    },
    {
      client: 'any',
      audience: 'sender',
      steps: [
        {
          text: 'Check the outgoing server name, port (587 with STARTTLS or 465 with SSL/TLS) and that you are online.',
        },
        { text: "Compare the settings with your email provider's help page for mail apps." },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Make sure the submission ports (587, 465) are open and the certificate matches the server name users configure.',
          link: 'ms-connectivity-analyzer',
        },
      ],
    },
  ],
});
