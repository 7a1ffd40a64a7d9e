import { defineCause } from '../model';

export default defineCause({
  id: 'content-policy-reject',
  reason: 'policyviolation',
  evidence: [
    // Yahoo: "554 5.7.9 Message not accepted for policy reasons. See https://senders.yahooinc.com/error-codes"
    // Yahoo Japan: "554 Message not allowed - DM Email not accepted for policy reasons."
    { phrases: ['not accepted for policy reasons', 'rejected for policy reasons', 'refused for policy reasons'] },
    // Zoho: "554 5.7.7 Email policy violation detected"; "550 Denied by policy"; Exim ACL "550 Administrative prohibition"
    {
      phrases: [
        'policy violation',
        'denied by policy',
        'restricted by policy',
        'administrative prohibition',
        'violates our policy',
        'against our policy',
        'mail rejected by destination domain',
        'security policies',
      ],
    },
    // Mimecast geographic rule: "554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554"
    { phrases: ['host network not allowed', 'host network, not allowed'] },
  ],
  defaultFor: ['policyviolation'],
  temporary: false,
  whoActs: 'you',
  title: "The recipient's mail service refused the message under one of its rules",
  badge: 'Refused by policy — what to try',
  summary:
    "The receiving side refused your message because of one of its rules. The bounce does not say which: often something in the content (links, attachments, wording), sometimes your sending server's reputation or missing domain authentication, sometimes a rule the recipient's organisation set. A plainer message usually gets through; if even that fails, your mail admin should look into it.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: 'Send a short, plain message without attachments or links to see whether it gets through.' },
        { text: 'Share files as a cloud link; avoid link shorteners.' },
        { text: 'If plain messages are refused too, forward this bounce to your mail admin.' },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Check the sending IP against the major blocklists, and SPF, DKIM and DMARC for the sending domain.',
          link: 'mxtoolbox-blacklists',
        },
        { text: 'Yahoo and AOL publish their error families here.', link: 'yahoo-error-codes' },
      ],
    },
  ],
});
