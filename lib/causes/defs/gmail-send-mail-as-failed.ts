import { defineCause } from '../model';

export default defineCause({
  id: 'gmail-send-mail-as-failed',
  reason: 'securityerror',
  evidence: [
    // Gmail "Message not delivered": "You're sending this from a different address or alias using the
    // 'Send mail as' feature…" with the response
    // "Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability"
    { phrases: ['sent_second_ehlo', 'sent_first_ehlo', 'sent_auth', 'customfromdenied', "'send mail as' feature"] },
    // "Unspecified Error (SENT_MESSAGE): 535 5.7.8 Error: authentication failed"
    { phrases: ['unspecified error (sent_'] },
  ],
  temporary: false,
  whoActs: 'you',
  title: 'Gmail\'s "Send mail as" settings for this address are wrong or out of date',
  badge: 'Send mail as failed — how to fix',
  summary:
    'You sent this from another address (an alias) through Gmail\'s "Send mail as" feature. To send as that address, Gmail signs in to that address\'s own outgoing mail server, and that sign-in failed: the server name, port, user name or password stored in Gmail no longer work. Nothing was sent to the recipient.',
  fixes: [
    {
      client: 'gmail-web',
      audience: 'sender',
      steps: [
        {
          text: 'Open Settings (gear) > See all settings > Accounts and Import. Under "Send mail as", click "edit info" next to the address you sent from.',
          link: 'gmail-accounts',
        },
        {
          text: 'Click Next Step and check the SMTP server, port (587 with "Secured connection using TLS", or 465 with SSL), the full user name and the current password of that address\'s provider.',
        },
        {
          text: 'If that provider uses two-step sign-in, create an app password there and use it instead of the normal password. Click Save Changes and send again.',
        },
      ],
    },
    {
      client: 'google-admin',
      audience: 'admin',
      steps: [
        {
          text: 'If the alias belongs to your Workspace domain, users can send as it without an external SMTP server; check Email Log Search for the failed message.',
          link: 'gadmin-email-log-search',
        },
        { text: "Read Google's guide to this error.", link: 'google-send-mail-as' },
      ],
    },
  ],
});
