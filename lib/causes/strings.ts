// Shared user-facing strings of the knowledge base (labels, generic sentences), kept as data so a
// translation replaces this file and the cause files, nothing else.
import type { ClientId, WhoActs } from '../types';

export const WHO_ACTS_LABEL: Readonly<Record<WhoActs, string>> = {
  you: 'You',
  'your-admin': 'Your mail admin or email provider',
  recipient: 'The recipient or their mail admin',
  nobody: 'Nobody yet: the mail system is retrying by itself',
};

export const CLIENT_LABEL: Readonly<Record<ClientId, string>> = {
  'gmail-web': 'Gmail on the web',
  'outlook-web': 'Outlook on the web',
  'outlook-classic': 'Classic Outlook for Windows',
  'outlook-new': 'New Outlook for Windows',
  'outlook-mac': 'Outlook for Mac',
  'apple-mail': 'Apple Mail (Mac)',
  thunderbird: 'Thunderbird',
  mobile: 'iPhone, iPad or Android mail app',
  'm365-admin': 'Microsoft 365 admin (Exchange admin center, Microsoft Defender)',
  'google-admin': 'Google Workspace admin',
  'mail-server': 'Mail server admin (any other mail system)',
};

/** Who-acts label for reports that are not failures (auto-replies, delivery reports). */
export const NOT_FAILURE_WHO_LABEL = 'Nobody: your message was delivered.';

/** Label for steps that apply whatever mail app is used. */
export const ANY_CLIENT_LABEL = 'Whatever mail app you use';

export const GENERIC_TEXT = {
  /** Shown before the code meanings in the fallback explanation. */
  codesIntro: 'The receiving server answered with',
  noCodes: 'The bounce gives no status code, so only its wording can tell more.',
  temporaryNote: 'This is a temporary problem: the mail system keeps trying for a while by itself.',
  permanentNote: 'This is a permanent failure: sending the same message again unchanged will fail again.',
  delayNote:
    'This is only a warning: your mail server keeps trying to deliver the message, and you get another notice only if it finally fails.',
  gaveUpNote: 'Your mail server tried for a while and then gave up; it will not try again by itself.',
} as const;

/** Plain-text "Copy details for your admin" summary labels (lib/causes/admin-summary.ts). */
export const ADMIN_SUMMARY_TEXT = {
  heading: 'Bounce details (copied with Bounce Lens)',
  subject: 'Bounce subject',
  from: 'Bounce from',
  reportingHost: 'Reported by',
  kind: 'Kind',
  recipient: 'Recipient',
  status: 'Status code',
  replyCode: 'Reply code',
  remoteHost: 'Remote server',
  diagnostic: 'Diagnostic',
  cause: 'Likely cause',
  reason: 'Reason class',
  whoActs: 'Who has to act',
  temporary: 'Temporary',
  action: 'Suggested action',
  codes: 'Code meanings',
  yes: 'yes',
  no: 'no',
  none: '(none)',
  unknown: '(unknown recipient)',
} as const;
