import { defineCause } from '../model';

export default defineCause({
  id: 'm365-external-forwarding-blocked',
  reason: 'policyviolation',
  evidence: [
    // "550 5.7.520 Access denied, Your organization does not allow external forwarding.
    //  Please contact your administrator for further assistance. AS(7555)"
    { phrases: ['does not allow external forwarding', 'as(7555)'] },
    { status: ['5.7.520'] },
  ],
  codeNotes: { '5.7.520': "Microsoft: your organisation's outbound spam policy blocks automatic forwarding outside." },
  temporary: false,
  whoActs: 'your-admin',
  title: 'Your organisation does not allow automatic forwarding to outside addresses',
  badge: 'Forwarding blocked — ask your admin',
  summary:
    'A forwarding setting or inbox rule in your mailbox tried to pass a message on automatically to an address outside your organisation (for example your personal email). Microsoft 365 blocks that by default, so stolen accounts cannot quietly leak mail. Either stop the forwarding or ask your admin to allow it for you.',
  fixes: [
    {
      client: 'outlook-web',
      audience: 'sender',
      steps: [
        {
          text: "Open Settings > Mail > Forwarding. If you don't need forwarding, turn it off here. If you do, ask your admin to allow external forwarding for your mailbox.",
          link: 'outlook-forwarding',
        },
        {
          text: 'Also look in Settings > Mail > Rules for rules that forward or redirect mail.',
          link: 'outlook-rules',
        },
      ],
    },
    {
      client: 'outlook-classic',
      audience: 'sender',
      steps: [
        { text: 'Home > Rules > Manage Rules & Alerts: turn off rules that forward or redirect to outside addresses.' },
      ],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: 'If forwarding is intended: Microsoft Defender portal > Email & collaboration > Policies & rules > Threat policies > Anti-spam > create an outbound policy for these users with "Automatic forwarding rules" set to On.',
          link: 'defender-antispam',
        },
        {
          text: 'Check also Exchange admin center > Mail flow > Remote domains (automatic forwarding).',
          link: 'eac-remote-domains',
        },
        { text: "Microsoft's guide to external forwarding control.", link: 'ms-external-forwarding' },
      ],
    },
  ],
});
