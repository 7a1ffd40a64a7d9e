import { defineCause } from '../model';
import { STEP_CONTACT_RECIPIENT, STEP_RESEND_LATER, STEP_SEND_AGAIN_LATER } from '../steps';

export default defineCause({
  id: 'recipient-receiving-too-fast',
  reason: 'speeding',
  evidence: [
    // Gmail: "450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your
    //  message at a later time."; "550-5.2.1 … is receiving mail at a rate that prevents additional messages from being delivered."
    {
      phrases: [
        'receiving mail too quickly',
        'receiving email too quickly',
        'at a rate that prevents additional messages',
        'recipient thread limit exceeded',
      ],
    },
    // Microsoft: "550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded."
    { phrases: ['message receive limit'] },
    { status: ['5.2.121', '5.2.122'] },
  ],
  codeNotes: {
    '5.2.121': 'Microsoft: you sent this recipient more messages in an hour than it accepts from one sender.',
    '5.2.122': 'Microsoft: the recipient received more messages in an hour than it accepts.',
  },
  temporary: true,
  whoActs: 'nobody',
  title: 'The recipient is getting too much mail right now',
  badge: 'Recipient busy — send later',
  summary:
    "The recipient's mailbox is receiving messages faster than their provider allows (often because of an automatic process or a mail loop sending to it), so new messages are turned away for a while. It is not your fault. Wait an hour or so and send again if a final failure arrives.",
  // Once refused for good (Gmail 550 5.2.1, Microsoft 5.2.121/5.2.122 are permanent bounces of a
  // passing condition) nobody retries any more and nothing is broken at the recipient's: the one
  // step left is the sender's, sending again later (codes.json: who_acts sender for all three).
  gaveUp: {
    whoActs: 'you',
    badge: 'Recipient busy — send again later',
    summary:
      "The recipient's mailbox was receiving messages faster than their provider allows (often because of an automatic process or a mail loop sending to it), so new messages were turned away, and your mail server gave up before this one was accepted. It is not your fault. Send the message again later; if it fails again, tell the recipient another way.",
    steps: [STEP_SEND_AGAIN_LATER, STEP_CONTACT_RECIPIENT],
  },
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        STEP_RESEND_LATER,
        { text: 'If you sent many messages to this person in a short time, send fewer, combined messages.' },
      ],
    },
  ],
});
