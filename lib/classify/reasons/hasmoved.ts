import type { Phrase } from '../matcher';

// hasmoved: the mailbox moved and the server will not forward (RFC 3463 X.1.6, reply 551).
export const phrases: readonly Phrase[] = [
  // Apple/others: "550 5.1.6 recipient no longer on server: kijitora@example.jp"
  'no longer on server',
  'recipient no longer',
  // "551 User has moved; please try <new@example.org>"
  'user has moved',
  'mailbox has moved',
  'address has moved',
  'has moved to',
  // RFC 5321 551 text: "User not local; please try <forward-path>"
  'user not local',
  // Sendmail 551: "551 not our user", "551 not our customer"
  'not our customer',
  'not our user',
  // "Destination mailbox has moved, no forwarding address" (RFC 3463 X.1.6 wording)
  'no forwarding address',
];
