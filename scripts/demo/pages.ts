import path from 'node:path';
import { fixturesDir } from '../../tests/e2e/harness';

export interface DemoPage {
  /** File-name-safe id, used for the screenshot's name. */
  id: string;
  webmail: 'gmail' | 'outlook';
  title: string;
  /** Where the page is served: a real webmail origin, so the content scripts run as in real life. */
  url: string;
  file: string;
}

// The demo mailbox is the inbox helper's own fixture pages (tests/fixtures/pages), so what the demo
// shows is what the end-to-end tests check. Gmail shows one document per account path, so the pages
// differ by a query the real Gmail ignores.
const gmail = (id: string, title: string): DemoPage => ({
  id: `gmail-${id}`,
  webmail: 'gmail',
  title: `Gmail: ${title}`,
  url: `https://mail.google.com/mail/u/0/?demo=${id}#inbox`,
  file: path.join(fixturesDir, 'pages/gmail', `${id}.html`),
});

// Outlook addresses an item by an ItemID in the path; each demo item gets its own, made up in
// OWA's shape, on the host the fixture was written for.
const outlook = (id: string, title: string, host: string, mailPath = '/mail/inbox/id/'): DemoPage => {
  const serial = String(DEMO_OUTLOOK_IDS.indexOf(id) + 1).padStart(4, '0');
  return {
    id: `outlook-${id}`,
    webmail: 'outlook',
    title: `Outlook: ${title}`,
    url: `https://${host}${mailPath}AQMkADAwATM0MDAAMS1iNjk0LTYzYjctMDACLTAwZGVtbw${serial}AAAA%3D%3D`,
    file: path.join(fixturesDir, 'pages/outlook', `${id}.html`),
  };
};
const DEMO_OUTLOOK_IDS = [
  'm365-5-1-10',
  'm365-5-7-520',
  'm365-5-4-1',
  'outlook-com-consumer',
  'old-layout-full-page',
  'other-server-exim',
  'dark-theme',
];

export const DEMO_PAGES: readonly DemoPage[] = [
  gmail('address-not-found', 'address not found'),
  gmail('relay-denied', '"Send mail as" through a server that refuses to relay'),
  gmail('send-mail-as', '"Send mail as" server without sign-in'),
  gmail('qmail-rcpthosts', 'qmail 553 rcpthosts'),
  gmail('postfix', 'Postfix bounce from another provider'),
  gmail('message-blocked', 'Microsoft 365 rejects an unknown address (5.4.1)'),
  gmail('m365-preview-pane', 'Microsoft 365 bounce in the preview pane'),
  gmail('delivery-incomplete', 'delivery delayed, still retrying'),
  outlook('m365-5-1-10', 'Microsoft 365: recipient not found (5.1.10)', 'outlook.office.com'),
  outlook(
    'm365-5-7-520',
    'Microsoft 365 blocks forwarding outside the organisation (5.7.520)',
    'outlook.office365.com',
  ),
  outlook(
    'm365-5-4-1',
    "Microsoft 365: the recipient's organisation refused the address (5.4.1)",
    'outlook.cloud.microsoft',
  ),
  outlook(
    'outlook-com-consumer',
    'Outlook.com: a remote server rejected the address',
    'outlook.live.com',
    '/mail/0/inbox/id/',
  ),
  outlook('old-layout-full-page', 'older Exchange layout, full-page view', 'outlook.office.com', '/mail/id/'),
  outlook('other-server-exim', 'Exim: message too big', 'outlook.office.com'),
  outlook('dark-theme', 'mailbox full, dark theme', 'outlook.office.com'),
];

/** Shown in the popup's screenshot: what classic Outlook's send-error dialog says (written for the demo). */
export const POPUP_SAMPLE =
  "The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was 'jane.doe@example.org'. Subject 'Quarterly figures', Account: 'mail.example.com', Server: 'smtp.example.com', Protocol: SMTP, Server Response: '550 5.7.1 Unable to relay for jane.doe@example.org', Port: 25, Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79";
