// The relay check: the scenario table of the relay article as a pure function for the panel's
// interactive helper. Where you are, whose outgoing server you use and where the recipient is →
// whether the server was asked to relay, why it refused, and which fixes apply.
// A mail server delivers to its own domains for anyone, but passes mail on to other domains
// ("relays") only for clients it trusts: signed-in users (SMTP AUTH, RFC 4954) or addresses in its
// authorised network ranges. Everyone else is refused, or it would be an open relay.

export type RelayLocation = 'home-isp' | 'work' | 'travelling';
export type RelayServer = 'isp' | 'work' | 'webmail' | 'custom-domain';
export type RecipientDomain = 'same' | 'other';

export interface RelayCheckInput {
  location: RelayLocation;
  server: RelayServer;
  recipientDomain: RecipientDomain;
}

export type RelayFixId =
  | 'enable-smtp-auth'
  | 'use-port-587'
  | 'use-local-smtp'
  | 'use-webmail'
  | 'use-vpn'
  | 'check-recipient-address'
  | 'admin-accepted-domain'
  | 'admin-authorised-ranges'
  | 'admin-pop-before-smtp'
  | 'admin-submission-port';

interface RelayFix {
  id: RelayFixId;
  audience: 'sender' | 'admin';
  text: string;
}

export interface RelayCheckResult {
  relaying: boolean;
  /** One sentence: is this relaying? */
  verdict: string;
  /** Why the server refused in this situation. */
  why: string;
  fixes: RelayFix[];
}

/** Every user-facing string of the helper: questions, options, verdicts, fixes. */
export const RELAY_CHECK_TEXT = {
  heading: 'Check: why did the server refuse to relay?',
  questions: {
    location: 'Where were you when you sent it?',
    server: 'Whose outgoing (SMTP) server does your mail app use?',
    recipientDomain: "Is the recipient's address at the same domain as that server's own addresses?",
  },
  options: {
    location: {
      'home-isp': "At home, on my internet provider's connection",
      work: 'At work, on the office network',
      travelling: "Travelling: hotel, airport, café, mobile hotspot, a friend's Wi-Fi",
    } satisfies Record<RelayLocation, string>,
    server: {
      isp: "My internet provider's (e.g. smtp.myprovider.net)",
      work: "My work's mail server",
      webmail: "A webmail provider's (Gmail, Outlook.com, Yahoo, iCloud…)",
      'custom-domain': 'My own domain at a hosting company',
    } satisfies Record<RelayServer, string>,
    recipientDomain: {
      same: 'Same domain (e.g. both @myprovider.net)',
      other: 'Another domain',
    } satisfies Record<RecipientDomain, string>,
  },
  verdict: {
    relaying: 'Yes, this is relaying: you asked the server to pass your message on to a domain it does not handle.',
    local: "No, this is not relaying: the server is the recipient's own mail server.",
  },
  why: {
    local:
      "The server handles the recipient's domain itself, so it should have accepted the message. It probably does not know the address, or the domain is not set up on it.",
    homeIsp:
      "You are on your provider's own network, where it used to trust you by your connection. Most providers now require sign-in even there, or your connection is not recognised (for example through a VPN).",
    ispAway:
      "Your provider's server trusts only connections from its own network. You are on another network, so it cannot tell you from a spammer unless you sign in.",
    workInside:
      'You are inside the office network, but your computer is not in the address ranges the server trusts, or the server requires sign-in from everyone.',
    workAway:
      'Your work server trusts the office network only. From outside it needs you to sign in (or to connect through the company VPN).',
    signInAlways: 'This kind of server never relays for anyone who has not signed in, wherever you are.',
  },
  fixes: {
    'enable-smtp-auth':
      'Turn on "My outgoing server (SMTP) requires authentication" and use the same user name and password as your incoming mail server.',
    'use-port-587': 'Send on the submission port 587 with STARTTLS (many networks block port 25 to outside servers).',
    'use-local-smtp':
      "Or use the outgoing (SMTP) server of the network you are on (your work's or the hotel's), if it lets you.",
    'use-webmail': "Or send from your provider's webmail until the app is fixed.",
    'use-vpn': 'Or connect to the company VPN first, then send.',
    'check-recipient-address': 'Check the recipient address for a typo; the server may simply not know it.',
    'admin-accepted-domain':
      "Admin: make sure the recipient's domain is configured as a local (accepted) domain on the server and its MX points there.",
    'admin-authorised-ranges':
      'Admin: add the office address ranges to the networks allowed to relay (Postfix mynetworks, Exchange receive connector), or require sign-in.',
    'admin-pop-before-smtp':
      'Admin: for old clients that cannot sign in to SMTP, POP-before-SMTP lets a client send for a few minutes after reading its mail over POP; prefer SMTP sign-in.',
    'admin-submission-port':
      'Admin: offer authenticated submission on port 587 with STARTTLS and relay for signed-in users only.',
  } satisfies Record<RelayFixId, string>,
} as const;

function fix(id: RelayFixId): RelayFix {
  return { id, audience: id.startsWith('admin-') ? 'admin' : 'sender', text: RELAY_CHECK_TEXT.fixes[id] };
}

export function relayCheck(input: RelayCheckInput): RelayCheckResult {
  const t = RELAY_CHECK_TEXT;
  if (input.recipientDomain === 'same') {
    return {
      relaying: false,
      verdict: t.verdict.local,
      why: t.why.local,
      fixes: [fix('check-recipient-address'), fix('admin-accepted-domain')],
    };
  }
  const base = [fix('enable-smtp-auth'), fix('use-port-587')];
  switch (input.server) {
    case 'webmail':
    case 'custom-domain':
      return {
        relaying: true,
        verdict: t.verdict.relaying,
        why: t.why.signInAlways,
        fixes: [...base, fix('use-webmail'), fix('admin-submission-port')],
      };
    case 'isp':
      if (input.location === 'home-isp') {
        return {
          relaying: true,
          verdict: t.verdict.relaying,
          why: t.why.homeIsp,
          fixes: [...base, fix('use-webmail'), fix('admin-submission-port'), fix('admin-pop-before-smtp')],
        };
      }
      return {
        relaying: true,
        verdict: t.verdict.relaying,
        why: t.why.ispAway,
        fixes: [...base, fix('use-local-smtp'), fix('use-webmail'), fix('admin-pop-before-smtp')],
      };
    case 'work':
      if (input.location === 'work') {
        return {
          relaying: true,
          verdict: t.verdict.relaying,
          why: t.why.workInside,
          fixes: [...base, fix('admin-authorised-ranges'), fix('admin-submission-port')],
        };
      }
      return {
        relaying: true,
        verdict: t.verdict.relaying,
        why: t.why.workAway,
        fixes: [
          ...base,
          fix('use-vpn'),
          fix('use-local-smtp'),
          fix('admin-submission-port'),
          fix('admin-pop-before-smtp'),
        ],
      };
  }
}
