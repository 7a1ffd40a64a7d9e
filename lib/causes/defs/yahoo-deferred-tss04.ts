import { defineCause } from '../model';
import { STEP_ADMIN_IF_REPEATED, STEP_SEND_AGAIN_LATER } from '../steps';

export default defineCause({
  id: 'yahoo-deferred-tss04',
  reason: 'badreputation',
  evidence: [
    // "421 4.7.0 [TSS04] Messages from 198.51.100.20 temporarily deferred due to unexpected volume or user
    //  complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"
    {
      phrases: [
        '[tss04]',
        '[ts01]',
        '[ts02]',
        'temporarily deferred due to unexpected volume',
        'temporarily deferred - 4.16.5',
        '[4.16.5',
      ],
    },
  ],
  temporary: true,
  whoActs: 'nobody',
  title: 'Yahoo is slowing down mail from your mail server for now',
  badge: 'Deferred by Yahoo — retrying',
  summary:
    "Yahoo (and AOL) temporarily refuse mail from your sending server because of unusually high volume or spam complaints from their users. Your server keeps retrying and the message usually gets through within hours. If these notices keep coming, your mail admin should look at why the server's reputation dropped.",
  gaveUp: {
    whoActs: 'your-admin',
    title: 'Yahoo kept deferring mail from your mail server, and it gave up',
    badge: 'Deferred by Yahoo — not delivered',
    summary:
      "Your mail server tried for hours and then gave up, because Yahoo (and AOL) kept deferring mail from it after unusually high volume or spam complaints from their users. Send the message again later. If this keeps happening, your mail admin must find out why the server's reputation dropped.",
    steps: [STEP_SEND_AGAIN_LATER, STEP_ADMIN_IF_REPEATED],
  },
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: 'Wait: the message is still being retried. Avoid sending the same message many times meanwhile.' },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'If it persists: reduce volume, honour unsubscribes, remove bounced addresses and check complaint feedback.',
          link: 'yahoo-error-codes',
        },
      ],
    },
  ],
});
