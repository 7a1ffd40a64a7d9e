import { defineCause } from '../model';
import { SENDER_FORWARDS_TO_HOSTING } from '../steps';

export default defineCause({
  id: 'missing-ptr',
  reason: 'requireptr',
  evidence: [
    // Gmail: "550-5.7.25 The IP address sending this message does not have a PTR record setup, or the
    //  corresponding forward DNS entry does not point to the sending IP."
    { phrases: ['does not have a ptr record', "doesn't have a ptr record", 'ptr record', 'reverse dns', 'rdns'] },
    // Postfix: "450 4.7.1 Client host rejected: cannot find your hostname, [198.51.100.23]"
    { phrases: ['cannot find your hostname', 'cannot find your reverse hostname', 'cxdns', 'ib108'] },
    { status: ['5.7.25', '4.7.25'] },
    { status: ['4.7.23'], hosts: ['gsmtp', 'google.com'] },
  ],
  defaultFor: ['requireptr'],
  codeNotes: {
    '4.7.23': "Gmail: the sending server's address has no matching reverse DNS name (not the RFC meaning, SPF).",
    '5.7.25': "The sending server's address has no matching reverse DNS name.",
  },
  temporary: false,
  whoActs: 'your-admin',
  title: 'The server that sent your mail has no proper reverse DNS name',
  badge: 'Missing reverse DNS — ask your admin',
  summary:
    'Receiving servers look up the name behind the sending server\'s internet address (its "reverse DNS" or PTR record). Properly run mail servers have one that matches; your sending server does not, so the receiver refused it as a likely spam source. This is set by whoever runs your mail server or its internet connection.',
  fixes: [
    SENDER_FORWARDS_TO_HOSTING,
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: "Ask the owner of the server's IP address (hosting or internet provider) to set a PTR record to the server's host name, and make that name resolve back to the same IP.",
        },
        { text: 'Over IPv6, both the PTR and SPF/DKIM are required by Gmail and Microsoft.' },
        { text: 'Or send through a smarthost/relay that already has proper reverse DNS.' },
      ],
    },
  ],
});
