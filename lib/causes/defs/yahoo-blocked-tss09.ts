import { defineCause } from '../model';
import { SENDER_FORWARDS_TO_ADMIN } from '../steps';

export default defineCause({
  id: 'yahoo-blocked-tss09',
  reason: 'blocked',
  evidence: [
    // "553 5.7.2 [TSS09] All messages from 198.51.100.20 will be permanently deferred; Retrying will NOT
    //  succeed. See https://senders.yahooinc.com/smtp-error-codes"
    { phrases: ['[tss09]', '[tss11]', '[ts03]', 'will be permanently deferred'] },
  ],
  codeNotes: { '5.7.2': 'Yahoo: all mail from the sending IP is refused (not the RFC "mailing list" meaning).' },
  temporary: false,
  whoActs: 'your-admin',
  title: 'Yahoo and AOL refuse all mail from your mail server',
  badge: 'Blocked by Yahoo — ask your admin',
  summary:
    'Yahoo (and AOL, which uses the same system) refuses all mail from the internet address your message came from, because of its poor reputation: spam complaints, mail to dead addresses, or spam from the same server. Retrying will not help; whoever runs your mail server has to fix the reputation and contact Yahoo.',
  fixes: [
    SENDER_FORWARDS_TO_ADMIN,
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Stop the source of complaints (clean lists, remove bounced addresses, secure accounts), then contact Yahoo through the Sender Hub.',
          link: 'yahoo-error-codes',
        },
      ],
    },
  ],
});
