import { defineCause } from '../model';

// A limit on recipients per message or per SMTP transaction, not on size: the size advice of
// message-too-large (share a link, compress) does not help. RFC 3463 X.5.3 is "too many
// recipients"; RFC 5321 (4.5.3.1.10) has a 452 for it treated as temporary, the sending server then
// sends the remaining recipients in a later transaction by itself.
export default defineCause({
  id: 'too-many-recipients',
  reason: 'exceedlimit',
  evidence: [
    // Gmail: "452-4.5.3 Your message has too many recipients."; "550-5.5.3 Too many recipients for this sender."
    // Exchange: "550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients"; Mimecast: "452 Too many recipients"
    { phrases: ['too many recipients', 'reciplimit', 'maximum number of recipients', 'recipients per message'] },
    { status: ['x.5.3'] },
  ],
  codeNotes: {
    '4.5.3': 'Too many recipients in one transaction: the sending server normally sends the rest later by itself.',
  },
  temporary: false,
  whoActs: 'you',
  title: 'The message had too many recipients at once',
  badge: 'Too many recipients — split the list',
  summary:
    'The receiving server (or your own) accepts only so many recipients in one message. It is about the number of addresses in To, Cc and Bcc, not the size of the message. If this notice is only a delay, your server usually delivers to the remaining recipients later by itself; if it is a final failure, the recipients it names did not get the message.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        {
          text: 'Send the message again only to the recipients it names, in smaller groups (for example 50 at a time).',
        },
        {
          text: 'For large lists, send to a group or mailing-list address, or use a bulk-mail service, instead of listing everyone.',
        },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: "If your server hits this limit regularly, lower the number of recipients it sends per message or per connection to the receiving domain, or raise the user's own recipient limit where it is yours.",
        },
      ],
    },
  ],
});
