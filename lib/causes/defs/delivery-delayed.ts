import { defineCause } from '../model';
import { STEP_RESEND_LATER } from '../steps';

export default defineCause({
  id: 'delivery-delayed',
  reason: 'expired',
  evidence: [
    // Any delay notice: Gmail "Delivery incomplete … Gmail will retry for 47 more hours";
    // Sendmail "Warning: could not send message for past 4 hours"; Exchange "Delivery has been delayed".
    { delayed: true },
  ],
  // In a delay notice a failed lookup or connection is still being retried ("No MX found", "No route to host").
  alsoFits: ['networkerror', 'hostunknown', 'notaccept'],
  // A delay state, timeouts and broad X.4.x codes: not enough to overrule a specific reason.
  weakEvidence: true,
  temporary: true,
  whoActs: 'nobody',
  title: 'Not delivered yet: your mail system is still trying',
  badge: 'Delayed — still trying',
  summary:
    "This is only a warning, not a failure. Your mail server could not hand the message over yet (the recipient's server was unreachable, busy or asked to retry) and keeps trying, usually for one to five days. You get another notice only if it finally fails.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        STEP_RESEND_LATER,
        { text: 'If it is urgent, contact the recipient another way; their mail server may be down.' },
      ],
    },
  ],
});
