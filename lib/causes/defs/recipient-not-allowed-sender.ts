import { defineCause } from '../model';
import { STEP_CONTACT_RECIPIENT } from '../steps';

export default defineCause({
  id: 'recipient-not-allowed-sender',
  reason: 'policyviolation',
  evidence: [
    // "550 5.7.124 RESOLVER.RST.SenderNotInAllowedSendersList; Sender not in allowed-senders list"
    { phrases: ['sender not in allowed-senders list', 'sendernotinallowedsenderslist', 'allowed senders list'] },
    // "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"; "550 5.7.1 Delivery not authorized, message refused"
    {
      phrases: [
        'resolver.rst.notauthorized',
        'delivery not authorized',
        "isn't set up to receive messages from",
        'not allowed to post',
        'does not have permission to post',
        'you do not have permission to send',
      ],
    },
    // Google Groups: "We're writing to let you know that the group you tried to contact (team) may not exist,
    //  or you may not have permission to post messages to the group."; Mailman: "You are not a member of this mailing list"
    {
      phrases: [
        'may not have permission to post',
        'not a member of this mailing list',
        'non-member posting',
        'only members can post',
      ],
    },
    { status: ['5.7.124', '5.7.900-999'] },
  ],
  codeNotes: { '5.7.124': "Microsoft: you are not on the group's list of allowed senders." },
  temporary: false,
  whoActs: 'recipient',
  title: 'You are not on the list of people allowed to send to this group or mailbox',
  badge: 'Not an allowed sender — what to do',
  summary:
    "The group, mailing list or mailbox you wrote to only accepts messages from certain people, and you are not one of them. Nothing is wrong with your email; the group's owner decides who may send. Ask the owner to add you, or write to the person you need directly.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [STEP_CONTACT_RECIPIENT, { text: 'Ask the group owner to add your address to its allowed senders.' }],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: 'Exchange admin center > Recipients > Groups > the group > Settings > Delivery management: add the sender, or allow everyone.',
        },
        {
          text: 'Check Mail flow > Rules for a rule rejecting with 5.7.1 or 5.7.900–999.',
          link: 'eac-transport-rules',
        },
        { text: "Microsoft's guide to 5.7.124.", link: 'ms-ndr-5-7-124' },
        { text: 'Microsoft\'s guide to 5.7.1 ("Delivery not authorized").', link: 'ms-ndr-5-7-1' },
      ],
    },
    {
      client: 'google-admin',
      audience: 'admin',
      steps: [{ text: 'Google Groups: Group settings > Posting permissions ("Who can post").' }],
    },
  ],
});
