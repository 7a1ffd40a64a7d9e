import { defineCause } from '../model';

export default defineCause({
  id: 'hosting-hourly-limit',
  reason: 'speeding',
  evidence: [
    // cPanel/Exim: "550 Domain example.com has exceeded the max emails per hour (100/100 (100%)) allowed.
    //  Message discarded."
    // "550 Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed."
    { phrases: ['exceeded the max emails per hour', 'max defers and failures per hour', 'max emails per hour'] },
    // GoDaddy "IB504"/"IB607" hourly limits
    { phrases: ['ib504', 'ib607'] },
  ],
  temporary: true,
  whoActs: 'you',
  title: "Your web host's hourly sending limit was reached",
  badge: 'Hourly limit reached — send later',
  summary:
    'Your email is hosted on a shared web-hosting server, which allows each domain to send only a certain number of messages (or failed deliveries) per hour. Your domain reached that limit, so this message was dropped. Send it again in an hour; if it keeps happening, ask the host to raise the limit.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: 'Wait an hour and send the message again.' },
        { text: 'Remove addresses that bounce from your lists; failed deliveries also count against the limit.' },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'cPanel/WHM: raise "Max hourly emails per domain" in Tweak Settings, or the per-domain value, if the volume is legitimate.',
        },
        { text: 'Check the account for a compromised password or a hacked contact form sending spam.' },
      ],
    },
  ],
});
