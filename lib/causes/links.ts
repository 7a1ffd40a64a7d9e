// The one allow-list of links the panel may show. Every URL is https and written here; nothing from
// a bounce ever becomes a link. Gmail settings links keep the account index the user is on
// (/mail/u/<n>/); Outlook settings links use the Outlook host the user is on.
// Sources: ../shared/reference/webmail/README.md §4 (settings, admin and tool URLs) and the `source`
// fields of ../shared/reference/codes/codes.json (provider documentation).
import type { ExplainContext, LinkRef } from '../types';

type LinkDef =
  /** Gmail settings section: https://mail.google.com/mail/u/<n>/#settings/<section>. */
  | { kind: 'gmail'; label: string; section: string }
  /** Outlook on the web options path below /mail/options/. */
  | { kind: 'outlook'; label: string; path: string }
  | { kind: 'static'; label: string; url: string };

const LINKS = {
  // ---- Gmail settings (user) ----
  'gmail-accounts': { kind: 'gmail', label: 'Gmail settings: Accounts and Import', section: 'accounts' },
  'gmail-forwarding': { kind: 'gmail', label: 'Gmail settings: Forwarding and POP/IMAP', section: 'fwdandpop' },
  'gmail-filters': { kind: 'gmail', label: 'Gmail settings: Filters and Blocked Addresses', section: 'filters' },
  'gmail-general': { kind: 'gmail', label: 'Gmail settings: General', section: 'general' },

  // ---- Outlook on the web settings (user) ----
  'outlook-forwarding': { kind: 'outlook', label: 'Outlook settings: Forwarding', path: 'mail/forwarding' },
  'outlook-rules': { kind: 'outlook', label: 'Outlook settings: Rules', path: 'mail/rules' },
  'outlook-junk': { kind: 'outlook', label: 'Outlook settings: Junk email', path: 'mail/junkEmail' },
  // The accounts sub-page has no verified path (README §6), so the options root is linked instead.
  'outlook-options': { kind: 'outlook', label: 'Outlook settings', path: '' },

  // ---- Microsoft 365 admin (Exchange admin center, Defender, admin center) ----
  'eac-transport-rules': {
    kind: 'static',
    label: 'Exchange admin center: Mail flow rules',
    url: 'https://admin.exchange.microsoft.com/#/transportrules',
  },
  'eac-connectors': {
    kind: 'static',
    label: 'Exchange admin center: Connectors',
    url: 'https://admin.exchange.microsoft.com/#/connectors',
  },
  'eac-remote-domains': {
    kind: 'static',
    label: 'Exchange admin center: Remote domains',
    url: 'https://admin.exchange.microsoft.com/#/remotedomains',
  },
  'eac-accepted-domains': {
    kind: 'static',
    label: 'Exchange admin center: Accepted domains',
    url: 'https://admin.exchange.microsoft.com/#/accepteddomains',
  },
  'eac-message-trace': {
    kind: 'static',
    label: 'Exchange admin center: Message trace',
    url: 'https://admin.exchange.microsoft.com/#/messagetrace',
  },
  'defender-antispam': {
    kind: 'static',
    label: 'Microsoft Defender: Anti-spam policies',
    url: 'https://security.microsoft.com/antispam',
  },
  'defender-restricted-entities': {
    kind: 'static',
    label: 'Microsoft Defender: Restricted entities',
    url: 'https://security.microsoft.com/restrictedentities',
  },
  'defender-tenant-allow-block': {
    kind: 'static',
    label: 'Microsoft Defender: Tenant Allow/Block List',
    url: 'https://security.microsoft.com/tenantAllowBlockList',
  },
  'm365-support': {
    kind: 'static',
    label: 'Microsoft 365 admin center: Support',
    url: 'https://admin.microsoft.com/AdminPortal/Home#/support',
  },
  'm365-ndr-diagnostic': {
    kind: 'static',
    label: 'Microsoft 365 NDR diagnostic (admins)',
    url: 'https://aka.ms/PillarEmailNDR',
  },

  // ---- Google Workspace admin ----
  'gadmin-email-log-search': {
    kind: 'static',
    label: 'Google Admin: Email Log Search',
    url: 'https://admin.google.com/ac/emaillogsearch',
  },
  'gadmin-routing': {
    kind: 'static',
    label: 'Google Admin: Gmail routing',
    url: 'https://admin.google.com/ac/apps/gmail/routing',
  },
  'gadmin-authenticate-email': {
    kind: 'static',
    label: 'Google Admin: Authenticate email (DKIM)',
    url: 'https://admin.google.com/ac/apps/gmail/authenticateemail',
  },
  'gadmin-spam': {
    kind: 'static',
    label: 'Google Admin: Spam, phishing and malware',
    url: 'https://admin.google.com/ac/apps/gmail/spam',
  },
  'gadmin-compliance': {
    kind: 'static',
    label: 'Google Admin: Gmail compliance rules',
    url: 'https://admin.google.com/ac/apps/gmail/compliance',
  },

  // ---- Delisting and diagnostic tools ----
  'ms-delist-portal': {
    kind: 'static',
    label: 'Microsoft 365 delist portal',
    url: 'https://sender.office.com',
  },
  'outlook-com-delist-form': {
    kind: 'static',
    label: 'Outlook.com sender support request form',
    url: 'https://support.microsoft.com/supportrequestform/8ad563e3-288e-2a61-8122-3ba03d6b8d75',
  },
  'outlook-com-postmaster': {
    kind: 'static',
    label: 'Outlook.com postmaster troubleshooting',
    url: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx',
  },
  'ms-snds': {
    kind: 'static',
    label: 'Microsoft Smart Network Data Services (SNDS)',
    url: 'https://sendersupport.olc.protection.outlook.com/snds/',
  },
  'ms-connectivity-analyzer': {
    kind: 'static',
    label: 'Microsoft Remote Connectivity Analyzer',
    url: 'https://testconnectivity.microsoft.com/',
  },
  'google-postmaster': { kind: 'static', label: 'Google Postmaster Tools', url: 'https://postmaster.google.com/' },
  'google-checkmx': {
    kind: 'static',
    label: 'Google Admin Toolbox: Check MX',
    url: 'https://toolbox.googleapps.com/apps/checkmx/',
  },
  'mxtoolbox-blacklists': {
    kind: 'static',
    label: 'MXToolbox blocklist check',
    url: 'https://mxtoolbox.com/blacklists.aspx',
  },
  'spamhaus-check': { kind: 'static', label: 'Spamhaus reputation checker', url: 'https://check.spamhaus.org/' },
  'spamhaus-dnsbl-usage': {
    kind: 'static',
    label: 'Spamhaus: DNSBL usage FAQ (for the receiving admin)',
    url: 'https://www.spamhaus.org/faqs/dnsbl-usage/',
  },
  'barracuda-removal': {
    kind: 'static',
    label: 'Barracuda reputation removal request',
    url: 'https://www.barracudacentral.org/rbl/removal-request',
  },
  'spamcop-bl': { kind: 'static', label: 'SpamCop blocking list', url: 'https://www.spamcop.net/bl.shtml' },
  'proofpoint-ipcheck': { kind: 'static', label: 'Proofpoint IP check', url: 'https://ipcheck.proofpoint.com/' },
  'yahoo-error-codes': {
    kind: 'static',
    label: 'Yahoo Sender Hub: SMTP error codes',
    url: 'https://senders.yahooinc.com/smtp-error-codes/',
  },
  'apple-postmaster': {
    kind: 'static',
    label: 'Apple iCloud Mail postmaster information',
    url: 'https://support.apple.com/en-us/102322',
  },

  // ---- Provider documentation ----
  'aws-ses-errors': {
    kind: 'static',
    label: 'Amazon SES: error messages',
    url: 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html',
  },
  'google-sending-limits': {
    kind: 'static',
    label: 'Google: Gmail sending limits',
    url: 'https://support.google.com/mail/answer/22839',
  },
  'google-workspace-limits': {
    kind: 'static',
    label: 'Google Workspace: sending limits',
    url: 'https://support.google.com/a/answer/166852',
  },
  'google-sender-guidelines': {
    kind: 'static',
    label: 'Google: email sender guidelines',
    url: 'https://support.google.com/mail/answer/81126',
  },
  'google-smtp-errors': {
    kind: 'static',
    label: 'Google: Gmail SMTP errors and codes',
    url: 'https://support.google.com/a/answer/3726730',
  },
  'google-smtp-relay-errors': {
    kind: 'static',
    label: 'Google Workspace: SMTP relay service error messages',
    url: 'https://support.google.com/a/answer/6140680',
  },
  'google-app-passwords': {
    kind: 'static',
    label: 'Google: sign in with app passwords',
    url: 'https://support.google.com/accounts/answer/185833',
  },
  'google-send-mail-as': {
    kind: 'static',
    label: "Google: fix 'Send mail as' errors",
    url: 'https://support.google.com/mail/?p=CustomFromDenied',
  },
  'google-spam-policy': {
    kind: 'static',
    label: 'Google: why Gmail blocks messages as spam',
    url: 'https://support.google.com/mail/answer/188131',
  },
  'google-not-delivered': {
    kind: 'static',
    label: 'Google: messages that could not be delivered',
    url: 'https://support.google.com/mail/answer/7720',
  },
  'ms-ndr-reference': {
    kind: 'static',
    label: 'Microsoft: non-delivery reports in Exchange Online',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
  },
  'ms-smtp-auth': {
    kind: 'static',
    label: 'Microsoft: authenticated SMTP submission (SMTP AUTH)',
    url: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
  },
  'ms-external-forwarding': {
    kind: 'static',
    label: 'Microsoft: control automatic external forwarding',
    url: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding',
  },
  'ms-dbeb': {
    kind: 'static',
    label: 'Microsoft: Directory-Based Edge Blocking',
    url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-directory-based-edge-blocking',
  },
  'ms-delist-doc': {
    kind: 'static',
    label: 'Microsoft: use the delist portal',
    url: 'https://learn.microsoft.com/en-us/defender-office-365/external-senders-use-the-delist-portal-to-remove-yourself-from-the-blocked-senders-list',
  },
  'ms-ndr-5-1-8': {
    kind: 'static',
    label: 'Microsoft: fix error 5.1.8',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-1-8-in-exchange-online',
  },
  'ms-ndr-5-1-10': {
    kind: 'static',
    label: 'Microsoft: fix error 5.1.10',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-550-5-1-10-in-exchange-online',
  },
  'ms-ndr-5-4-1': {
    kind: 'static',
    label: 'Microsoft: fix error 5.4.1',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-550-5-4-1-in-exchange-online',
  },
  'ms-ndr-5-7-64': {
    kind: 'static',
    label: 'Microsoft: fix NDR error 5.7.64 in Exchange Online',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-7-64-in-exchange-online',
  },
  'ms-ndr-5-7-1': {
    kind: 'static',
    label: 'Microsoft: fix error 5.7.1',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online',
  },
  'ms-ndr-5-7-124': {
    kind: 'static',
    label: 'Microsoft: fix error 5.7.124',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-7-124-in-exchange-online',
  },
  'ms-ndr-5-7-133': {
    kind: 'static',
    label: 'Microsoft: fix error 5.7.133',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-7-133-in-exchange-online',
  },
  'ms-ndr-5-7-57': {
    kind: 'static',
    label: 'Microsoft: fix error 5.7.57',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-7-57-in-exchange-online',
  },
  'ms-ndr-5-7-700': {
    kind: 'static',
    label: 'Microsoft: fix errors 5.7.700 through 5.7.750',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750',
  },
  'ms-ndr-submission-quota': {
    kind: 'static',
    label: 'Microsoft: submission quota exceeded',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-for-submission-quota-exceeded-in-exchange-online',
  },
  'ms-ndr-mail-loop': {
    kind: 'static',
    label: 'Microsoft: fix errors 5.4.6 through 5.4.20 (mail loops)',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-4-6-through-5-4-20-in-exchange-online',
  },
  'ms-ndr-4-4-7': {
    kind: 'static',
    label: 'Microsoft: fix error 4.4.7 (message expired)',
    url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-550-4-4-7-in-exchange-online',
  },
  'ms-outlook-com-5-7-515': {
    kind: 'static',
    label: 'Microsoft: fix error 5.7.515 in Outlook.com',
    url: 'https://support.microsoft.com/en-us/topic/fix-ndr-error-550-5-7-515-in-outlook-com-34cfe8f8-6fbf-457e-9e8b-9e4dbaf4e0ef',
  },
} as const satisfies Record<string, LinkDef>;

export type KnownLinkId = keyof typeof LINKS;

/** Hosts Outlook on the web runs on (README §2.1, §5); anything else falls back to the first. */
const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];

function outlookHost(ctx: ExplainContext): string {
  const host = ctx.host?.toLowerCase() ?? '';
  return OUTLOOK_HOSTS.includes(host) ? host : 'outlook.office.com';
}

function gmailIndex(ctx: ExplainContext): number {
  const n = ctx.gmailAccountIndex;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 100 ? n : 0;
}

export function isLinkId(id: string): id is KnownLinkId {
  return Object.hasOwn(LINKS, id);
}

export function linkIds(): KnownLinkId[] {
  return Object.keys(LINKS) as KnownLinkId[];
}

/** Resolves a link id for the page the user is on. Unknown ids return null (and fail the registry test). */
export function resolveLink(id: string, ctx: ExplainContext): LinkRef | null {
  if (!isLinkId(id)) return null;
  const def: LinkDef = LINKS[id];
  switch (def.kind) {
    case 'gmail':
      return {
        id,
        label: def.label,
        url: `https://mail.google.com/mail/u/${gmailIndex(ctx)}/#settings/${def.section}`,
      };
    case 'outlook': {
      const host = outlookHost(ctx);
      // Consumer Outlook carries an account index in its settings URLs (README §2.1).
      const base = host === 'outlook.live.com' ? `https://${host}/mail/0/options/` : `https://${host}/mail/options/`;
      return { id, label: def.label, url: base + def.path };
    }
    case 'static':
      return { id, label: def.label, url: def.url };
  }
}

/** True when `url` is one this table can produce (for any account index or Outlook host). */
export function isAllowedUrl(url: string): boolean {
  for (const id of linkIds()) {
    const def: LinkDef = LINKS[id];
    if (def.kind === 'static' && def.url === url) return true;
    if (def.kind === 'gmail' && /^https:\/\/mail\.google\.com\/mail\/u\/\d{1,2}\/#settings\/[a-z]+$/.test(url)) {
      if (url.endsWith(`#settings/${def.section}`)) return true;
    }
    if (def.kind === 'outlook') {
      for (const host of OUTLOOK_HOSTS) {
        const base = host === 'outlook.live.com' ? `https://${host}/mail/0/options/` : `https://${host}/mail/options/`;
        if (url === base + def.path) return true;
      }
    }
  }
  return false;
}
