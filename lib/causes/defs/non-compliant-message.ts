import { defineCause } from '../model';

export default defineCause({
  id: 'non-compliant-message',
  reason: 'notcompliantrfc',
  evidence: [
    // Gmail: "550-5.7.1 [198.51.100.7] Our system has detected that this message is not RFC 5322 compliant:
    //  'From' header is missing."; Yahoo "554 5.7.9 Message not accepted for policy reasons (headers are not RFC compliant)"
    {
      phrases: [
        'not rfc 5322 compliant',
        'rfc 5322',
        'headers are not rfc compliant',
        'not rfc compliant',
        'multiple from addresses',
        // Gmail: "550-5.7.1 Messages with multiple addresses in From: header are not accepted."
        'with multiple addresses in from',
        'missing a valid message-id',
        'duplicate headers',
        'from: header is missing',
        'multiple from: headers',
        'encoded-word syntax is not permitted',
        'stray linefeeds',
        'bare line feed',
        'bare lf',
      ],
    },
    { status: ['5.7.512', '5.1.20'] },
  ],
  defaultFor: ['notcompliantrfc'],
  temporary: false,
  whoActs: 'your-admin',
  title: 'The message was not put together according to the email standard',
  badge: 'Malformed message — ask your admin',
  summary:
    "The recipient's server checks that every message follows the email format rules, for example exactly one From address and valid headers. Your message broke one of them. This is almost never something you typed: the program or service that built the message (a website, app, scanner or mailing tool) needs fixing.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: 'Send the message again from a normal mail app or webmail.' },
        { text: 'If an app, website or device sent it, forward this bounce to whoever maintains it.' },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Fix the generating software: one From header with one valid address (add Sender: for several), a Message-ID, no duplicate headers, CRLF line endings.',
        },
      ],
    },
  ],
});
