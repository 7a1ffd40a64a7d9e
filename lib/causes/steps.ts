// Fix steps several causes share (signing in to the outgoing server, contacting the recipient, …).
// User-facing text, kept as data beside the cause files.
import type { FixDef, StepDef } from './model';
import { PANEL_TEXT } from './panel-text';

// ---- Signing in to the outgoing (SMTP) server: the relay and authentication causes ----

export const SMTP_AUTH_FIXES: readonly FixDef[] = [
  {
    client: 'outlook-classic',
    audience: 'sender',
    steps: [
      { text: 'Open File > Account Settings > Account Settings…, select the account and click Change….' },
      {
        text: 'Click More Settings… > Outgoing Server and tick "My outgoing server (SMTP) requires authentication", then choose "Use same settings as my incoming mail server".',
      },
      {
        text: 'On the Advanced tab set Outgoing server (SMTP) to 587 and the encrypted connection type to STARTTLS (or "Auto"). Click OK, Next, Finish.',
      },
      {
        text: 'Newer versions show File > Account Settings > Server Settings instead: open "Outgoing mail" and tick "My outgoing (SMTP) server requires authentication", port 587, STARTTLS.',
      },
    ],
  },
  {
    client: 'outlook-new',
    audience: 'sender',
    steps: [
      { text: 'Open Settings (gear) > Accounts > Email accounts and choose Manage next to the account.' },
      {
        text: 'New Outlook always signs in to the outgoing server for IMAP/POP accounts; if sending still fails, remove the account and add it again with Advanced setup, entering the outgoing server, port 587, STARTTLS and the same user name and password as for incoming mail.',
      },
    ],
  },
  {
    client: 'outlook-mac',
    audience: 'sender',
    steps: [
      { text: 'Open Outlook > Settings (Preferences) > Accounts and select the account.' },
      { text: 'Under Outgoing server click More Options… and set Authentication to "Use Incoming Server Info".' },
      { text: 'Set the outgoing port to 587 and tick "Use SSL to connect" (STARTTLS).' },
    ],
  },
  {
    client: 'apple-mail',
    audience: 'sender',
    steps: [
      { text: 'Open Mail > Settings (Preferences) > Accounts, select the account and open Server Settings.' },
      {
        text: 'Under Outgoing Mail Server (SMTP) untick "Automatically manage connection settings", set Port 587, tick "Use TLS/SSL" and set Authentication to Password.',
      },
      { text: 'Enter the same user name and password as for incoming mail, then click Save.' },
    ],
  },
  {
    client: 'thunderbird',
    audience: 'sender',
    steps: [
      { text: 'Open ☰ menu > Account Settings and click "Outgoing Server (SMTP)" at the bottom of the list.' },
      {
        text: 'Select the server, click Edit… and set Port 587, Connection security STARTTLS, Authentication method "Normal password", User Name = the name you use for incoming mail (often the full address).',
      },
      { text: 'Click OK and send again; Thunderbird asks for the password the first time.' },
    ],
  },
  {
    client: 'mobile',
    audience: 'sender',
    steps: [
      {
        text: 'iPhone/iPad: Settings > Apps > Mail > Mail Accounts (older iOS: Settings > Mail > Accounts) > the account > Account > SMTP > Primary Server: Use SSL on, Authentication Password, Server Port 587, and the same user name and password as for incoming mail.',
      },
      {
        text: 'Android (Gmail app with another account): Settings > the account > Outgoing settings: turn on "Require sign-in", enter user name and password, port 587, security type STARTTLS.',
      },
    ],
  },
  {
    client: 'gmail-web',
    audience: 'sender',
    steps: [
      {
        text: 'If you send from another address through Gmail: open Settings (gear) > See all settings > Accounts and Import > "Send mail as", click "edit info" next to the address, then Next Step.',
        link: 'gmail-accounts',
      },
      {
        text: 'Enter that address\'s outgoing SMTP server, port 587, its full user name and password, choose "Secured connection using TLS" and click Save Changes.',
      },
    ],
  },
];

/** Admin side of the relay causes: allow authenticated submission, or known networks. */
export const RELAY_ADMIN_FIXES: readonly FixDef[] = [
  {
    client: 'mail-server',
    audience: 'admin',
    steps: [
      {
        text: 'Offer authenticated submission on port 587 with STARTTLS and relay only for signed-in users (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination).',
      },
      {
        text: 'List the address ranges allowed to relay without signing in (office networks, printers) as authorised IP ranges (Postfix mynetworks, Exchange receive connector remote IP ranges).',
      },
      {
        text: 'Legacy clients that cannot sign in to SMTP: POP-before-SMTP lets a client that just read its mail over POP send from the same IP for a few minutes; prefer SMTP authentication.',
      },
    ],
  },
  {
    client: 'm365-admin',
    audience: 'admin',
    steps: [
      {
        text: 'Devices and apps sending through Microsoft 365 must sign in to smtp.office365.com on port 587 (SMTP AUTH), or send through a connector tied to your office IP address.',
        link: 'ms-smtp-auth',
      },
      { text: 'Check the connector in Exchange admin center > Mail flow > Connectors.', link: 'eac-connectors' },
    ],
  },
];

// ---- Steps that do not depend on the mail app ----

// The same people, in the same order, as the who-acts line above the steps ("Your mail admin or
// email provider"): "email provider" covers senders with no admin of their own. It names the
// panel's button, which copies what an admin needs (codes, server reply) when forwarding is awkward.
export const STEP_FORWARD_TO_ADMIN: StepDef = {
  text: `Forward this bounce to your mail admin or email provider, or use "${PANEL_TEXT.copyForAdmin}".`,
};

/** The sender's whole part when only whoever runs their mail server can fix it (blocklists, reputation). */
export const SENDER_FORWARDS_TO_ADMIN: FixDef = { client: 'any', audience: 'sender', steps: [STEP_FORWARD_TO_ADMIN] };

// SPF, DKIM and DMARC live in the domain's DNS, which is not always run by whoever runs the mail
// (a web agency, the registrar, the sending service).
export const STEP_FORWARD_TO_DOMAIN_MANAGER: StepDef = {
  text: 'Forward this bounce to whoever manages your domain or email service.',
};

/** The sender's whole part when the domain's authentication records have to change. */
export const SENDER_FORWARDS_TO_DOMAIN_MANAGER: FixDef = {
  client: 'any',
  audience: 'sender',
  steps: [STEP_FORWARD_TO_DOMAIN_MANAGER],
};

// The sending server's address and its reverse DNS (PTR) belong to whoever provides the server's
// internet address, often a hosting provider rather than the mail admin.
/** The sender's whole part when the sending server's network set-up (PTR, IPv6) has to change. */
export const SENDER_FORWARDS_TO_HOSTING: FixDef = {
  client: 'any',
  audience: 'sender',
  steps: [{ text: 'Forward this bounce to your mail admin or hosting provider.' }],
};

export const STEP_CONTACT_RECIPIENT: StepDef = {
  text: 'Tell the recipient another way (phone, chat, another address) so they or their mail admin can fix it.',
};

export const STEP_RESEND_LATER: StepDef = {
  text: 'Nothing to do now: the mail system keeps retrying. If a final failure notice arrives later, send the message again.',
};

export const STEP_CHECK_SENT_ITEMS: StepDef = {
  text: 'Check your Sent folder: if you never sent this message, someone forged your address and you can ignore the bounce.',
};

/** For temporary causes in a final failure notice: the server stopped retrying. */
export const STEP_SEND_AGAIN_LATER: StepDef = {
  text: 'Send the message again later: your mail server has stopped trying and will not send it by itself.',
};

export const STEP_ADMIN_IF_REPEATED: StepDef = {
  text: 'If this keeps happening, forward this bounce to your mail admin or email provider.',
};
