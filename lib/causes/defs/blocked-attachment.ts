import { defineCause } from '../model';

export default defineCause({
  id: 'blocked-attachment',
  reason: 'policyviolation',
  evidence: [
    // Gmail: "552-5.7.0 This message was blocked because its content presents a potential security issue.
    //  Please visit https://support.google.com/mail/?p=BlockedMessage to review our message content and attachment content guidelines."
    // Exim: "550 This message contains a potentially executable attachment (.exe)"
    {
      phrases: [
        'potential security issue',
        // the same Gmail reply cut after its first line: "552-5.7.0 This message was blocked because its content presents a potential"
        'content presents a potential',
        'illegal attachment',
        'potentially executable attachment',
        'blacklisted file extension',
        'blocked file',
        'attachment type',
        'file type',
        'banned attachment',
        'prohibited attachment',
        'attachment is not allowed',
        'attachments are not allowed',
        'blockedmessage',
      ],
    },
  ],
  temporary: false,
  whoActs: 'you',
  title: "An attachment type is not allowed by the recipient's server",
  badge: 'Attachment blocked — how to send it',
  summary:
    "The recipient's server refuses certain kinds of files because they are often used to spread viruses: programs (.exe, .js, .bat), some archives, and documents with macros. Your message carried one of them, so it was refused as a whole.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: 'Share the file through a cloud drive link instead of attaching it.' },
        {
          text: 'Or send a different format (PDF instead of a macro document); renaming a program file rarely helps and can look suspicious.',
        },
      ],
    },
  ],
});
