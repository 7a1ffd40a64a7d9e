import { defineCause } from '../model';
import { SENDER_FORWARDS_TO_ADMIN } from '../steps';

export default defineCause({
  id: 'blocklist-other',
  reason: 'blocked',
  evidence: [
    // "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using bl.spamcop.net"
    // "550 5.7.1 Your IP 198.51.100.7 is listed on UCEPROTECT-Level1"
    {
      phrases: [
        'blocked using',
        'listed at',
        'listed on',
        'listed in',
        'spamcop',
        'uceprotect',
        'blacklisted',
        'blocklisted',
        'block list',
        'blocklist',
        'blacklist',
        'dnsbl',
        'cloudmark',
        'ipcheck.proofpoint.com',
        'dnsbl-lookup.cgi',
        'mail-abuse.com',
        'ipbl',
      ],
    },
    // Cox "CXBL"/GoDaddy "IB110"/"IB111"/"IB103"/Spectrum "AUP#1000", Proofpoint "554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=…"
    { phrases: ['cxbl', 'cdrbl', 'ib110', 'ib111', 'ib103', 'aup#1000', 'aup#o1000', 'aup#i1000'] },
    // Postfix access list at the receiver: "554 5.7.1 <unknown[198.51.100.7]>: Client host rejected: Access denied"
    { phrases: ['client host rejected: access denied', 'client host rejected'] },
  ],
  defaultFor: ['blocked'],
  temporary: false,
  whoActs: 'your-admin',
  title: "The recipient's server refuses mail from your mail server's address",
  badge: 'Sender blocked — how to delist',
  summary:
    "The recipient's server refused the connection from the internet address your message was sent from, because that address is on a blocklist or has a poor reputation. This is about the sending server, not about you personally, and it affects everyone using the same server. Whoever runs your mail server can check which list it is on and request removal.",
  fixes: [
    SENDER_FORWARDS_TO_ADMIN,
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: "Check the sending IP on the major lists and follow each list's removal procedure.",
          link: 'mxtoolbox-blacklists',
        },
        { text: 'SpamCop listings expire by themselves about a day after the spam stops.', link: 'spamcop-bl' },
        { text: 'Proofpoint-protected recipients: check and request removal here.', link: 'proofpoint-ipcheck' },
      ],
    },
  ],
});
