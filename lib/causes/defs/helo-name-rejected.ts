import { defineCause } from '../model';
import { SENDER_FORWARDS_TO_ADMIN } from '../steps';

export default defineCause({
  id: 'helo-name-rejected',
  reason: 'blocked',
  evidence: [
    // qmail: "Connected to 192.0.2.112 but my name was rejected. Remote host said: 501 5.0.0 Invalid domain name"
    // Postfix receiver: "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname"
    {
      phrases: [
        'my name was rejected',
        'helo command rejected',
        'ehlo command rejected',
        'invalid helo',
        'bad helo',
        'helo name rejected',
        'invalid hostname in helo',
        'helo is not a fqdn',
        'helo/ehlo',
      ],
    },
  ],
  temporary: false,
  whoActs: 'your-admin',
  title: "The recipient's server refused the name your mail server greets with",
  badge: 'Server name refused — ask your admin',
  summary:
    'When mail servers connect, the sending one first introduces itself with a host name (the "HELO" greeting). The recipient\'s server refused the name your mail server gave, usually because it is not a real, resolvable internet name or does not match the server\'s address. Nothing in your message is wrong; whoever runs your mail server has to correct its name.',
  fixes: [
    SENDER_FORWARDS_TO_ADMIN,
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Mail admin: make the server greet with a real, resolvable host name (HELO/EHLO) that matches its reverse DNS (Postfix smtp_helo_name / myhostname, Exim helo_data, qmail control/helohost).',
        },
        {
          text: "Check that the name resolves to the sending IP and that the IP's PTR record names it.",
          link: 'google-checkmx',
        },
      ],
    },
  ],
});
