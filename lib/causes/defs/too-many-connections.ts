import { defineCause } from '../model';
import { STEP_ADMIN_IF_REPEATED, STEP_RESEND_LATER, STEP_SEND_AGAIN_LATER } from '../steps';

export default defineCause({
  id: 'too-many-connections',
  reason: 'toomanyconn',
  evidence: [
    // "421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later."
    // Yahoo: "421 Max message per connection reached, closing transmission channel"
    {
      phrases: [
        // Tencent: "550 Connection frequency limited [...] Blocked IP 198.51.100.7"
        'connection frequency limited',
        'too many connections',
        'too many concurrent',
        'too many simultaneous',
        'max message per connection',
        'rp-003',
        'cxcnct',
        'ib007',
        'connection limit',
      ],
    },
  ],
  defaultFor: ['toomanyconn'],
  temporary: true,
  whoActs: 'nobody',
  title: "Your server opened too many connections to the recipient's server",
  badge: 'Too many connections — retrying',
  summary:
    'The receiving server limits how many connections one sending server may open at the same time. Yours went over the limit, so it was asked to come back later. Your server retries by itself; if it keeps happening, your mail admin can lower the number of parallel connections.',
  gaveUp: {
    whoActs: 'your-admin',
    badge: 'Too many connections — not delivered',
    summary:
      'The receiving server limits how many connections one sending server may open at the same time. Yours kept going over the limit, and after trying for a while it gave up, so the message was not delivered. Send it again later; if this keeps happening, your mail admin should lower the number of parallel connections.',
    steps: [STEP_SEND_AGAIN_LATER, STEP_ADMIN_IF_REPEATED],
  },
  fixes: [
    { client: 'any', audience: 'sender', steps: [STEP_RESEND_LATER] },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Lower per-destination concurrency (Postfix: default_destination_concurrency_limit) and messages per connection.',
        },
      ],
    },
  ],
});
