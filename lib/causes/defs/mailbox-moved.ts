import { defineCause } from '../model';

export default defineCause({
  id: 'mailbox-moved',
  reason: 'hasmoved',
  evidence: [
    // iCloud: "550 5.1.6 recipient no longer on server: old@me.com"
    // "551 5.1.6 User not local; please try <new@example.org>"
    {
      phrases: [
        'no longer on server',
        'user not local',
        'has moved',
        'mailbox has moved',
        'moved permanently',
        'address has changed',
        'no longer with',
      ],
    },
    { status: ['5.1.6'] },
    { reply: ['551'] },
  ],
  defaultFor: ['hasmoved'],
  temporary: false,
  whoActs: 'you',
  title: 'The recipient has moved to another address',
  badge: 'Address moved — update it',
  summary:
    'This mailbox used to exist but the person no longer receives mail here; the server does not pass it on to their new address. Sometimes the bounce names the new address. Update the contact and send to the new address.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: 'Look in the bounce text for a new address ("please try …") and send there.' },
        { text: 'Otherwise ask the person for their new address and update your contacts.' },
      ],
    },
  ],
});
