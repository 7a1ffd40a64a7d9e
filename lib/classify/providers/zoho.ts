import { defineProvider, each } from './types';

// Zoho Mail: refusals at Zoho's own outbound ("Email flagged as Spam", "Mail rejected by destination
// domain") concern the sender's message, not the recipient.
export const zoho = defineProvider({
  id: 'zoho',
  hosts: ['zoho.com', 'zohomail', 'zoho.eu', 'zoho.in'],
  markers: [],
  rules: [
    ...each('authfailure', 'dmarc'),
    // "554 5.7.7 Email policy violation detected"; "Mailbox delivery restricted by policy"
    ...each('policyviolation', 'policy violation', 'restricted by policy'),
    // "554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam."; "541 5.4.1 Mail rejected by destination domain"
    ...each('rejected', 'flagged as spam', 'rejected by destination domain'),
    ...each('userunknown', 'user does not exist'),
  ],
});
