import { defineCause } from '../model';
import { STEP_FORWARD_TO_ADMIN } from '../steps';

// A refusal that passes a verdict on the sender ("unsolicited", "very low reputation") rather than
// on its volume: retries from the same server keep meeting the same verdict until the reputation
// recovers, so the admin acts now instead of waiting (codes.json: Gmail 4.7.28, 5.7.28 and 421 4.7.0
// reputation rows, who_acts sender_admin; plain rate limits such as Outlook.com S775 stay "wait").
// Permanent "very low reputation" refusals without the spam-rate wording are low-reputation-blocked's.
export default defineCause({
  id: 'spam-reputation-deferred',
  reason: 'badreputation',
  alsoFits: ['spamdetected', 'speeding', 'blocked'],
  evidence: [
    // Gmail: "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP
    //  address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited."
    // "550-5.7.28 … unusual rate of unsolicited mail … has been blocked." X.7.28 is also IANA's "mail
    //  flood detected" (abusive mail), a verdict too.
    { status: ['x.7.28'] },
    { phrases: ['unusual rate of unsolicited', 'unusual amount of unsolicited'] },
    // Gmail: "421-4.7.0 This message is suspicious due to the very low reputation of the sending IP address."
    { phrases: ['very low reputation', 'low reputation of the sending'], reply: ['421', '450', '451'] },
  ],
  temporary: true,
  whoActs: 'your-admin',
  title: "The recipient's server is holding back your server's mail as likely spam",
  badge: 'Deferred as likely spam — ask your admin',
  summary:
    'The receiving service is refusing mail from your sending server for now because it judges that server or your domain to send unwanted mail (a low reputation, or a burst of mail its users treat as spam). Your server keeps retrying, but retries usually meet the same verdict until the reputation improves, so your mail admin or provider should look into it now rather than wait.',
  gaveUp: {
    whoActs: 'your-admin',
    title: "The recipient's server refused your server's mail as likely spam",
    badge: 'Refused as likely spam — ask your admin',
    summary:
      'The receiving service refused mail from your sending server because it judges that server or your domain to send unwanted mail (a low reputation, or a burst of mail its users treat as spam), so the message was not delivered. Sending again helps only once the reputation has improved: your mail admin or provider has to find out why (a compromised account, a bulk send, missing authentication, a bad neighbour on a shared server).',
    steps: [
      STEP_FORWARD_TO_ADMIN,
      {
        text: 'Send the message again once your admin has dealt with the cause; resending now meets the same refusal.',
      },
    ],
  },
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        STEP_FORWARD_TO_ADMIN,
        { text: 'Avoid sending the same message again and again meanwhile: repeats count against the reputation.' },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Look for what raised the spam rate: a compromised account, a bulk send to an old list, forwarded spam.',
        },
        {
          text: "Check the domain's and IP's spam rate and reputation in Google Postmaster Tools.",
          link: 'google-postmaster',
        },
        {
          text: 'Make sure the mail passes SPF, DKIM and DMARC and follows the sender guidelines.',
          link: 'google-sender-guidelines',
        },
      ],
    },
  ],
});
