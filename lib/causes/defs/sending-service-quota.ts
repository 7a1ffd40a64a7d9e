import { defineCause } from '../model';

// The sending service's own quota for the account that sends (Amazon SES "Daily message quota
// exceeded"), not the recipient's storage quota, which mailbox-full reads from "quota exceeded".
// Whoever owns the sending account raises it (codes.json: SES daily quota, who_acts sender_admin).
export default defineCause({
  id: 'sending-service-quota',
  reason: 'speeding',
  evidence: [
    // Amazon SES: "454 Throttling failure: Daily message quota exceeded."
    { phrases: ['daily message quota exceeded', 'sending quota exceeded'] },
  ],
  temporary: false,
  whoActs: 'your-admin',
  title: 'The sending service reached its daily quota',
  badge: 'Sending quota used up — ask your admin',
  summary:
    "The message went out through a sending service (such as Amazon SES, used by websites and apps) whose account may send only so many messages a day, and that quota was used up. Nothing is wrong at the recipient's. Whoever runs the account can wait for the quota to free up or ask the service for a higher one.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [{ text: 'Forward this bounce to whoever runs the website, app or account that sent the message.' }],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Check the account’s sending quota and usage in the service’s console (Amazon SES: Account dashboard), spread sends over the day, or request a quota increase.',
        },
        { text: "Amazon's list of SES error messages.", link: 'aws-ses-errors' },
      ],
    },
  ],
});
