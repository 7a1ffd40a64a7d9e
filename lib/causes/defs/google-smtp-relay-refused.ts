import { defineCause } from '../model';
import { SENDER_FORWARDS_TO_ADMIN } from '../steps';

// Google Workspace's SMTP relay service (smtp-relay.gmail.com) is set up by the Workspace admin:
// which IPs and accounts may relay and how much they may send. Its refusals are therefore the admin's
// to fix, whatever the wording suggests to the person whose printer or app relays through it
// (codes.json: Gmail 4.2.1, 5.4.5, 5.7.0 and 5.7.1 relay rows, who_acts sender_admin).
export default defineCause({
  id: 'google-smtp-relay-refused',
  reason: 'norelaying',
  evidence: [
    // "550 5.4.5 Daily SMTP relay limit exceeded for user. …"; "550 5.7.1 Daily SMTP Relay Sending Limit
    //  Exceeded for customer"; "450 4.2.1 Peak SMTP relay limit exceeded for customer";
    // "550 5.7.0 Mail relay denied [198.51.100.7]. Invalid credentials for relay for one of the domains in: …"
    { phrases: ['smtp relay limit', 'smtp relay sending limit', 'invalid credentials for relay'] },
    // "550 5.7.0 Mail Sending denied. This error occurs if the sender account is disabled or not
    //  registered within your Google Workspace domain. … - gsmtp": the same words from another server are
    //  not Google's relay, hence the gsmtp marker.
    {
      phrases: ['mail relay denied', 'email relay denied', 'mail sending denied', 'email sending denied'],
      andPhrases: ['gsmtp', 'smtp-relay.gmail.com'],
    },
  ],
  alsoFits: ['speeding', 'securityerror', 'rejected', 'policyviolation'],
  codeNotes: {
    '5.4.5': 'Google SMTP relay: the relaying user or device reached its daily relay limit.',
    '4.2.1': "Google SMTP relay: the organisation's relay traffic went over its peak rate.",
  },
  temporary: false,
  whoActs: 'your-admin',
  title: "Google Workspace's SMTP relay refused the message",
  badge: 'Google SMTP relay refused — ask your admin',
  summary:
    "The message went out through your organisation's Google Workspace SMTP relay (as printers, scanners, apps and on-site mail servers do), and the relay refused it: the sending device or account is not allowed to relay, its credentials or address are not the registered ones, or the relay's sending limit was reached. How the relay is set up is decided in the Google Admin console, so your Workspace admin has to fix it.",
  fixes: [
    SENDER_FORWARDS_TO_ADMIN,
    {
      client: 'google-admin',
      audience: 'admin',
      steps: [
        {
          text: 'In the Admin console, Apps › Google Workspace › Gmail › Routing › SMTP relay service: check that the device’s IP or its SMTP sign-in is allowed and which senders (only your domains, only registered users) the setting accepts.',
          link: 'gadmin-routing',
        },
        {
          text: 'For a limit: the relay counts per user and per organisation; spread bulk sends over the day or send them through a bulk-mail service.',
          link: 'google-workspace-limits',
        },
        { text: "Google's list of SMTP relay errors.", link: 'google-smtp-relay-errors' },
      ],
    },
  ],
});
