import { defineCause } from '../model';

export default defineCause({
  id: 'spam-content',
  reason: 'spamdetected',
  evidence: [
    // Gmail: "550-5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the
    //  amount of spam sent to Gmail, this message has been blocked."
    // Yahoo: "554 Message not allowed - [PH01] Email not accepted for policy reasons."
    {
      phrases: [
        'likely unsolicited',
        '[ph01]',
        'email flagged as spam',
        'detected as spam',
        'considered spam',
        'classified as spam',
        'identified as spam',
        'rejected as spam',
        'spam message',
        'spam content',
        'looks like spam',
        'spam score',
        'spam detected',
        'message is spam',
        'high probability of spam',
        'content examination policy',
        'message filtered',
        'filtered by outbound scanning',
        'nature of the content or the links',
        'content rejected',
        'ib212',
        'urlbl',
        // Google Groups: "Your email to group team@example.com was rejected due to spam classification."
        'spam classification',
        // Mimecast: "554 email rejected due to security policies - MCSpamSignature.sa.2.2"
        'mcspamsignature',
        // Barracuda: "… was blocked by our Spam & Virus Firewall. The email you sent … has NOT BEEN DELIVERED"
        'spam & virus firewall',
        'spam firewall',
      ],
    },
  ],
  defaultFor: ['spamdetected'],
  temporary: false,
  whoActs: 'you',
  title: "The recipient's spam filter judged your message to be spam",
  badge: 'Flagged as spam — how to fix',
  summary:
    "The recipient's mail filter read your message and decided it looked like spam or a scam: for example because of many links, link shorteners, certain words, images without text, or because similar mail was reported by others. Rewriting the message usually helps; if it keeps happening for normal mail, your mail admin should check your domain's setup.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: 'Send a shorter, plain message: fewer links, no link shorteners, no large images, a clear subject.' },
        { text: 'Remove attachments or share them as a link; ask the recipient to add you to their contacts.' },
        { text: 'If this happens to ordinary mail, forward the bounce to your mail admin.' },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        { text: 'Check SPF, DKIM and DMARC and the domain reputation.', link: 'google-postmaster' },
        { text: "Gmail's guidance on messages blocked as spam.", link: 'google-spam-policy' },
      ],
    },
  ],
});
