import { defineCause } from '../model';
import { RELAY_ADMIN_FIXES, SMTP_AUTH_FIXES } from '../steps';

export default defineCause({
  id: 'relay-denied-roaming',
  reason: 'norelaying',
  evidence: [
    // Sendmail at an ISP, client on a foreign network:
    // "550 5.7.1 <friend@example.org>... Relaying denied. IP name lookup failed [203.0.113.7]"
    // "550 5.7.1 <friend@example.org>... Relaying denied. IP name possibly forged [203.0.113.7]"
    { phrases: ['relaying denied. ip name', 'ip name lookup failed', 'ip name possibly forged'] },
    // ISP submission servers: "553 5.7.1 Relaying denied from your location [198.51.100.4]"
    // "550 5.7.1 Relay not permitted from outside our network"
    {
      phrases: ['relay'],
      andPhrases: [
        'from your location',
        'from outside our network',
        'outside of our network',
        'not on our network',
        'from this network',
        'from your network',
        'not from our network',
        'must be connected to',
      ],
    },
  ],
  temporary: false,
  whoActs: 'you',
  title: "You sent through your home provider's mail server from another network",
  badge: 'Relay denied away from home — how to fix',
  summary:
    'Your mail app sends through the outgoing server of your internet provider (or your office), which trusts you only while you are connected to its own network. You were on another network (work, a hotel, an airport, a mobile hotspot), so the server did not recognise you and refused to pass your message on to another domain ("relaying"). Signing in to the outgoing server makes it work from anywhere.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        {
          text: 'Best fix: turn on "My outgoing server (SMTP) requires authentication" and use the same user name and password as for incoming mail, on port 587 with STARTTLS (steps per app below).',
        },
        {
          text: "Or, for now: use the outgoing (SMTP) server of the network you are on (your work's or the hotel's), or send from your provider's webmail.",
        },
      ],
    },
    ...SMTP_AUTH_FIXES,
    ...RELAY_ADMIN_FIXES,
  ],
  relayCheck: true,
});
