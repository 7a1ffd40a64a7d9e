import { defineCause } from '../model';
import { STEP_CONTACT_RECIPIENT } from '../steps';

export default defineCause({
  id: 'recipient-internal-only',
  reason: 'policyviolation',
  evidence: [
    // "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction
    //  check failed because the sender was not authenticated when sending to this group"
    // "550 5.7.12 RESOLVER.RST.SenderNotAuthenticatedForOrganization; Delivery restriction check failed as sender not authenticated"
    {
      phrases: [
        'sendernotauthenticatedfor',
        'sender not authenticated for group',
        'sender was not authenticated for mailbox',
        'sender was not authenticated by organization',
        'sender was not authenticated for public folder',
        'resolver.rst.authrequired',
        'only accepts messages from people in its organization',
        'not authenticated when sending to this',
      ],
    },
    {
      status: ['5.7.12', '5.7.13', '5.7.133', '5.7.134', '5.7.135', '5.7.136'],
      hosts: ['outlook.com', 'office365.com'],
    },
    { status: ['5.7.133', '5.7.134', '5.7.135', '5.7.136'] },
  ],
  codeNotes: {
    '5.7.12': 'Microsoft: the recipient accepts mail only from inside its own organisation.',
    '5.7.13': 'Microsoft: the public folder accepts mail only from inside its organisation.',
    '5.7.133': 'Microsoft: the group accepts mail only from inside its organisation.',
    '5.7.134': 'Microsoft: the mailbox accepts mail only from inside its organisation.',
    '5.7.136': 'Microsoft: the recipient accepts mail only from inside its organisation.',
  },
  temporary: false,
  whoActs: 'recipient',
  title: 'The group or mailbox only accepts messages from inside its organisation',
  badge: 'Internal senders only — what to do',
  summary:
    'You wrote to a group, shared mailbox or address that its owners have set to accept mail only from people in their own organisation. Your message came from outside, so it was refused. The owner of the group (or their admin) can allow outside senders, or you can write to a person directly.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [STEP_CONTACT_RECIPIENT, { text: 'Meanwhile write to a member of the group directly.' }],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: "Recipient's admin: Exchange admin center > Recipients > Groups (or Mailboxes) > the group > Settings > Delivery management: allow senders inside and outside the organisation. Microsoft 365 group owners can do it in Outlook under group settings.",
        },
        { text: "Microsoft's guide: groups that accept only internal senders.", link: 'ms-ndr-5-7-133' },
      ],
    },
    {
      client: 'google-admin',
      audience: 'admin',
      steps: [{ text: 'Google Groups: Group settings > "Who can post" must include external users.' }],
    },
  ],
});
