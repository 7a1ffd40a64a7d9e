import { defineCause } from '../model';

export default defineCause({
  id: 'm365-tenant-blocked',
  reason: 'blocked',
  evidence: [
    // "550 5.7.705 Access denied, tenant has exceeded threshold"
    // "550 5.7.708 Access denied, traffic not accepted from this IP"
    // "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains"
    {
      phrases: [
        'tenant has exceeded threshold',
        'traffic not accepted from this ip',
        'client blocked from sending from unregistered domains',
      ],
    },
    { status: ['5.7.700-749', '5.7.750'] },
  ],
  codeNotes: {
    '5.7.705': 'Microsoft: your whole organisation is blocked from sending because of too much spam.',
    '5.7.708':
      'Microsoft: mail from your (new or trial) organisation leaves through low-reputation addresses and is refused.',
    '5.7.750': 'Microsoft: your organisation sends from domains it has not added and verified.',
  },
  temporary: false,
  whoActs: 'your-admin',
  title: 'Microsoft 365 is blocking all outgoing mail from your organisation',
  badge: 'Organisation blocked — ask your admin',
  summary:
    'This is not about you or the recipient: Microsoft has restricted sending for your whole Microsoft 365 organisation, because a lot of spam left it (often a hacked account), because it is new or on a trial, or because it sends from domains it has not registered. Only your admin can sort it out with Microsoft.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [{ text: 'Forward this bounce to your admin; there is nothing you can change on your side.' }],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: '5.7.705/5.7.708: look for compromised accounts and open a request in Microsoft 365 admin center > Support.',
          link: 'm365-support',
        },
        {
          text: '5.7.750: add and verify every domain you send from in Exchange admin center > Accepted domains.',
          link: 'eac-accepted-domains',
        },
        { text: "Microsoft's guide to 5.7.700–5.7.750.", link: 'ms-ndr-5-7-700' },
      ],
    },
  ],
});
