import { defineCause } from '../model';
import { STEP_CONTACT_RECIPIENT } from '../steps';

export default defineCause({
  id: 'mailbox-full',
  reason: 'mailboxfull',
  evidence: [
    // Gmail: "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to
    //  https://support.google.com/mail/?p=OverQuotaTemp"
    // Exim/Dovecot: "552 5.2.2 Mailbox is full / Blocks limit exceeded / Inode limit exceeded"
    {
      phrases: [
        'out of storage space',
        'mailbox full',
        'mailbox is full',
        'over quota',
        'overquota',
        'quota exceeded',
        'exceeded storage allocation',
        'exceeds its storage',
        'mailbox size limit exceeded',
        'quotaexceededexception',
        'insufficient storage for mailbox',
        'user is over quota',
        'disk quota',
      ],
    },
    { status: ['x.2.2'], reasons: ['mailboxfull', 'onhold', 'undefined'] },
  ],
  defaultFor: ['mailboxfull'],
  temporary: false,
  whoActs: 'recipient',
  title: "The recipient's mailbox is full",
  badge: 'Mailbox full — tell the recipient',
  summary:
    'The recipient has used all the storage their email account allows, so their server cannot take new messages. Nothing is wrong on your side. Once they delete mail or buy more storage, messages will arrive again; until then, resending does not help (for a temporary refusal, your server keeps trying for a while by itself).',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        STEP_CONTACT_RECIPIENT,
        { text: 'Send again after they have made room. Large attachments are better shared as a link.' },
      ],
    },
  ],
});
