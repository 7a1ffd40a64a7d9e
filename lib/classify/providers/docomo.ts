import { defineProvider, each } from './types';

// NTT DOCOMO. Its MX answers "550 Unknown user <address>" when the recipient's own filter refuses the
// sender (the address exists); docomo's real unknown-recipient wording is different, so at docomo
// this reply means the sender was refused.
export const docomo = defineProvider({
  id: 'docomo',
  hosts: ['docomo.ne.jp', 'docomo.com', 'mopera'],
  markers: [],
  rules: [
    // "550 Unknown user kijitora@docomo.ne.jp"
    ...each('rejected', 'unknown user'),
    ...each('mailboxfull', 'mailbox full', 'over quota'),
    ...each('mesgtoobig', 'message too large', 'too big'),
  ],
});
