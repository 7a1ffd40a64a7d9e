import { defineCause } from '../model';

export default defineCause({
  id: 'recipient-blocks-you',
  reason: 'rejected',
  evidence: [
    // Mimecast: "550 Rejected by header based Blocked Senders - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf.uk9]"
    // "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550"
    {
      phrases: [
        'header based blocked senders',
        'header-based blocked senders',
        'header-based manually blocked senders',
        'envelope blocked',
        'block policy for header from',
        'block policy for envelope from',
        'sender address blocked',
      ],
    },
    // Microsoft: "550 5.7.1 Your message can't be delivered because the recipient has blocked you";
    // "550 5.7.513 Service unavailable, Client host [198.51.100.7] blocked by example.com using Customer Block list (AS16012607)"
    {
      phrases: [
        'customer block list',
        'as16012607',
        'rejected by recipient',
        'has blocked you',
        'blocked by the recipient',
        'blocked by recipient',
        "on the recipient's blocked senders",
      ],
    },
    // Symantec/Broadcom: "553 Your email address has been blocked by the recipient"
    // Exim ACL: "Sorry, you are sending to/from an address that has been blacklisted" (an address, not the IP)
    {
      phrases: [
        'an address that has been blacklisted',
        'address has been blacklisted',
        'sender address is blacklisted',
        'your email address has been blocked',
        'your domain has been blocked',
        'sender blocked',
        'blocked sender',
      ],
    },
    { status: ['5.7.513', '5.7.507', '5.7.703'] },
  ],
  codeNotes: {
    '5.7.513': 'Microsoft: the recipient organisation put your sending address on its own block list.',
    '5.7.703': "Microsoft: your own organisation's Tenant Allow/Block List blocks this recipient.",
  },
  temporary: false,
  whoActs: 'recipient',
  title: "The recipient's side has blocked mail from you",
  badge: 'Blocked by recipient — what to do',
  summary:
    "The recipient, or their organisation's mail filter, has put your address, your domain or your mail server on its own blocked-senders list, so your message was refused. Only they can remove the block. (If the code is 5.7.703, the block is in your own organisation's settings and your admin can remove it.)",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        {
          text: 'Contact the recipient another way (phone, another address) and ask them or their IT team to remove you from their blocked senders.',
        },
        { text: 'Do not keep resending: repeated attempts can make the block stricter.' },
        {
          text: 'Where they can remove it: Outlook, Settings > Mail > Junk email > Blocked senders and domains; Gmail, Settings > See all settings > Filters and Blocked Addresses; company filters (Mimecast, Microsoft 365), their IT team.',
        },
      ],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: '5.7.703: remove the entry from Microsoft Defender > Tenant Allow/Block List.',
          link: 'defender-tenant-allow-block',
        },
      ],
    },
  ],
});
