import { defineCause } from '../model';

export default defineCause({
  id: 'gmail-daily-sending-limit',
  reason: 'speeding',
  evidence: [
    // "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to
    //  https://support.google.com/a/answer/166852 - gsmtp"
    { phrases: ['daily user sending limit exceeded', 'daily sending quota', 'sending limit exceeded'] },
    // Gmail's own notice: "You have reached a limit for sending mail. Your message was not sent."
    { phrases: ['you have reached a limit for sending mail', 'you reached a gmail sending limit'] },
    { status: ['5.4.5'], hosts: ['gsmtp', 'google.com', 'googlemail.com'] },
  ],
  codeNotes: { '5.4.5': 'Gmail: you reached the daily sending limit (not a network problem, as elsewhere).' },
  temporary: false,
  whoActs: 'you',
  title: "You reached Gmail's daily sending limit",
  badge: 'Daily limit reached — wait 24 hours',
  summary:
    'Gmail limits how much one account can send in 24 hours: about 500 recipients a day for a personal Gmail account, 2,000 messages a day for Google Workspace. You went over it, so Gmail stops sending from your account for up to 24 hours. Receiving still works.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: 'Wait up to 24 hours, then send the message again.' },
        {
          text: 'Every recipient in To, Cc and Bcc counts toward the limit, so send to fewer people today; for newsletters use a bulk-mail service.',
        },
        { text: "Check Google's limits.", link: 'google-sending-limits' },
      ],
    },
    {
      client: 'google-admin',
      audience: 'admin',
      steps: [
        {
          text: 'Workspace limits are per user and cannot be raised; check the user in Email Log Search.',
          link: 'gadmin-email-log-search',
        },
        { text: 'Workspace sending limits.', link: 'google-workspace-limits' },
      ],
    },
  ],
});
