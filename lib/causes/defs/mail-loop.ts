import { defineCause } from '../model';
import { STEP_CONTACT_RECIPIENT } from '../steps';

export default defineCause({
  id: 'mail-loop',
  reason: 'networkerror',
  evidence: [
    // Microsoft: "554 5.4.14 Hop count exceeded - possible mail loop ATTR34"; Gmail: "554 5.4.6 Message exceeded 50 hops"
    // qmail: "This message is looping: it already has my Delivered-To line. (#5.4.6)"
    {
      phrases: [
        'hop count exceeded',
        'mail loop',
        'routing loop',
        'exceeded 50 hops',
        'message is looping',
        'already has my delivered-to line',
        'loops back to myself',
        'too many hops',
        'mxloopback',
      ],
    },
    { status: ['5.4.6', '5.4.14'] },
  ],
  temporary: false,
  whoActs: 'recipient',
  title: 'The message went round in a loop between mail servers',
  badge: 'Mail loop — recipient must fix',
  summary:
    "The message was passed back and forth between mail servers until they gave up. This happens when forwarding is set up in a circle (address A forwards to B, which forwards back to A) or when a domain's mail settings point servers at each other. The recipient's side (or, if it is your own domain, your admin) has to fix the forwarding or routing.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        STEP_CONTACT_RECIPIENT,
        { text: 'If you forward your own mail somewhere, check that the other address does not forward back to you.' },
      ],
    },
    {
      client: 'outlook-web',
      audience: 'sender',
      steps: [
        {
          text: 'Check Settings > Mail > Forwarding for a forward that points back to you.',
          link: 'outlook-forwarding',
        },
      ],
    },
    {
      client: 'gmail-web',
      audience: 'sender',
      steps: [{ text: 'Check Settings > See all settings > Forwarding and POP/IMAP.', link: 'gmail-forwarding' }],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: 'Check connectors, accepted domains (authoritative vs internal relay) and MX records in hybrid setups.',
          link: 'ms-ndr-mail-loop',
        },
      ],
    },
  ],
});
