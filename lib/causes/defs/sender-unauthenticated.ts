import { defineCause } from '../model';
import { SENDER_FORWARDS_TO_DOMAIN_MANAGER } from '../steps';

export default defineCause({
  id: 'sender-unauthenticated',
  reason: 'authfailure',
  evidence: [
    // Gmail: "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires
    //  all senders to authenticate with either SPF or DKIM."
    {
      phrases: [
        'sender is unauthenticated',
        'authenticate with either spf or dkim',
        'rate limited because it is unauthenticated',
      ],
    },
    // Yahoo: "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all
    //  senders to authenticate with either SPF or DKIM."; iCloud "554 5.7.1 [HME1] … failing both SPF and DKIM"
    {
      phrases: [
        'failing both spf and dkim',
        '[hme1]',
        "didn't pass dkim",
        'dkim sender invalid',
        'dkim authentication',
        'does not have authentication information',
        'domain authentication fail',
      ],
    },
    { status: ['5.7.26', '4.7.26', '5.7.20', '5.7.22', '5.7.30', '5.7.40', '4.7.40', '5.7.32', '4.7.32'] },
  ],
  defaultFor: ['authfailure'],
  codeNotes: {
    '5.7.26': 'Gmail: neither SPF nor DKIM passed for this message.',
    '4.7.26': 'Gmail: neither SPF nor DKIM passed; mail is slowed down for now.',
    '5.7.30': 'Gmail: a bulk sender did not pass DKIM (not the RFC meaning, REQUIRETLS).',
    '5.7.40': "Gmail: a bulk sender's domain has no DMARC record.",
    '5.7.32': 'Gmail: the From domain does not match the domain SPF or DKIM checked.',
    '5.7.9': 'Yahoo: blocked because the sender is unauthenticated.',
  },
  temporary: false,
  whoActs: 'your-admin',
  title: 'Your message could not prove it comes from your domain (SPF and DKIM failed)',
  badge: 'Sender not authenticated — ask your admin',
  summary:
    "Big mail services (Gmail, Yahoo, Outlook.com, iCloud) only accept mail that proves it really comes from the sender's domain, with SPF (a list of allowed servers) or DKIM (a digital seal). Your message had neither proof, so it was refused. Whoever manages your domain or sending service has to set these up.",
  fixes: [
    SENDER_FORWARDS_TO_DOMAIN_MANAGER,
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Publish SPF for every sending service, sign outgoing mail with DKIM using your domain, add a DMARC record.',
        },
        { text: "Google's sender guidelines.", link: 'google-sender-guidelines' },
      ],
    },
    {
      client: 'google-admin',
      audience: 'admin',
      steps: [
        {
          text: 'Turn on DKIM: Apps > Google Workspace > Gmail > Authenticate email > Generate new record, publish it, then Start authentication.',
          link: 'gadmin-authenticate-email',
        },
      ],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: 'Enable DKIM for each custom domain: Microsoft Defender portal > Email & collaboration > Policies & rules > Threat policies > Email authentication settings > DKIM > select the domain > "Sign messages for this domain with DKIM signatures" (publish the two CNAME records it shows first).',
        },
      ],
    },
  ],
});
