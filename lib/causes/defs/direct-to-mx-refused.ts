import { defineCause } from '../model';

export default defineCause({
  id: 'direct-to-mx-refused',
  reason: 'blocked',
  evidence: [
    // "550 5.7.0 <someone@example.jp>... Please use the smtp server of your ISP."
    // "554 5.7.1 Client host rejected: dynamic IP address, use your ISP's mail server"
    {
      phrases: [
        'smtp server of your isp',
        'mail server of your isp',
        'smtp server of your provider',
        "your isp's smtp",
        "your isp's mail server",
        "your provider's smtp",
        "your provider's mail server",
        'dynamic ip',
        'dynamic address',
        'residential ip',
        'dial-up',
        'dialup',
        'direct-to-mx',
        'direct to mx',
      ],
    },
  ],
  temporary: false,
  whoActs: 'you',
  title: 'Mail sent straight from a home connection is refused',
  badge: 'Send through your provider — how to fix',
  summary:
    "The recipient's server does not accept mail sent straight from a home or mobile internet connection, because such addresses are where most spam comes from. Your address is not on a blocklist for something you did; it is simply the kind of connection. Send through your provider's outgoing server (with sign-in, port 587) instead of directly.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        {
          text: "In your mail app, set the outgoing (SMTP) server to your internet or email provider's server, port 587, with sign-in turned on, instead of sending straight to the recipient's server.",
        },
        { text: 'If a mail server of your own sends this mail, forward this bounce to whoever runs it.' },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: "A server on a home or dynamic connection must deliver through a smarthost (your internet provider's or mail provider's relay, signed in on port 587) instead of straight to the recipients' servers (Postfix relayhost, Exim a smarthost router).",
        },
      ],
    },
  ],
});
