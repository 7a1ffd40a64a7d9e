import { defineCause } from '../model';
import { STEP_CONTACT_RECIPIENT } from '../steps';

export default defineCause({
  id: 'spamhaus-receiver-misconfigured',
  reason: 'blocked',
  evidence: [
    // "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org;
    //  Error: open resolver; https://check.spamhaus.org/returnc/pub/172.217.0.1/"
    {
      phrases: ['open resolver', 'returnc/pub', 'returnc/vol', '127.255.255.254', '127.255.255.255', '127.255.255.252'],
    },
  ],
  temporary: false,
  whoActs: 'recipient',
  title: "The recipient's server misreads a blocklist and refuses everyone",
  badge: "Recipient's filter is broken",
  summary:
    "The refusal mentions Spamhaus, a well-known blocklist, but the answer it quotes is an error code, not a real listing: the recipient's server asks Spamhaus in a way Spamhaus does not allow (through a public DNS service, or too often), gets an error back, and wrongly treats every sender as listed. You are not on a blocklist; the recipient's mail admin has to fix their server.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        STEP_CONTACT_RECIPIENT,
        {
          text: 'Tell them the bounce says "open resolver" (or "returnc"): their mail admin will know what to change.',
        },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: "For the recipient's admin: query Spamhaus through your own DNS resolver (not a public one such as 8.8.8.8), or use a Spamhaus Data Query Service key.",
          link: 'spamhaus-dnsbl-usage',
        },
      ],
    },
  ],
});
