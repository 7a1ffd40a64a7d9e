import type { Phrase } from '../matcher';

// blocked: the receiver refused the connecting client itself (its IP, a blocklist hit, HELO).
export const phrases: readonly Phrase[] = [
  // Postfix: "554 5.7.1 Client host rejected: blocked using zen.spamhaus.org"; SORBS/SpamCop likewise
  'blocked using',
  'client host rejected',
  'client host blocked',
  // Named DNS blocklists: Spamhaus (SBL/XBL/PBL/ZEN), SpamCop, SORBS, Barracuda BRBL, UCEPROTECT …
  'spamhaus',
  'spamcop',
  'sorbs.net',
  'barracudacentral',
  'barracuda reputation',
  'uceprotect',
  'cbl.abuseat.org',
  'abuseat.org',
  'mail-abuse',
  'cloudmark',
  'dnsbl',
  // Proofpoint: "554 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.225"
  'blocked - see',
  'ipcheck.proofpoint.com',
  'blacklisted',
  // Spamhaus ZRD: "… listed in the Zero Reputation Domain list"
  'zero reputation',
  'blocklisted',
  'on our block list',
  'on a block list',
  'in the block list',
  // "IP 192.0.2.1 is listed on the … list", "listed at bl.example.net", "rejected: RBL listed"
  'is listed on',
  'is listed in',
  'listed at',
  ' rbl ',
  // Postfix: "delivery temporarily suspended: host mx.example.net[192.0.2.1] refused to talk to me: 421 …"
  'refused to talk to me',
  // qmail-remote: "Connected to 192.0.2.112 but my name was rejected."
  'my name was rejected',
  // "550 Error - Blocked for abuse. See http://example.net/"
  'blocked for abuse',
  // "550 5.7.0 <x@example.jp>... Please use the smtp server of your ISP"
  'smtp server of your isp',
  // "554 INVALID IP FOR SENDING MAIL OF DOMAIN example.com"
  'invalid ip for sending',
  // "554 st11p00im-smtpin013.me.com ESMTP not accepting connections"
  'not accepting connections',
  // "Your IP address has been blocked", "IP blocked", "access denied for ip"
  'ip address has been blocked',
  'your ip has been blocked',
  'ip blocked',
  'ip is blocked',
  'ip address is blocked',
  'ip address blocked',
  'host blocked',
  'your host is blocked',
  'connection rejected',
  'banned sending ip',
  // "Rejected: dynamic/residential IP" (Outlook.com DY-001, PBL texts)
  'dynamic ip',
  'dynamic address',
  'residential ip',
  'dial-up',
  'dialup',
  // Bad HELO/EHLO: "Helo command rejected: Host not found", "Access denied, bad HELO"
  'helo command rejected',
  'bad helo',
  'invalid helo',
  'helo/ehlo',
  // Orange/La Poste: "421 … Service refuse. Veuillez essayer plus tard. Service refused, please try later."
  'service refused',
  'service refuse',
  // German/French/Spanish/Italian/Portuguese/Dutch/Russian: "IP gesperrt", "IP bloquée" …
  'ip gesperrt',
  'ip-adresse gesperrt',
  'ip bloquée',
  'ip bloqueada',
  'ip bloccato',
  'ip geblokkeerd',
  'ip заблокирован',
  'ваш ip',
];
