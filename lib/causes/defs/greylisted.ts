import { defineCause } from '../model';
import { STEP_ADMIN_IF_REPEATED, STEP_RESEND_LATER, STEP_SEND_AGAIN_LATER } from '../steps';

export default defineCause({
  id: 'greylisted',
  reason: 'speeding',
  evidence: [
    // Postgrey: "450 4.2.0 <you@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html"
    // Zoho: "451 4.7.1 Greylisted, try again after some time"; Mimecast "451 Internal resources are temporarily unavailable"
    { phrases: ['greylist', 'graylist', 'grey-list', 'gray-list', 'internal resources are temporarily unavailable'] },
  ],
  temporary: true,
  whoActs: 'nobody',
  title: "The recipient's server asked your server to try again shortly (greylisting)",
  badge: 'Delayed on purpose — retrying',
  summary:
    'Some mail servers turn away the first message from a sender they have not seen before and accept it when it is sent again a few minutes later ("greylisting"); spam programs usually do not retry. Your mail server retries automatically, so the message normally arrives within minutes to an hour. Nothing to do.',
  gaveUp: {
    whoActs: 'your-admin',
    badge: 'Greylisted — not delivered, send again',
    summary:
      'Some mail servers turn away the first message from a sender they have not seen before and accept it when it is sent again a few minutes later ("greylisting"). Your mail server tried again but the message was still not accepted when it gave up, so it was not delivered. Send it again; if this keeps happening with this recipient, your mail admin should check that the server retries from the same address and for long enough.',
    steps: [STEP_SEND_AGAIN_LATER, STEP_ADMIN_IF_REPEATED],
  },
  fixes: [{ client: 'any', audience: 'sender', steps: [STEP_RESEND_LATER] }],
});
