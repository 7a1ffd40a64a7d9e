import { defineCause } from '../model';
import { RELAY_ADMIN_FIXES, SMTP_AUTH_FIXES } from '../steps';

export default defineCause({
  id: 'smtp-auth-required',
  reason: 'securityerror',
  evidence: [
    // "530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 …" (smtp.office365.com)
    // "530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM"
    {
      phrases: [
        'client not authenticated to send mail',
        'not authenticated to send anonymous mail',
        'client was not authenticated',
      ],
    },
    // Gmail: "530-5.7.0 Authentication Required. Learn more at https://support.google.com/mail/?p=WantAuthError"
    { phrases: ['authentication required', 'wantautherror', 'authentication is required', 'must authenticate'] },
    // "550 Unauthenticated senders not allowed"
    { phrases: ['unauthenticated senders not allowed', 'unauthenticated sender not allowed'] },
    { status: ['5.7.57'] },
    { reply: ['530'], status: ['5.7.0', '5.7.1', '5.5.1'] },
  ],
  temporary: false,
  whoActs: 'you',
  title: 'Your outgoing mail server wants you to sign in before sending',
  badge: 'Sign-in required — how to fix',
  summary:
    "Your mail app (or a device such as a printer or scanner) handed the message to an outgoing mail server without signing in first. The server only sends mail for people who sign in, so it refused. Turning on sign-in for the outgoing server, with the same user name and password as for incoming mail, fixes it. If the bounce came from the recipient's company server instead, it is set up wrongly and they must fix it.",
  fixes: [
    ...SMTP_AUTH_FIXES,
    ...RELAY_ADMIN_FIXES,
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [{ text: "Microsoft's guide to 5.7.57.", link: 'ms-ndr-5-7-57' }],
    },
  ],
  relayCheck: true,
});
