import path from 'node:path';
import { fixturesDir } from '../../tests/e2e/harness';

export interface DemoPage {
  /** File-name-safe id, used for the screenshot's name. */
  id: string;
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
  title: `Gmail: ${title}`,
  url: `https://mail.google.com/mail/u/0/?demo=${id}#inbox`,
  file: path.join(fixturesDir, 'pages/gmail', `${id}.html`),
});

export const DEMO_PAGES: readonly DemoPage[] = [
  gmail('address-not-found', 'address not found'),
  gmail('relay-denied', '"Send mail as" through a server that refuses to relay'),
  gmail('send-mail-as', '"Send mail as" server without sign-in'),
  gmail('qmail-rcpthosts', 'qmail 553 rcpthosts'),
  gmail('postfix', 'Postfix bounce from another provider'),
  gmail('message-blocked', 'message blocked by a Microsoft 365 tenant'),
  gmail('m365-preview-pane', 'Microsoft 365 bounce in the preview pane'),
  gmail('delivery-incomplete', 'delivery delayed, still retrying'),
];

/** Shown in the popup's screenshot: what classic Outlook's send-error dialog says (written for the demo). */
export const POPUP_SAMPLE =
  "The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was 'jane.doe@example.org'. Subject 'Quarterly figures', Account: 'mail.example.com', Server: 'smtp.example.com', Protocol: SMTP, Server Response: '550 5.7.1 Unable to relay for jane.doe@example.org', Port: 25, Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79";
