import { defineCause } from '../model';

export default defineCause({
  id: 'recipient-dbeb-rejected',
  reason: 'userunknown',
  evidence: [
    // "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]"
    { phrases: ['as(201806281)'] },
    { phrases: ['recipient address rejected: access denied'], status: ['5.4.1', '5.7.504'] },
    { phrases: ['recipient address rejected: access denied'], hosts: ['protection.outlook.com', 'outlook.com'] },
    // "550 5.4.1 All recipient addresses rejected : Access denied [….prod.protection.outlook.com]"
    { phrases: ['access denied'], status: ['5.4.1'], hosts: ['protection.outlook.com', 'outlook.com'] },
  ],
  codeNotes: {
    '5.4.1': 'Microsoft: the address does not exist in the recipient organisation (Directory-Based Edge Blocking).',
  },
  temporary: false,
  whoActs: 'you',
  title: "The address does not exist at the recipient's Microsoft 365 organisation",
  badge: 'Address not found — check it',
  summary:
    "The recipient's organisation uses Microsoft 365, which checks every incoming address against its own directory and turns away addresses it does not know before accepting the message. The address you used is not in their directory: usually a typo, a former employee, or an address that was never set up.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: 'Check the spelling of the address; ask the person for their current address another way.' },
        { text: 'If you picked the address from suggestions while typing, delete the suggestion and type it in full.' },
      ],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: "Recipient's admin: if the address should exist, add it (or its domain's recipients) so Directory-Based Edge Blocking knows it.",
          link: 'ms-dbeb',
        },
        { text: "Microsoft's guide to 5.4.1.", link: 'ms-ndr-5-4-1' },
      ],
    },
  ],
});
