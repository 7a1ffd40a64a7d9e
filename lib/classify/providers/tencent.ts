import { defineProvider, each } from './types';

// Tencent QQ Mail / Foxmail. Frequency limits name the blocked IP too ("… Blocked IP 192.0.2.22"),
// so they are checked before any blocking wording.
export const tencent = defineProvider({
  id: 'tencent',
  hosts: ['qq.com', 'foxmail.com', 'tencent.com'],
  markers: ['service.mail.qq.com', 'mail.qq.com'],
  rules: [
    // "550 Ip frequency limited [...]", "550 Connection frequency limited [...]"
    ...each('toomanyconn', 'frequency limited', 'too many connections'),
    ...each('speeding', 'frequency limit'),
    ...each('userunknown', 'mailbox not found', 'mailbox unavailable', 'user not exist', 'does not exist'),
    ...each('mailboxfull', 'mailbox is full', 'over quota', 'quota exceed'),
    ...each('spamdetected', 'spam', 'content rejected'),
    ...each('blocked', 'ip in blacklist', 'blocked ip', 'blacklist'),
  ],
});
