import { defineCause } from '../model';
import { SENDER_FORWARDS_TO_ADMIN } from '../steps';

export default defineCause({
  id: 'blocklist-barracuda',
  reason: 'blocked',
  evidence: [
    // "554 Service unavailable; Client host [198.51.100.7] blocked using Barracuda Reputation;
    //  http://www.barracudanetworks.com/reputation/?r=1&ip=198.51.100.7"
    {
      phrases: [
        'barracuda reputation',
        'b.barracudacentral.org',
        'barracudacentral',
        'barracudanetworks.com/reputation',
      ],
    },
  ],
  temporary: false,
  whoActs: 'your-admin',
  title: "Your mail server's address is on the Barracuda blocklist",
  badge: 'On Barracuda blocklist — how to delist',
  summary:
    "The recipient uses a Barracuda spam filter, which refuses mail from internet addresses with a bad reputation on Barracuda's own list. The address your message came from is listed. Your mail admin or provider can request removal; Barracuda reviews requests within a day or two.",
  fixes: [
    SENDER_FORWARDS_TO_ADMIN,
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        { text: 'Request removal with the IP address from the bounce.', link: 'barracuda-removal' },
        { text: 'Fix the cause first: missing reverse DNS, compromised accounts, bulk mail without consent.' },
      ],
    },
  ],
});
