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
    // The same notice whose response is a relay or sign-in refusal ("554 5.7.1 Relay access denied",
    // "553 sorry, that domain isn't in my list of allowed rcpthosts", "530 5.7.0 Authentication
    // required") matches the first rule through Gmail's sentence, before recipient-domain-not-hosted:
    // the refusing server is not the next hop but the user's own SMTP server set up in Gmail, which
    // relays only after Gmail signs in to it.
  ],
  temporary: false,
  whoActs: 'you',
  title: 'Gmail\'s "Send mail as" settings for this address are wrong or out of date',
  badge: 'Send mail as failed — how to fix',
  summary:
    'You sent this from another address (an alias) through Gmail\'s "Send mail as" feature. To send as that address, Gmail signs in to that address\'s own outgoing mail server, and that server refused: the sign-in failed or did not happen, so it would not pass the message on ("relay access denied", "authentication required"). The server name, port, user name or password stored in Gmail are wrong or out of date. Nothing was sent to the recipient, and the recipient\'s side is not the problem.',
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
          text: 'Click Next Step and check the SMTP server (the provider\'s outgoing server, e.g. smtp.example.com, not its incoming one), port 587 with "Secured connection using TLS" (or 465 with SSL), the user name (usually the full email address) and the current password of that address\'s provider.',
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
