import { defineProvider, each } from './types';

// KDDI au (ezweb.ne.jp, au.com, auone-net.jp). au's MX answers "550 : User unknown" — no address
// between ":" and the text — when the recipient's reception filter refused the message; a real
// unknown recipient is answered "550 <address>: User unknown".
export const kddi = defineProvider({
  id: 'kddi',
  hosts: ['ezweb.ne.jp', 'au.com', 'kddi.com', 'auone-net.jp', 'kddi.ne.jp'],
  markers: [],
  rules: [
    // "550 : User unknown"
    ...each('filtered', ' : user unknown', ' :user unknown'),
    // EZweb: "Each of the following recipients was rejected by a remote mail server." (reception filter)
    ...each('filtered', 'was rejected by a remote mail server'),
    ...each('mailboxfull', 'mailbox full', 'over quota'),
    ...each('mesgtoobig', 'message too large', 'size limit'),
  ],
});
