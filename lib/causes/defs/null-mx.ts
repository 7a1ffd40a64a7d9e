import { defineCause } from '../model';

export default defineCause({
  id: 'null-mx',
  reason: 'notaccept',
  evidence: [
    // Gmail: "DNS Error: DNS type 'mx' lookup of example.com responded with code NOERROR
    //  The domain example.com doesn't receive email according to the administrator: returned Null MX (RFC 7505)"
    {
      phrases: [
        'null mx',
        "doesn't receive email",
        'does not accept mail',
        'does not accept email',
        'domain does not receive mail',
      ],
    },
    // RFC 7504: "521 Host does not accept mail"; RFC 7505: 556 for a domain with a null MX.
    { reply: ['556', '521'] },
    { status: ['5.1.10'], reasons: ['notaccept'] },
  ],
  defaultFor: ['notaccept'],
  temporary: false,
  whoActs: 'you',
  title: 'This domain does not accept email at all',
  badge: 'Domain takes no mail — check the address',
  summary:
    'The domain after the @ has published a record saying it never receives email (a "null MX"). This is common for domains used only for websites, or for addresses that were never meant to receive mail. Check the address; the person probably uses a different one.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        {
          text: "Check the part after the @ for a typo (for example a company's website domain instead of its email domain).",
        },
        { text: 'Ask the person for their correct email address another way.' },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [{ text: "Look up the domain's MX record to confirm.", link: 'google-checkmx' }],
    },
  ],
});
