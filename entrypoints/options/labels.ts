import type { ClientId } from '../../lib/types';

// A Record over the union, so a ClientId added to lib/types.ts without a label fails to compile.
export const CLIENT_LABELS: Readonly<Record<ClientId, string>> = {
  'gmail-web': 'Gmail on the web',
  'outlook-web': 'Outlook on the web',
  'outlook-new': 'New Outlook for Windows',
  'outlook-classic': 'Classic Outlook for Windows',
  'outlook-mac': 'Outlook for Mac',
  'apple-mail': 'Apple Mail',
  thunderbird: 'Thunderbird',
  mobile: 'A phone or tablet mail app',
  'm365-admin': 'Microsoft 365 (I am the admin)',
  'google-admin': 'Google Workspace (I am the admin)',
  'mail-server': 'My own mail server (I run it)',
};
