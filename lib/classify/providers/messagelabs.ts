import { defineProvider, each } from './types';

// Broadcom Email Security.cloud (MessageLabs).
export const messagelabs = defineProvider({
  id: 'messagelabs',
  hosts: ['messagelabs.com', 'symantec.cloud', 'symanteccloud.com'],
  markers: ['messagelabs'],
  rules: [
    ...each('authfailure', 'domain authentication fail'),
    ...each('blocked', 'connection rejected by policy', 'ip is in the pbl', 'has been blocked', 'blacklisted'),
    ...each('rejected', 'badmailfrom', 'sender envelope domain not allowed'),
    ...each('contenterror', 'stray linefeeds'),
    ...each('failedstarttls', 'tls/sslv3 connection required'),
    ...each('norelaying', ' as a relay'),
    ...each('spamdetected', 'message filtered', 'outbound scanning'),
    // "550 kijitora@example.org... No such user"; "Recipient mailbox is not allowed"
    ...each('userunknown', 'invalid recipient', 'recipient mailbox is not allowed', 'no such user'),
  ],
});
