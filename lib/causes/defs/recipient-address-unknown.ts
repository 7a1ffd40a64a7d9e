import { defineCause } from '../model';
import { STEP_CHECK_SENT_ITEMS } from '../steps';

export default defineCause({
  id: 'recipient-address-unknown',
  reason: 'userunknown',
  evidence: [
    // Gmail: "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking
    //  the recipient's email address for typos or unnecessary spaces."
    // Microsoft: "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    {
      phrases: [
        'account that you tried to reach does not exist',
        'recipnotfound',
        'recipientnotfound',
        'recipient not found',
        'user unknown',
        'unknown user',
        'no such user',
        'user not found',
        'user does not exist',
        'mailbox not found',
        'no mailbox here by that name',
        'mailbox unavailable',
        'recipient address rejected',
        'invalid recipient',
        'unknown recipient',
        'recipient unknown',
        'does not exist',
        "doesn't have a",
        'no such mailbox',
        'address not found',
        // Gmail's card: "Your message wasn't delivered to x@example.org because the address couldn't be found."
        "address couldn't be found",
        'bad destination mailbox address',
        'nosuchuser',
      ],
      reasons: ['userunknown', 'onhold', 'undefined', 'filtered'],
    },
    { status: ['5.1.1', '5.1.0', '4.1.1'], reasons: ['userunknown', 'onhold', 'undefined'] },
    { status: ['5.1.10'], hosts: ['outlook.com', 'office365.com', 'hotmail.com'] },
  ],
  defaultFor: ['userunknown'],
  codeNotes: { '5.1.10': 'Microsoft: the recipient address was not found in the receiving organisation.' },
  temporary: false,
  whoActs: 'you',
  title: 'The address does not exist',
  badge: 'Address not found — check it',
  summary:
    "The recipient's mail server answered that there is no mailbox with this name. Most often the address has a typo, the person has left or changed address, or an old saved suggestion filled in the wrong address. Check the address and send again; if you are sure it is right, ask the person another way.",
  fixes: [
    // Webmail's own suggestion lists keep old addresses after a typo or a move (5.1.10 at Microsoft).
    {
      client: 'outlook-web',
      audience: 'sender',
      steps: [
        {
          text: 'Start typing the name in To, point at the wrong suggestion and select X (Remove from suggestions), then type the full address.',
        },
      ],
    },
    {
      client: 'gmail-web',
      audience: 'sender',
      steps: [
        {
          text: 'Type the name in To, and if Gmail suggests an old address, delete it from Contacts > Other contacts, then type the full address.',
        },
      ],
    },
    {
      client: 'any',
      audience: 'sender',
      steps: [
        {
          text: 'Compare the address letter by letter with one you know works; look for a missing letter, a swapped letter or a wrong ending (.com/.co).',
        },
        {
          text: 'If it came from suggestions while typing, remove the suggestion (click the X next to it) and type the address in full.',
        },
        STEP_CHECK_SENT_ITEMS,
      ],
    },
    {
      client: 'outlook-classic',
      audience: 'sender',
      steps: [
        {
          text: 'Remove a stale autocomplete entry: type the name, point at the suggestion and click X; or File > Options > Mail > Empty Auto-Complete List.',
        },
      ],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [{ text: "Microsoft's guide to 5.1.10 and 5.1.1.", link: 'ms-ndr-5-1-10' }],
    },
  ],
});
