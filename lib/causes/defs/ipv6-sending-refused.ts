import { defineCause } from '../model';
import { SENDER_FORWARDS_TO_HOSTING } from '../steps';

// Refusals aimed at the transport, not the message: the receiver takes no mail, or no mail from this
// server, over IPv6. Only the sending server's admin can change that (send over IPv4, or give the IPv6
// address what the receiver wants); the words "does not accept email" must not read as a Null MX
// domain (codes.json: Microsoft 5.7.510, Gmail 5.7.1 IPv6 guidelines, who_acts sender_admin).
export default defineCause({
  id: 'ipv6-sending-refused',
  reason: 'blocked',
  evidence: [
    // Microsoft: "550 5.7.510 Access denied, [contoso.com] does not accept email over IPv6"
    // Gmail: "550-5.7.1 This message does not meet IPv6 sending guidelines …"; its full wording goes on
    //  "regarding PTR records and authentication" and is then missing-ptr's (registered earlier).
    { phrases: ['email over ipv6', 'mail over ipv6', 'ipv6 sending guidelines'] },
  ],
  codeNotes: { '5.7.510': 'Microsoft: the recipient domain does not accept mail sent to it over IPv6.' },
  temporary: false,
  whoActs: 'your-admin',
  title: "The recipient's server refused mail sent to it over IPv6",
  badge: 'Refused over IPv6 — ask your admin',
  summary:
    'Your mail server delivered over IPv6, and the receiving side either takes no mail over IPv6 or only from IPv6 senders with a reverse DNS name and passing SPF or DKIM. Nothing is wrong with the address or the message; your mail admin has to change how the server sends to this domain.',
  fixes: [
    SENDER_FORWARDS_TO_HOSTING,
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        { text: 'Make the server deliver to this domain over IPv4 (or prefer IPv4 for outgoing mail in general).' },
        {
          text: "To keep IPv6: give the server's IPv6 address a PTR record that resolves back to it, and make the mail pass SPF (include the IPv6 address) and DKIM.",
        },
      ],
    },
  ],
});
