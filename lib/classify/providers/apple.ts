import { defineProvider, each } from './types';

// Apple iCloud Mail (icloud.com, me.com, mac.com). Facts: Apple postmaster page and observed tokens
// (codes.json "apple"); Apple documents no token meanings.
export const apple = defineProvider({
  id: 'apple',
  hosts: ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
  markers: ['support.apple.com', '[cs01]', '[cs02]', '[hm07]', '[hm08]', '[hme1]'],
  rules: [
    // "554 5.7.1 Your message was rejected due to example.org's DMARC policy"; "[HME1] failing both SPF and DKIM"
    ...each('authfailure', 'dmarc', '[hme1]', 'both spf and dkim'),
    // "550 5.1.6 recipient no longer on server"
    ...each('hasmoved', 'no longer on server'),
    // "550 5.1.1 <x@icloud.com>: inactive email address"
    ...each('suspend', 'inactive email address'),
    // "550 5.1.1 <x@icloud.com>: user does not exist"; "unknown or illegal alias"
    ...each('userunknown', 'user does not exist', 'user not found', 'unknown or illegal alias'),
    ...each('mailboxfull', 'over quota'),
    // "421 4.7.1 Messages to x deferred due to excessive volume"
    ...each('speeding', 'excessive volume'),
    // "554 5.7.1 [CS01] Message rejected due to local policy"
    ...each('blocked', '[cs02]', 'spamhaus', 'not accepting connections'),
    ...each('policyviolation', '[cs01]', '[hm07]', '[hm08]', 'due to local policy'),
    ...each('norelaying', 'relay access denied'),
    ...each('systemerror', 'service unavailable - try again later'),
  ],
});
