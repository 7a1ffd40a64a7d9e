import { defineCause } from '../model';
import { STEP_ADMIN_IF_REPEATED, STEP_RESEND_LATER, STEP_SEND_AGAIN_LATER } from '../steps';

export default defineCause({
  id: 'sender-rate-limited',
  reason: 'speeding',
  evidence: [
    // Gmail: "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP
    //  address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited."
    { phrases: ['unusual rate of', 'temporarily rate limited', 'rate limited', 'rate limit', 'rate-limited'] },
    // Tencent: "550 Ip frequency limited [...] Blocked IP 198.51.100.7"
    { phrases: ['frequency limited'] },
    // Microsoft: "451 4.7.500 Server busy. Please try again later from [198.51.100.7]. (S77714) [Name=Protocol Filter Agent]…";
    // "451 4.7.650 The mail server [198.51.100.7] has been temporarily rate limited due to IP reputation. (S775)"
    {
      phrases: [
        '(s775)',
        'rp-001',
        'rp-002',
        'access denied, please try again later',
        'too many messages',
        'sending too fast',
        'try again slower',
        'exceeded permitted limits',
      ],
    },
    { status: ['4.7.28', '4.7.500-699', '4.7.850-899', '5.7.508'] },
    {
      status: ['4.7.0', '4.7.1'],
      reply: ['421', '450', '451'],
      reasons: ['speeding', 'badreputation', 'blocked', 'onhold', 'undefined'],
    },
  ],
  defaultFor: ['speeding'],
  temporary: true,
  whoActs: 'nobody',
  title: "The recipient's server is slowing down mail from your server",
  badge: 'Rate-limited — retrying',
  summary:
    'The receiving service saw more mail than usual coming from your sending server (or from its whole network) and asked it to slow down. Your server keeps retrying, and the message usually arrives later. If this keeps happening, or the message finally fails, your mail admin should check the sending volume and reputation.',
  gaveUp: {
    whoActs: 'your-admin',
    title: "The recipient's server kept slowing down mail from your server, and it gave up",
    badge: 'Rate-limited — not delivered',
    summary:
      "The receiving service saw more mail than usual coming from your sending server (or from its whole network) and kept asking it to slow down. Your server tried for a while and then gave up, so the message was not delivered. Send it again later; your mail admin should check the server's sending volume and reputation.",
    steps: [STEP_SEND_AGAIN_LATER, STEP_ADMIN_IF_REPEATED],
  },
  fixes: [
    { client: 'any', audience: 'sender', steps: [STEP_RESEND_LATER] },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        { text: 'Spread large sends over time and check for compromised accounts sending spam.' },
        { text: 'Monitor reputation in Google Postmaster Tools.', link: 'google-postmaster' },
        { text: 'Gmail sender guidelines.', link: 'google-sender-guidelines' },
      ],
    },
  ],
});
