import type { Reason } from '../../types';
import { defineProvider, detail, type Evidence, each } from './types';

// Exchange Online / Outlook.com / Exchange Server. Facts: Microsoft's NDR table and per-code pages
// (codes.json, provider "microsoft"). Microsoft reuses RFC numbers with its own meanings: 5.4.1 is
// "relay access denied"/DBEB unknown recipient, 5.7.5xx-7xx are anti-spam verdicts, 5.2.2 can be the
// sender's submission quota.
function byCode(ev: Evidence): Reason | null {
  const status = ev.status;
  if (!status) return null;
  const d7 = detail(status, '5.7.') ?? detail(status, '4.7.');
  if (d7 !== null) {
    if (d7 === 509 || d7 === 23 || d7 === 515 || d7 === 26) return 'authfailure'; // DMARC, SPF, auth level
    if (d7 === 25) return 'requireptr'; // IPv6 sender without PTR
    if (d7 === 512) return 'notcompliantrfc'; // "must be RFC 5322 section 3.6.2 compliant"
    if (d7 === 520 || d7 === 703) return 'policyviolation'; // external forwarding / tenant block list
    if (d7 === 508) return 'speeding'; // IPv6 range over permitted limits
    if (d7 === 501 || d7 === 502 || d7 === 503 || d7 === 800) return 'rejected'; // banned sender account/domain
    if (d7 === 504 || d7 === 505) return 'userunknown'; // recipient rejected / banned recipient
    if (d7 >= 506 && d7 <= 749) return 'blocked'; // IP bans: bad HELO, customer/EOP block lists, tenant bans
    if (d7 === 750) return 'blocked'; // unregistered domains
    if (d7 >= 850 && d7 <= 899) return 'blocked'; // temporary IP restriction
    if (d7 === 57 || d7 === 3 || d7 === 139 || d7 === 60) return 'securityerror'; // SMTP AUTH problems
    // 5.7.12/5.7.13 are decided by their text only: RFC 3463 gives 5.7.13 another meaning
    // ("User account disabled"), which Microsoft NDRs also relay from other servers.
    if (d7 >= 133 && d7 <= 136) return 'rejected'; // internal-only group/mailbox/public folder
    if (d7 >= 321 && d7 <= 325) return 'failedstarttls'; // DANE / TLS failures
  }
  const d4 = detail(status, '5.4.') ?? detail(status, '4.4.');
  if (d4 !== null) {
    if (d4 === 7 || d4 === 300 || d4 === 316) return 'expired'; // message expired (e.g. after connection refused)
    if (d4 === 310 || d4 === 4) return 'hostunknown'; // recipient domain does not exist in DNS
    if (d4 === 312) return 'networkerror'; // DNS query failed
    if (d4 >= 6 && d4 <= 20) return 'networkerror'; // hop count exceeded / routing loop family
    if (d4 === 317) return 'failedstarttls';
    // Microsoft's 5.4.1 is "access denied" for the recipient's domain, never RFC 3463's "no answer
    // from host"; its two texts have rules above, any other wording is a refusal.
    if (d4 === 1 && status.startsWith('5')) return 'rejected';
  }
  if (status === '5.1.10' || status === '5.1.351' || status === '5.1.1') return 'userunknown';
  if (status === '5.2.121' || status === '5.2.122') return 'speeding'; // per-hour receive limits
  if (status === '5.2.3') return 'exceedlimit';
  if (status === '5.6.11') return 'contenterror';
  if (status === '5.3.2') return 'systemerror'; // STOREDRV: missing or bad mailbox database properties
  if (status === '5.1.20') return 'notcompliantrfc';
  return null;
}

export const microsoft = defineProvider({
  id: 'microsoft',
  hosts: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'office365.com', 'microsoft.com'],
  // Outlook.com postmaster codes print as "550 SC-004 (COL0-MC1-F1) Unfortunately, messages from … weren't sent."
  markers: [
    ' sc-001 ',
    ' sc-002 ',
    ' sc-003 ',
    ' sc-004 ',
    ' dy-001 ',
    ' dy-002 ',
    ' ou-001 ',
    ' ou-002 ',
    ' rp-001 ',
    ' rp-002 ',
    ' rp-003 ',
    'protection.outlook.com',
    'prod.outlook.com',
    'sender.office.com',
    'storedrv.',
    'resolver.adr.',
    'resolver.rst.',
  ],
  rules: [
    // "550 5.7.509 Access denied, sending domain [EXAMPLE.JP] does not pass DMARC verification"
    ...each(
      'authfailure',
      'does not pass dmarc',
      'sender policy framework violation',
      'does not meet the required authentication level',
      'sender id validation failure',
    ),
    // "550 5.7.606 Access denied, banned sending IP [192.0.2.1]"; Outlook.com "(S3140)"; RP/SC/DY/OU codes
    ...each(
      'blocked',
      'banned sending ip',
      // 4.7.500-699 / 4.7.850-899: "451 4.7.500 Server busy. Please try again later … Access denied, please try again later"
      'access denied, please try again later',
      'on our block list',
      'customer block list',
      'traffic not accepted from this ip',
      'tenant has exceeded threshold',
      'unregistered domains',
      'bad helo',
      'rejected by recipient',
    ),
    ...each('blocked', 'sc-002', 'sc-003', 'sc-004', 'dy-001', 'dy-002', 'ou-001', '(s3140)', '(s3150)'),
    ...each('spamdetected', 'sc-001', 'ou-002', 'spam abuse detected', 'outboundspamexception'),
    ...each('badreputation', 'temporarily rate limited due to ip reputation', '(s775)'),
    ...each(
      'speeding',
      'rp-001',
      'rp-002',
      'submission quota',
      'submissionquotaexceeded',
      'receive limit',
      'reached your daily limit',
      'exceeded permitted limits',
    ),
    ...each('toomanyconn', 'rp-003', 'recipient thread limit exceeded'),
    // "550 5.4.1 Recipient address rejected: Access denied" — Directory-Based Edge Blocking: no such recipient
    ...each(
      'userunknown',
      'recipient address rejected: access denied',
      'banned recipient',
      'recipnotfound',
      'recipientnotfound',
      'unknown recipient',
      'requested action not taken: mailbox unavailable',
    ),
    // "550 5.7.1 Unable to relay"; "5.4.1 Relay Access Denied"; 5.7.64 TenantAttribution
    ...each('norelaying', 'unable to relay', 'relay access denied'),
    // "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required"; 5.7.57/5.7.3/5.7.139
    ...each(
      'securityerror',
      'authrequired',
      'client was not authenticated',
      'client not authenticated',
      'authentication unsuccessful',
      'smtpclientauthentication',
      'send as this sender',
      'sendasdenied',
    ),
    // 5.7.12/5.7.13x: "Sender was not authenticated by organization"; 5.1.8 "bad outbound sender"
    ...each(
      'rejected',
      'sender was not authenticated',
      'sender not authenticated for group',
      'sender not in allowed-senders list',
      'bad outbound sender',
      'banned sender',
    ),
    // "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient"
    ...each(
      'exceedlimit',
      'recipsizelimit',
      'sendsizelimit',
      'too large for this recipient',
      'too large for this sender',
    ),
    ...each('mesgtoobig', 'message too big for system', 'exceeds fixed maximum message size'),
    // "550 5.4.316 Message expired, connection refused"
    ...each('expired', 'message expired'),
    // Outlook.com: "554 The mail could not be delivered to the recipient because the domain is not reachable"
    ...each('hostunknown', 'domain is not reachable', 'nonexistentdomain', 'infodomainnonexistent'),
    ...each('networkerror', 'hop count exceeded', 'routing loop', 'mxloopback', 'dns query failed'),
    // Outlook.com: "550 domain [example.com] mismatches client ip 192.0.2.225."
    ...each('requireptr', 'mismatches client ip', 'must have a reverse dns'),
    ...each('mailboxfull', 'quotaexceeded', 'mailbox full'),
    ...each('policyviolation', 'external forwarding', 'tenant allow block list'),
    ...each('notcompliantrfc', 'rfc 5322 section 3.6.2', 'multiple from addresses'),
    ...each('contenterror', 'invalid characters'),
    ...each('failedstarttls', 'starttls', 'mta-sts'),
  ],
  byCode,
});
