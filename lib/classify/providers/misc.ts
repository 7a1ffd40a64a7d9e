import { defineProvider, each } from './types';

// Smaller receivers whose own wording or codes need their own reading.

// i.ua (Ukraine): "550 Mailbox is frozen. See http://mail.i.ua/err/3/"
export const iua = defineProvider({
  id: 'i.ua',
  hosts: ['i.ua'],
  markers: ['mail.i.ua/err/'],
  rules: [
    ...each('suspend', 'mailbox is frozen', '/err/3/'),
    ...each('userunknown', '/err/2/', '/err/1/'),
    ...each('mailboxfull', '/err/5/', 'mailbox is full'),
    ...each('spamdetected', '/err/8/', 'spam'),
  ],
});

// Facebook (facebook.com mail): "550 5.1.1 RCP-P1 http://postmaster.facebook.com/response_codes … Recipient
// address does not exist"; the token family says who failed (RCP recipient, POL policy, CON connection,
// MSG message, DNS sender domain, INT internal).
export const facebook = defineProvider({
  id: 'facebook',
  hosts: ['facebook.com', 'fb.com', 'facebookmail.com'],
  markers: ['postmaster.facebook.com'],
  rules: [
    ...each('userunknown', 'rcp-p1'),
    ...each('suspend', 'rcp-p2', 'rcp-p3'),
    ...each('filtered', 'rcp-t1', 'rcp-t4'),
    ...each('mesgtoobig', 'msg-p1'),
    ...each('contenterror', 'msg-p2', 'msg-p3'),
    ...each('policyviolation', 'pol-p1', 'pol-p2', 'pol-p3', 'pol-p4', 'pol-p5', 'pol-p6', 'pol-p7'),
    ...each('toomanyconn', 'con-t1', 'con-t2', 'con-t3', 'con-t4'),
    ...each('rejected', 'dns-p1', 'dns-p2', 'dns-p3', 'dns-t1', 'dns-t2'),
    ...each('systemerror', 'int-t1', 'int-t2', 'int-p1'),
  ],
});

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

// Mimecast: the 36 documented phrases (codes.json "mimecast").
export const mimecast = defineProvider({
  id: 'mimecast',
  hosts: ['mimecast'],
  markers: ['mimecast.com', 'mimecast'],
  rules: [
    ...each('authfailure', 'spf sender invalid', 'dkim sender invalid', 'dmarc sender invalid'),
    ...each('badreputation', 'ip reputation'),
    // "554 email rejected due to security policies - MCSpamSignature": virus signature or spam score over the maximum
    ...each('virusdetected', 'rejected due to security policies'),
    ...each('blocked', 'ip temporarily blacklisted'),
    ...each('rejected', 'sender address blocked', 'envelope blocked', 'blocked senders', 'block policy for'),
    ...each('mesgtoobig', 'maximum email size exceeded'),
    ...each('networkerror', 'mail loop detected', 'incorrect hostname used for inbounds'),
    ...each('norelaying', 'open relay not allowed', 'open relay is not allowed', 'hostname is not authorized'),
    // "554 Host network not allowed"; anti-spoofing and content examination policies
    ...each('policyviolation', 'host network', 'anti-spoofing', 'content examination policy'),
    ...each('securityerror', 'incorrect authentication data', 'submitter failed to authenticate'),
    ...each('failedstarttls', 'requires encryption', 'requires tls', 'high-strength ciphers'),
    ...each('toomanyconn', 'outbound thread limit', 'account service is temporarily unavailable'),
    ...each('userunknown', 'invalid recipient', 'invalid address'),
    ...each(
      'systemerror',
      'internal resources are temporarily unavailable',
      'unable to process',
      'recipient temporarily unavailable',
    ),
    ...each('suspend', 'account inbounds disabled', 'account outbounds disabled'),
  ],
});

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

// GoDaddy (secureserver.net): "IBnnn" tokens from GoDaddy's bounce table (codes.json "godaddy").
export const godaddy = defineProvider({
  id: 'godaddy',
  hosts: ['secureserver.net', 'godaddy'],
  markers: ['x.co/rlbounce', 'x.co/irbounce'],
  rules: [
    ...each('spamdetected', 'ib212'),
    ...each('virusdetected', 'ib705'),
    ...each('exceedlimit', 'ib605'),
    ...each('toomanyconn', 'ib007', 'ib510'),
    ...each('systemerror', 'ib101'),
    ...each('blocked', 'ib110', 'ib111', 'ib112', 'ib113', 'ib103', 'ib104', 'ib105', 'ib106'),
    // "550 5.1.1 <x@example.com> - 203.0.113.222 has sent to too many recipients this hour. IB607"
    ...each('speeding', 'ib504', 'ib607', 'too many recipients this hour'),
    ...each('securityerror', 'ib401'),
    ...each('rejected', 'ib501', 'ib502', 'ib506'),
    ...each('authfailure', 'ib508'),
    ...each('requireptr', 'ib108'),
  ],
});

// Cox Communications: CX* / IPBL / URLBL tokens (codes.json "cox").
export const cox = defineProvider({
  id: 'cox',
  hosts: ['cox.net'],
  markers: ['cox.com/help', 'cxbl', 'cxdns', 'cxsndr', 'cxcnct', 'cxmxrt', 'cdrbl', 'cxthrt'],
  rules: [
    ...each('requireptr', 'cxdns'),
    ...each('authfailure', 'cxsndr'),
    ...each('policyviolation', 'cxsmtp'),
    ...each('toomanyconn', 'cxcnct'),
    ...each('speeding', 'cxmxrt'),
    ...each('rejected', 'cxthrt', 'cxmj'),
    ...each('spamdetected', 'urlbl'),
    ...each('blocked', 'cxbl', 'cdrbl', 'ipbl'),
  ],
});

// Spectrum / Charter / Time Warner (rr.com): "AUP#I1260"-style codes; the number range is the reason
// (codes.json "spectrum").
const AUP = /aup#[io]?(\d{4})/;
export const spectrum = defineProvider({
  id: 'spectrum',
  hosts: ['charter.net', 'rr.com', 'spectrum.net', 'twc.com', 'brighthouse.com'],
  markers: ['aup#'],
  rules: [],
  byCode: (ev) => {
    const m = AUP.exec(ev.text);
    if (!m) return null;
    const n = Number(m[1]);
    if (n === 1000 || (n >= 1200 && n <= 1250) || n === 1260 || n === 1560) return 'blocked';
    if (n === 1010 || n === 1500 || n === 1520) return 'rejected';
    if (n >= 1020 && n <= 1080) return 'speeding';
    if (n === 1090) return 'systemerror';
    if (n >= 1100 && n <= 1150) return 'requireptr';
    if (n >= 1160 && n <= 1190) return 'policyviolation';
    if (n >= 1300 && n <= 1340) return 'toomanyconn';
    if (n === 1530) return 'mesgtoobig';
    if (n === 1550) return 'exceedlimit';
    if ((n >= 1350 && n <= 1490) || n === 1540 || n === 1580) return 'speeding';
    return null;
  },
});
