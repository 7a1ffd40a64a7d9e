import { defineCause } from '../model';

export default defineCause({
  id: 'm365-restricted-sender',
  reason: 'rejected',
  evidence: [
    // "550 5.1.8 Access denied, bad outbound sender AS(42) [AM6PR04MB1234.eurprd04.prod.outlook.com]"
    { phrases: ['bad outbound sender'] },
    // Outlook.com: "550 5.7.520 … / 554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException;
    //  Failed to process message due to a permanent exception with message WASCL UserAction verdict is not None."
    { phrases: ['outboundspamexception', 'wascl useraction verdict'] },
    // "550 5.7.501 Access denied, spam abuse detected"; "550 5.7.502 Access denied, banned sender"
    { phrases: ['spam abuse detected'] },
    { status: ['5.7.501', '5.7.502', '5.7.503'] },
  ],
  codeNotes: {
    '5.1.8': 'Microsoft: your account has been blocked from sending because it sent spam.',
  },
  temporary: false,
  whoActs: 'your-admin',
  title: 'Your mailbox has been blocked from sending because it sent spam',
  badge: 'Account blocked from sending — act now',
  summary:
    'Microsoft stopped your mailbox from sending any email because it detected spam coming from it. This almost always means someone else got your password and used the account. You can still receive mail, but nothing you send will leave until an admin unblocks you, and the password must be changed first.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        {
          text: 'Change your password now and sign out of all other sessions; check for forwarding rules or rules you did not create.',
        },
        { text: 'Look in Sent Items for messages you did not write.' },
        {
          text: 'Tell your admin; only they (or Microsoft support for personal Outlook.com accounts) can lift the block.',
        },
      ],
    },
    {
      client: 'outlook-web',
      audience: 'sender',
      steps: [
        {
          text: 'Check Settings > Mail > Rules and Settings > Mail > Forwarding for anything you did not set up.',
          link: 'outlook-rules',
        },
      ],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: 'Secure the account: reset the password, revoke sessions, require multifactor sign-in, remove unknown inbox rules.',
        },
        {
          text: 'Then release it: Microsoft Defender portal > Email & collaboration > Review > Restricted entities > select the user > Unblock.',
          link: 'defender-restricted-entities',
        },
        { text: "Microsoft's guide to 5.1.8.", link: 'ms-ndr-5-1-8' },
      ],
    },
  ],
});
