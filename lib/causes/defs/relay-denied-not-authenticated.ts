import { defineCause } from '../model';
import { RELAY_ADMIN_FIXES, SMTP_AUTH_FIXES } from '../steps';

/** Relay refusals, lower case. Shared with recipient-domain-not-hosted, which takes server bounces. */
export const RELAY_REFUSAL_PHRASES: readonly string[] = [
  // Postfix: "554 5.7.1 <friend@example.org>: Relay access denied"
  // Sendmail: "550 5.7.1 <friend@example.org>... Relaying denied. Proper authentication required."
  // Exim: "550 relay not permitted"; Exchange: "550 5.7.1 Unable to relay"
  'relay access denied',
  'relaying denied',
  'relay not permitted',
  'relaying not permitted',
  'relay denied',
  'unable to relay',
  'relaying not allowed',
  'relay not allowed',
  'we do not relay',
  'not permitted to relay',
  'open relay not allowed',
  'open relay is not allowed',
  ' as a relay, ',
  // "501 Rcpt-To validation failed: RCPT TO not accepted: 5.7.1 This system is not configured to relay mail"
  'not configured to relay',
  // Postfix with a policy service: "550 5.7.0 <a@example.org>: Recipient address rejected: No relaying"
  'no relaying',
  // "550 5.7.1 Authentication is required for relay"; "553 5.7.1 Sender not authorized for relay"
  // cPanel/Exim: "550-Please turn on SMTP Authentication in your mail client. (mail.example.net)
  //  550-[198.51.100.9]:51442 is not permitted to relay through this server without authentication."
  'authentication is required for relay',
  'authentication required for relay',
  'sender not authorized for relay',
  'not authorized for relay',
  'please turn on smtp authentication',
  'without authentication',
];

export default defineCause({
  id: 'relay-denied-not-authenticated',
  reason: 'norelaying',
  evidence: [
    // Only where no server accepted the message yet (a client's send error, or text of unknown
    // layout): in a server's bounce the refusing host is the next hop (recipient-domain-not-hosted).
    { phrases: RELAY_REFUSAL_PHRASES, serverReport: false },
    // Classic Outlook's send error: "The server responded: 550 5.7.1 Unable to relay …
    //  Send test e-mail message: … (0x800CCC79)"
    { phrases: ['0x800ccc79', '0x800ccc78', '0x800ccc80'] },
  ],
  defaultFor: ['norelaying'],
  temporary: false,
  whoActs: 'you',
  title: 'Relay denied: your outgoing mail server wants you to sign in',
  badge: 'Relay denied — how to fix',
  summary:
    'Your mail app handed the message to an outgoing mail server without signing in (or with a wrong user name, server or port). A mail server passes mail on to other domains ("relaying") only for people it knows, otherwise spammers would abuse it, so it refused. Almost always the fix is in your mail app: turn on "My outgoing server (SMTP) requires authentication" with the same user name and password as for incoming mail, on port 587.',
  fixes: [...SMTP_AUTH_FIXES, ...RELAY_ADMIN_FIXES],
  relayCheck: true,
});
