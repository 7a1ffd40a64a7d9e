import { defineCause } from '../model';

export default defineCause({
  id: 'm365-smtp-auth-disabled',
  reason: 'securityerror',
  evidence: [
    // "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."
    // "535 5.7.139 Authentication unsuccessful, basic authentication is disabled."
    // "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy."
    {
      phrases: [
        'smtpclientauthentication is disabled',
        'basic authentication is disabled',
        'locked by your organization',
        'user is locked by security defaults',
      ],
    },
    { status: ['5.7.139'] },
  ],
  temporary: false,
  whoActs: 'your-admin',
  title: 'Microsoft 365 has turned off password sign-in for sending from mail apps',
  badge: 'SMTP sign-in disabled — ask your admin',
  summary:
    'Your mail app (or a printer, scanner or script) tried to send through Microsoft 365 by signing in with a user name and password. Your organisation has switched that kind of sign-in off, so the message was not sent. Your password is probably fine; the setting has to be changed by your admin, or the app has to use the modern Microsoft sign-in.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        {
          text: 'Send from Outlook on the web, new Outlook or the Outlook mobile app meanwhile: they use the modern Microsoft sign-in and are not affected.',
        },
        {
          text: 'Classic Outlook: remove the account added as IMAP/POP and add it again as a Microsoft 365 (Exchange) account.',
        },
        { text: 'Ask your admin whether this device or app may use SMTP sign-in.' },
      ],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: 'For one mailbox: Microsoft 365 admin center > Users > Active users > select the user > Mail > Manage email apps > tick "Authenticated SMTP" > Save changes.',
        },
        {
          text: 'Tenant-wide setting: Exchange admin center > Settings > Mail flow > untick "Turn off SMTP AUTH protocol for your organization" only if you intend to allow it.',
        },
        {
          text: 'If security defaults or Conditional Access block basic authentication, move the app to OAuth or to a connector-based relay instead of weakening sign-in.',
          link: 'ms-smtp-auth',
        },
      ],
    },
  ],
});
