import { defineCause } from '../model';
import { STEP_FORWARD_TO_ADMIN } from '../steps';

export default defineCause({
  id: 'blocklist-spamhaus',
  reason: 'blocked',
  evidence: [
    // Postfix receiver: "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using
    //  zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.7"
    { phrases: ['spamhaus'] },
    // Yahoo: "553 5.7.1 [BL21] Connections will not be accepted from 198.51.100.7, because the ip is in
    //  Spamhaus's list; see https://postmaster.yahooinc.com/error-codes"
    { phrases: ['[bl21]', '[bl23]', 'cbl.abuseat.org', 'ib104', 'ib105', 'ib106', 'your ip is in the pbl'] },
  ],
  temporary: false,
  whoActs: 'your-admin',
  title: "Your mail server's address is on the Spamhaus blocklist",
  badge: 'On Spamhaus blocklist — how to delist',
  summary:
    "The recipient's server checks senders against Spamhaus, the most widely used spam blocklist, and the internet address (or a domain in your message) is listed there. Listings mean spam, an infected computer, or an address range that should not send mail directly (for example a home connection). Whoever runs your mail server can look the address up and follow the removal steps.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        STEP_FORWARD_TO_ADMIN,
        {
          text: "If you send directly from a home connection, send through your provider's outgoing server with sign-in instead.",
        },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Look up the IP or domain in the Spamhaus reputation checker and follow its removal steps for the named list (SBL, XBL/CSS, PBL, DBL).',
          link: 'spamhaus-check',
        },
        {
          text: 'XBL/CSS: find the infected machine or compromised account first; PBL: send through a proper mail server instead of a dynamic IP.',
        },
      ],
    },
  ],
});
