import { defineCause } from '../model';
import { STEP_CONTACT_RECIPIENT } from '../steps';

export default defineCause({
  id: 'recipient-domain-refused',
  reason: 'rejected',
  evidence: [
    // Zoho: "541 5.4.1 Mail rejected by destination domain (in reply to RCPT TO command)"
    {
      phrases: [
        'rejected by destination domain',
        'rejected by the destination domain',
        'refused by destination domain',
        'rejected by the recipient domain',
        'rejected by recipient domain',
      ],
    },
  ],
  temporary: false,
  whoActs: 'recipient',
  title: "The recipient's domain refused the message",
  badge: "Refused by recipient's domain",
  summary:
    "The recipient's mail service refused the message under a setting its administrators chose for the whole domain (for example, accepting mail only from certain senders or countries). The bounce does not say which rule; only the recipient's side can tell you or change it.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        STEP_CONTACT_RECIPIENT,
        { text: 'Ask them to have their mail admin allow your address or domain, then send again.' },
      ],
    },
  ],
});
