import { defineCause } from '../model';
import { STEP_CONTACT_RECIPIENT } from '../steps';

export default defineCause({
  id: 'delivery-expired',
  reason: 'expired',
  evidence: [
    // Exim: "retry timeout exceeded"; qmail: "I'm not going to try again; this message has been in the queue too long."
    // Microsoft: "550 4.4.7 QUEUE.Expired; message expired"; Sendmail "Cannot send message for 5 days"
    {
      phrases: [
        'retry timeout exceeded',
        'in the queue too long',
        'queue.expired',
        'message expired',
        'cannot send message for',
        'have been failing for a long time',
        'could not be delivered within',
        'delivery time expired',
      ],
    },
    // Connection failures are final only in a failure notice; in a delay notice they are still retried.
    // Gmail: "The recipient server did not accept our requests to connect. … [mx.example.org. 203.0.113.5: timed out]"
    {
      delayed: false,
      phrases: [
        'did not accept our requests to connect',
        'dns query failed',
        'connection timed out',
        'connection refused',
        'timed out',
        'no route to host',
        'host unreachable',
        'network is unreachable',
        "wasn't able to establish an smtp connection",
        'lost connection',
      ],
    },
    { status: ['x.4.7', '5.4.300'] },
    { status: ['5.4.312', '5.4.316', '4.4.316', 'x.4.1', 'x.4.2'], delayed: false },
  ],
  defaultFor: ['expired', 'networkerror'],
  // A delay state, timeouts and broad X.4.x codes: not enough to overrule a specific reason.
  weakEvidence: true,
  temporary: false,
  finalFailure: true,
  whoActs: 'recipient',
  title: "Delivery gave up: the recipient's server could not be reached",
  badge: 'Delivery gave up — contact recipient',
  summary:
    "Your mail server tried for a long time (usually one to five days) to reach the recipient's mail server, but it never answered or never accepted the message. Their server may be down, misconfigured or blocking connections. Nothing you can change in your mail fixes this; check the address, tell the recipient, and resend once their mail works.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: 'Check the domain after the @ for a typo.' },
        STEP_CONTACT_RECIPIENT,
        { text: 'Send the message again once they confirm their email works.' },
      ],
    },
    {
      client: 'gmail-web',
      audience: 'sender',
      steps: [
        { text: "Google's explanation of messages its servers could not hand over.", link: 'google-not-delivered' },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: "Check the recipient domain's MX records and whether its servers answer on port 25.",
          link: 'google-checkmx',
        },
        { text: "Microsoft's guide to 4.4.7.", link: 'ms-ndr-4-4-7' },
      ],
    },
  ],
});
