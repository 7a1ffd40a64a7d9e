import { defineCause } from '../model';
import { SENDER_FORWARDS_TO_DOMAIN_MANAGER } from '../steps';

export default defineCause({
  id: 'spf-fail',
  reason: 'authfailure',
  evidence: [
    // Microsoft: "550 5.7.23 The message was rejected because of Sender Policy Framework violation"
    { phrases: ['sender policy framework violation', 'sender policy framework'] },
    // Gmail: "550-5.7.27 … your email didn't pass SPF authentication"; "550-5.7.26 … hard fail policy (-all)"
    {
      phrases: [
        "didn't pass spf",
        'hard fail policy (-all)',
        'spf sender invalid',
        'spf check failed',
        'spf fail',
        'spf validation',
        'sender id validation failure',
        'ib508',
      ],
    },
    { status: ['5.7.23', '5.7.27'], hosts: ['gsmtp', 'outlook.com', 'google.com'] },
    { status: ['5.7.23'] },
  ],
  codeNotes: { '5.7.27': 'Gmail: a bulk sender did not pass SPF.' },
  temporary: false,
  whoActs: 'your-admin',
  title: 'The server that sent your message is not allowed to send for your domain (SPF)',
  badge: 'SPF failed — ask your admin',
  summary:
    'Your domain publishes a list (an SPF record) of the servers allowed to send its mail. The server this message left from is not on that list, so the receiver treated it as possibly forged and refused it. Whoever manages your domain must add that sending service to the SPF record.',
  fixes: [
    SENDER_FORWARDS_TO_DOMAIN_MANAGER,
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: "Add the sending service to the domain's SPF TXT record (for example include:spf.protection.outlook.com or include:_spf.google.com) and keep under 10 DNS lookups.",
        },
        { text: 'Check the record with a lookup tool.', link: 'google-checkmx' },
      ],
    },
  ],
});
