import { defineCause } from '../model';

export default defineCause({
  id: 'ses-identity-not-verified',
  reason: 'rejected',
  evidence: [
    // Amazon SES: "554 Message rejected: Email address is not verified. The following identities failed the
    //  check in region EU-WEST-1: alerts@example.com"
    { phrases: ['email address is not verified', 'identities failed the check', 'domain is not verified'] },
  ],
  temporary: false,
  whoActs: 'your-admin',
  title: 'The sending service has not verified the address this message was sent from',
  badge: 'Sender not verified — ask your admin',
  summary:
    'The message went out through Amazon SES, a sending service for websites and apps. SES only sends from addresses and domains its owner has verified, and (for new accounts still in the test "sandbox") only to verified recipients too. This address was not verified, so nothing was sent. Whoever runs the website or app must verify it in SES.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [{ text: 'Forward this bounce to whoever runs the website or app that sent the message.' }],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'In the Amazon SES console for the region named in the bounce, verify the From address or its whole domain (Identities > Create identity).',
        },
        { text: 'If the account is still in the sandbox, request production access, or verify the recipient as well.' },
        { text: "Amazon's list of SES error messages.", link: 'aws-ses-errors' },
      ],
    },
  ],
});
