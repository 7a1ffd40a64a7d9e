import { defineCause } from '../model';
import { SENDER_FORWARDS_TO_ADMIN } from '../steps';

export default defineCause({
  id: 'low-reputation-blocked',
  reason: 'badreputation',
  evidence: [
    // Gmail: "550-5.7.1 Our system has detected that this message is likely suspicious due to the very low
    //  reputation of the sending IP address."; "… very low reputation of the sending domain."
    { phrases: ['very low reputation', 'poor reputation', 'low reputation', 'ip reputation - (reject)', 'reputation'] },
    // iCloud: "554 5.7.1 [CS02] Message rejected due to local policy."
    { phrases: ['[cs01]', '[cs02]', '[hm07]', '[hm08]', 'message rejected due to local policy'] },
    // Gmail: "550-5.7.1 … unusual rate of unsolicited mail originating from your IP address"
    { phrases: ['not authorized to send email directly to our servers'] },
  ],
  defaultFor: ['badreputation'],
  temporary: false,
  whoActs: 'your-admin',
  title: 'Your mail server or domain has too poor a reputation with the recipient',
  badge: 'Poor sender reputation — ask your admin',
  summary:
    'Large mail services score every sending server and domain by how much of their mail users mark as spam or send to dead addresses. Your sending server or domain scored too low, so the message was refused. It is not about this one message; your mail admin or provider has to improve the reputation (authentication, clean lists, fewer complaints).',
  fixes: [
    SENDER_FORWARDS_TO_ADMIN,
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Check the domain and IP reputation in Google Postmaster Tools and Microsoft SNDS.',
          link: 'google-postmaster',
        },
        {
          text: 'Authenticate all mail (SPF, DKIM, DMARC), remove bouncing addresses, honour unsubscribes.',
          link: 'google-sender-guidelines',
        },
        { text: 'iCloud (CS01/CS02/HM08): Apple publishes only general guidance.', link: 'apple-postmaster' },
      ],
    },
  ],
});
