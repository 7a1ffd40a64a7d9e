import { defineCause } from '../model';
import { SMTP_AUTH_FIXES } from '../steps';

export default defineCause({
  id: 'smtp-auth-failed',
  reason: 'securityerror',
  evidence: [
    // "535-5.7.8 Username and Password not accepted. For more information, go to
    //  535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp"
    { phrases: ['username and password not accepted', 'badcredentials'] },
    // Microsoft: "535 5.7.3 Authentication unsuccessful [BL1PR13CA0123.namprd13.prod.outlook.com]"
    // Mimecast: "535 Incorrect authentication data"; Postfix/Dovecot: "535 5.7.8 Error: authentication failed"
    { phrases: ['authentication unsuccessful', 'incorrect authentication data', 'submitter failed to authenticate'] },
    { phrases: ['authentication failed', 'invalid credentials', 'auth failed'], reply: ['535', '454'] },
    { reply: ['535'] },
    { status: ['5.7.8', '5.7.3'], reply: ['535', '550', '554'] },
  ],
  codeNotes: {
    '5.7.3': 'Microsoft: signing in to the outgoing server failed.',
    '5.7.8': 'The user name or password was not accepted.',
  },
  temporary: false,
  whoActs: 'you',
  title: 'Your outgoing mail server did not accept your user name or password',
  badge: 'Sign-in failed — how to fix',
  summary:
    'Before sending, your mail app signs in to your outgoing mail server (SMTP). That sign-in failed, so the message was never sent. Usually the password stored in the app is old, the user name is incomplete (many providers want the full email address), or the provider requires an app password or the modern sign-in.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: "Check that you can sign in to your email provider's website with the same user name and password." },
        {
          text: 'Update the password stored for the outgoing server in your mail app (it is often a separate field from the incoming one); use the full email address as user name.',
        },
        {
          text: 'If your provider uses two-step sign-in, create an app password there, or re-add the account choosing the provider by name so the app uses its browser sign-in.',
        },
      ],
    },
    ...SMTP_AUTH_FIXES.filter((f) => f.client !== 'gmail-web'),
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: 'Microsoft 365 (5.7.3): check the mailbox is not blocked from signing in and that Authenticated SMTP is allowed for it (Active users > user > Mail > Manage email apps).',
          link: 'ms-smtp-auth',
        },
      ],
    },
  ],
});
