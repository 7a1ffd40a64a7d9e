import { defineCause } from '../model';
import { STEP_FORWARD_TO_DOMAIN_MANAGER } from '../steps';

export default defineCause({
  id: 'dmarc-policy-reject',
  reason: 'authfailure',
  evidence: [
    // Gmail: "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's
    //  550-5.7.26 DMARC policy. Please contact the administrator of example.com domain …"
    { phrases: ["due to domain's dmarc policy", 'dmarc policy', 'dmarcrejection'] },
    // The same reply cut after its first line: "550-5.7.1 Unauthenticated email from example.com is not accepted due to domain's"
    { phrases: ['unauthenticated email from', "is not accepted due to domain's"] },
    // Microsoft: "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification
    //  and has a DMARC policy of reject."
    { phrases: ['does not pass dmarc verification', 'dmarc verification failed', 'failed dmarc'] },
    // Mimecast "550 DMARC Sender Invalid - envelope rejected"; Zoho "550 5.7.1 Email rejected per DMARC policy"
    { phrases: ['dmarc sender invalid', 'rejected per dmarc', 'dmarc reject', 'dmarc check failed', 'dmarc fail'] },
    { status: ['5.7.509'] },
  ],
  codeNotes: {
    '5.7.509': 'Microsoft: the From domain failed DMARC and asks receivers to reject such mail.',
    '5.7.26': "Gmail: the message failed the From domain's DMARC policy.",
  },
  temporary: false,
  whoActs: 'your-admin',
  title: "Your message failed your domain's DMARC check",
  badge: 'DMARC failed — ask your admin',
  summary:
    'Your domain publishes a DMARC rule telling receivers to refuse mail that cannot prove it really comes from the domain. This message could not prove it (its SPF and DKIM checks failed or did not match the From address), so it was refused. Common causes: sending through a service (newsletter tool, website, printer) that is not set up for your domain, or automatic forwarding.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: 'Send from your normal mail app or webmail rather than another service using your address.' },
        STEP_FORWARD_TO_DOMAIN_MANAGER,
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Make every service that sends as the domain pass SPF or DKIM aligned with the From domain (add it to SPF, enable DKIM signing with your domain).',
        },
        { text: 'Read DMARC aggregate reports before tightening p=reject.' },
        { text: "Google's sender guidelines.", link: 'google-sender-guidelines' },
      ],
    },
    {
      client: 'google-admin',
      audience: 'admin',
      steps: [
        {
          text: 'Turn on DKIM: Apps > Google Workspace > Gmail > Authenticate email.',
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
