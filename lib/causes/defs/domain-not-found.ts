import { defineCause } from '../model';

export default defineCause({
  id: 'domain-not-found',
  reason: 'hostunknown',
  evidence: [
    // Gmail: "DNS Error: DNS type 'mx' lookup of exmaple.com responded with code NXDOMAIN
    //  Domain name not found: exmaple.com"
    // Gmail: "553 5.1.2 We weren't able to find the recipient domain."
    {
      phrases: [
        'nxdomain',
        'domain name not found',
        "weren't able to find the recipient domain",
        'host or domain name not found',
        'host unknown',
        'infodomainnonexistent',
        'nonexistentdomain',
        'nonexistent domain',
        "couldn't find any host named",
        "couldn't find any host by that name",
        "couldn't find a mail exchanger",
        'no mx record',
        'no mail exchanger',
        'domain not found',
        'recipient domain not found',
        'unrouteable domain',
        // Exim: "Unrouteable address" (no MX or A record for the domain)
        'unrouteable address',
        'name service error',
        'domain is not reachable',
      ],
      reasons: ['hostunknown', 'onhold', 'undefined', 'networkerror', 'userunknown', 'notaccept'],
    },
    { status: ['5.1.2', '5.4.310'] },
    { status: ['5.4.4'], reasons: ['hostunknown', 'networkerror', 'undefined', 'onhold'] },
  ],
  defaultFor: ['hostunknown'],
  temporary: false,
  whoActs: 'you',
  title: "The recipient's domain does not exist",
  badge: 'Domain not found — check the address',
  summary:
    "The part of the address after the @ (the domain) could not be found on the internet, so there is nowhere to deliver to. Almost always it is a typo (gmial.com, outlok.com, a missing letter), or the organisation's domain has expired or changed.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: 'Check the part after the @ letter by letter and send again with the corrected address.' },
        { text: 'If it came from suggestions while typing, remove the wrong suggestion (X next to it).' },
        { text: 'If it is right, the organisation may have changed its domain; ask for their current address.' },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Confirm with an MX lookup; a temporary DNS failure on your side shows as a delay instead.',
          link: 'google-checkmx',
        },
      ],
    },
  ],
});
