import { defineProvider, each } from './types';

// Gmail / Google Workspace. Every Google reply ends "<id> - gsmtp" (codes.json "gsmtp"); texts from
// "Gmail SMTP errors and codes". Google's 5.7.1 alone covers spam, reputation, RFC 5322 and
// authentication verdicts, so the text decides.
export const google = defineProvider({
  id: 'google',
  hosts: ['google.com', 'googlemail.com', 'gmail.com', 'gmail-smtp-in'],
  markers: [' - gsmtp', ' - gcdp', 'support.google.com/mail'],
  rules: [
    // "550-5.2.1 The email account that you tried to reach is disabled." / "… is inactive."
    ...each('suspend', 'account that you tried to reach is disabled', 'account that you tried to reach is inactive'),
    // "550-5.1.1 The email account that you tried to reach does not exist."
    ...each('userunknown', 'account that you tried to reach does not exist'),
    // "553 5.1.2 We weren't able to find the recipient domain."
    ...each('hostunknown', 'able to find the recipient domain'),
    // "452-4.2.2 The recipient's inbox is out of storage space" / "… is over quota"
    ...each('mailboxfull', 'out of storage space', 'is over quota'),
    // "550-5.2.1 The user you are trying to contact is receiving mail at a rate that prevents …"
    ...each('speeding', 'at a rate that prevents', 'receiving mail too quickly', 'receiving email too quickly'),
    // "550 5.4.5 Daily user sending limit exceeded"; "… relay limit exceeded"
    ...each('speeding', 'sending limit exceeded', 'relay limit exceeded', 'relay sending limit exceeded'),
    ...each('speeding', 'this email has been rate limited', 'this mail has been rate limited'),
    // Gmail's own notices: "You have reached a limit for sending mail", "You exceeded the maximum recipients"
    ...each('speeding', 'limit for sending mail', 'gmail sending limit', 'exceeded the maximum recipients'),
    // "550-5.7.1 Messages with multiple addresses in From: header are not accepted."
    ...each(
      'notcompliantrfc',
      'multiple addresses in the from',
      'multiple addresses in from',
      'not rfc 5322 compliant',
      'missing a valid message-id',
      'missing a valid address in the from',
      'having no from: header',
      'from: header is missing',
      'multiple from: headers',
      'non-compliant domain name',
      'there is a malformed',
      'encoded-word syntax is not permitted',
      'unicode character in a disallowed header',
    ),
    // "550-5.7.26 This mail has been blocked because the sender is unauthenticated."; 5.7.27/5.7.30/5.7.40
    ...each(
      'authfailure',
      'dmarc',
      'sender is unauthenticated',
      'unauthenticated email',
      'authentication information or fails to pass',
      'authenticate with either spf or dkim',
      'pass spf',
      'pass dkim',
      'spf authentication',
      'dkim authentication',
      'spf record of the sending domain',
      "isn't aligned with either the authenticated",
      'your email was blocked because the from: header',
    ),
    // "421-4.7.0 … does not have a PTR record"; "550 5.7.25 … does not have a PTR record setup"
    ...each('requireptr', 'ptr record'),
    // "550-5.7.1 … likely suspicious due to the very low reputation of the sending IP address"
    ...each(
      'badreputation',
      'very low reputation',
      'unusual rate of unsolicited',
      'unusual rate of email',
      'unusual amount of unsolicited',
    ),
    // "550-5.7.1 … this message is likely unsolicited mail"
    ...each('spamdetected', 'likely unsolicited', 'nature of the content or the links'),
    // "552-5.7.0 This message was blocked because its content presents a potential security issue"
    ...each(
      'policyviolation',
      'potential security issue',
      'illegal attachment',
      'has a policy that prohibits',
      ' - gcdp',
    ),
    // "552-5.3.4 Your message exceeded Google's message size limits"; header limits are content errors
    ...each(
      'contenterror',
      'header size limits',
      'header bytes',
      'per individual header',
      'header name limit',
      'subject: header that exceeds',
    ),
    ...each('mesgtoobig', 'message size limits', 'number of attachments'),
    // "554 5.4.6 Message exceeded 50 hops"
    ...each('networkerror', 'exceeded 50 hops'),
    // Workspace SMTP relay: "550 5.7.0 Mail relay denied"
    ...each('norelaying', 'relay denied', 'invalid credentials for relay'),
    // "535-5.7.8 Username and Password not accepted"; "534-5.7.9 Application-specific password required"
    ...each(
      'securityerror',
      'username and password not accepted',
      'application-specific password',
      'log in through your web browser',
      'log in with your web browser',
      'authentication required',
    ),
    // "421-4.7.0 TLS required for RCPT domain"; "530 5.7.0 Must issue a STARTTLS command first"
    ...each('failedstarttls', 'tls required', 'starttls', 'tls connection', 'use tls/ssl'),
    // "550-5.7.1 … not authorized to send email directly to our servers"; "IP not in whitelist for RCPT domain"
    ...each('blocked', 'directly to our servers', 'ip not in whitelist', 'ipv6 sending guidelines'),
    // "554 5.6.0 Mail message is malformed"
    ...each('contenterror', 'message is malformed'),
  ],
});
