import { defineCause } from '../model';
import { SENDER_FORWARDS_TO_ADMIN } from '../steps';

export default defineCause({
  id: 'blocklist-microsoft',
  reason: 'blocked',
  evidence: [
    // "550 5.7.606 Access denied, banned sending IP [198.51.100.20]. To request removal from this list please
    //  visit https://sender.office.com/ and follow the directions."
    { phrases: ['banned sending ip', 'sender.office.com'] },
    { status: ['5.7.606-649', '5.7.511'] },
  ],
  codeNotes: { '5.7.511': 'Microsoft: the sending address is banned; removal via delist@microsoft.com.' },
  temporary: false,
  whoActs: 'your-admin',
  title: "Your mail server's address is on Microsoft's block list",
  badge: 'Blocked by Microsoft — how to delist',
  summary:
    "Microsoft 365 refuses mail from the internet address your message was sent from, because it was seen sending spam (perhaps by another customer sharing the same server). Mail to any Microsoft 365 organisation is affected. The address can be removed through Microsoft's delist portal, usually within an hour; whoever runs your mail server should do that and find out why it happened.",
  fixes: [
    SENDER_FORWARDS_TO_ADMIN,
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Request removal at the Microsoft delist portal with the IP address from the bounce.',
          link: 'ms-delist-portal',
        },
        { text: 'For 5.7.511 send the bounce to delist@microsoft.com instead.', codes: ['5.7.511'] },
        { text: "Microsoft's delisting guide.", link: 'ms-delist-doc' },
        {
          text: 'Find the spam source (compromised accounts, open relay, web forms) before delisting, or it will return.',
        },
      ],
    },
  ],
});
