import { defineCause } from '../model';

export default defineCause({
  id: 'm365-sending-limit',
  reason: 'speeding',
  evidence: [
    // "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message
    //  due to a permanent exception with message … sender's submission quota was exceeded"
    { phrases: ['submissionquotaexceeded', 'submission quota', 'reached your daily limit for message recipients'] },
    // "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients."
    { status: ['5.1.90'] },
  ],
  codeNotes: {
    '5.2.2': 'Microsoft 365: you exceeded your sending limit (not a full mailbox, as elsewhere).',
    '5.1.90': 'Microsoft 365: you reached the daily limit of recipients.',
  },
  temporary: false,
  whoActs: 'you',
  title: 'You reached your Microsoft 365 sending limit',
  badge: 'Sending limit reached — wait a day',
  summary:
    'Microsoft 365 lets one mailbox send to at most 10,000 recipients a day (and a limited number per minute). You went over that, so sending is paused for up to 24 hours. If you did not send that much mail, someone else may be using your account: change your password and tell your admin.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: 'Wait up to 24 hours, then send the message again.' },
        { text: 'For newsletters or large mailings use a bulk-mail service instead of your mailbox.' },
        { text: 'If you did not send many messages, change your password now and tell your admin.' },
      ],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: 'Check the sender in Exchange admin center > Message trace for unexpected volume.',
          link: 'eac-message-trace',
        },
        {
          text: 'If the account was restricted, release it under Microsoft Defender > Restricted entities.',
          link: 'defender-restricted-entities',
        },
        { text: "Microsoft's guide to the submission quota.", link: 'ms-ndr-submission-quota' },
      ],
    },
  ],
});
