// The fallback explanation per reason, used when no cause in the registry matched. Together with the
// code meanings (lib/causes/codes.ts) it guarantees the panel is never empty. User-facing text.
import type { Reason, WhoActs } from '../types';

export interface GenericText {
  title: string;
  /** Short badge text for a mail header row (at most ~40 characters). */
  badge: string;
  summary: string;
  whoActs: WhoActs;
  /** Used when no status or reply code says otherwise. */
  temporary: boolean;
  /**
   * The sender's own step. Omitted when there is none besides telling the admin: a reason whose
   * admin acts gets the shared STEP_FORWARD_TO_ADMIN after this one, so this never says to forward.
   */
  step?: string;
  /** Replaces the shared admin step when the reason calls for a more specific one. */
  adminStep?: string;
}

export const GENERIC_REASON: Readonly<Record<Reason, GenericText>> = {
  authfailure: {
    title: 'Your message failed the checks that prove who sent it',
    badge: 'Failed sender checks — ask your admin',
    summary: 'The receiver could not confirm that your mail really comes from your domain (SPF, DKIM or DMARC failed).',
    whoActs: 'your-admin',
    temporary: false,
    adminStep:
      "Mail admin: check the domain's SPF, DKIM and DMARC records (in its DNS) against the server that sent this message; whoever manages the domain name may have to change them.",
  },
  badreputation: {
    title: 'Your sending server or domain has a poor reputation',
    badge: 'Poor sender reputation — ask your admin',
    summary: "The receiver refused or slowed down mail because of the sending server's or domain's reputation.",
    whoActs: 'your-admin',
    temporary: false,
  },
  blocked: {
    title: "The recipient's server refused your sending server",
    badge: 'Your server was refused — ask your admin',
    summary:
      'The receiving server refused the connection from the server your message came from (a blocklist, its address or its name).',
    whoActs: 'your-admin',
    temporary: false,
  },
  contenterror: {
    title: 'The message format was refused',
    badge: 'Message format refused',
    summary: 'The receiving server could not accept the way the message was encoded or its headers.',
    whoActs: 'you',
    temporary: false,
    step: 'Send the message again from a normal mail app, as plain text and without unusual attachments.',
  },
  delivered: {
    title: 'Delivered',
    badge: 'Delivered',
    summary: 'This report says the message was delivered. Nothing failed.',
    whoActs: 'nobody',
    temporary: false,
    step: 'Nothing to do.',
  },
  exceedlimit: {
    title: 'The message exceeded a limit at the recipient',
    badge: 'Over a limit at the recipient',
    summary: 'The message went over a size or other limit set for this recipient.',
    whoActs: 'you',
    temporary: false,
    step: 'Send a smaller message, sharing large files as a link.',
  },
  expired: {
    title: 'Delivery gave up after trying for too long',
    badge: 'Delivery gave up — contact recipient',
    summary: 'Your mail server kept trying to deliver the message but never succeeded before its time limit ran out.',
    whoActs: 'recipient',
    temporary: false,
    step: 'Tell the recipient another way; resend once their email works.',
  },
  failedstarttls: {
    title: 'The encrypted connection between the servers failed',
    badge: 'Encryption failed — ask your admin',
    summary: 'One side required an encrypted (TLS) connection, and it could not be set up.',
    whoActs: 'your-admin',
    temporary: false,
  },
  feedback: {
    title: 'A spam complaint report, not a bounce',
    badge: 'Spam complaint report',
    summary:
      'This is a report that a recipient marked a message as spam (a feedback-loop report). Your message was delivered.',
    whoActs: 'your-admin',
    temporary: false,
    step: 'Stop sending to the person who complained; forward this report to your mail admin.',
  },
  filtered: {
    title: "The recipient's settings or filter refused the message",
    badge: "Refused by recipient's filter",
    summary: "The address exists, but a filter or a setting on the recipient's side refused this message.",
    whoActs: 'recipient',
    temporary: false,
    step: 'Contact the recipient another way and ask them to allow your messages.',
  },
  hasmoved: {
    title: 'The recipient has moved to another address',
    badge: 'Recipient has moved',
    summary: 'This mailbox no longer receives mail and the server does not forward it.',
    whoActs: 'you',
    temporary: false,
    step: 'Ask the person for their new address.',
  },
  hostunknown: {
    title: "The recipient's domain does not exist",
    badge: 'Domain not found — check the address',
    summary: 'The part of the address after the @ could not be found.',
    whoActs: 'you',
    temporary: false,
    step: 'Check the address for a typo after the @.',
  },
  mailboxfull: {
    title: "The recipient's mailbox is full",
    badge: 'Mailbox full',
    summary: 'The recipient has no storage left for new messages.',
    whoActs: 'recipient',
    temporary: false,
    step: 'Tell the recipient another way; send again after they make room.',
  },
  mailererror: {
    title: "A delivery program on the recipient's server failed",
    badge: "Recipient's server failed",
    summary: 'The receiving server accepted the message but a program that files it into the mailbox failed.',
    whoActs: 'recipient',
    temporary: false,
    step: 'Tell the recipient another way so their mail admin can check the server.',
    adminStep: "Recipient's admin: check the local delivery program (procmail, maildrop) for this mailbox.",
  },
  mesgtoobig: {
    title: 'The message is too large',
    badge: 'Message too large',
    summary: 'The message with its attachments is larger than the receiving server accepts.',
    whoActs: 'you',
    temporary: false,
    step: 'Share large files as a link or send them in several smaller messages.',
  },
  networkerror: {
    title: 'A network problem stopped delivery',
    badge: 'Network problem',
    summary: 'The mail servers could not reach each other, or the message went round in a loop.',
    whoActs: 'recipient',
    temporary: false,
    step: 'Check the address, then tell the recipient their mail server may be unreachable.',
  },
  norelaying: {
    title: 'Relay denied: the server would not pass your message on',
    badge: 'Relay denied',
    summary:
      'The server refused to pass your message on to another domain, usually because your mail app did not sign in.',
    whoActs: 'you',
    temporary: false,
    step: 'Turn on sign-in for your outgoing (SMTP) server in your mail app.',
  },
  notaccept: {
    title: "The recipient's domain does not accept email",
    badge: 'Domain takes no mail',
    summary: 'The domain after the @ says it receives no email at all.',
    whoActs: 'you',
    temporary: false,
    step: 'Check the address; ask the person for another one.',
  },
  notcompliantrfc: {
    title: 'The message did not follow the email format rules',
    badge: 'Format rules broken',
    summary: 'The receiving server refused the message because its headers break the email standard.',
    whoActs: 'your-admin',
    temporary: false,
    step: 'Send again from a normal mail app; report it to whoever maintains the app or service that sent it.',
  },
  onhold: {
    title: 'Not delivered: the exact reason is unclear',
    badge: 'Not delivered — reason unclear',
    summary: 'The bounce gives some details, but not enough to be sure of the reason.',
    whoActs: 'you',
    temporary: false,
    step: "Read the server's answer below; if it does not help, send the details to your mail admin.",
  },
  policyviolation: {
    title: "A rule at the recipient's side refused the message",
    badge: "Refused by recipient's rules",
    summary:
      'The receiving organisation has a rule (allowed senders, attachment types, a policy) that refused this message.',
    whoActs: 'recipient',
    temporary: false,
    step: 'Contact the recipient another way to find out which rule applies.',
  },
  rejected: {
    title: 'Your sender address was refused',
    badge: 'Sender address refused',
    summary: 'The receiving server refused the message because of the sender address or its domain.',
    whoActs: 'your-admin',
    temporary: false,
    step: 'Check your From address.',
  },
  requireptr: {
    title: 'The sending server has no reverse DNS name',
    badge: 'No reverse DNS — ask your admin',
    summary: 'The receiving server refused mail from a server whose address has no matching name.',
    whoActs: 'your-admin',
    temporary: false,
    adminStep:
      "Mail admin: give the sending server's IP address a reverse DNS (PTR) name that matches its host name; whoever provides the IP address (often the hosting provider) sets it.",
  },
  securityerror: {
    title: 'A sign-in or security check failed',
    badge: 'Sign-in or security check failed',
    summary: 'Signing in to the mail server failed, or a security rule refused the message.',
    whoActs: 'you',
    temporary: false,
    step: 'Check the user name and password of the outgoing server in your mail app.',
  },
  spamdetected: {
    title: 'The message was judged to be spam',
    badge: 'Judged as spam',
    summary: "The recipient's spam filter refused the content of the message.",
    whoActs: 'you',
    temporary: false,
    step: 'Rewrite the message with fewer links and attachments and send again.',
  },
  speeding: {
    title: 'Too much mail too quickly: slowed down',
    badge: 'Slowed down — too much mail',
    summary: 'The receiving server asked to slow down because of the amount of mail.',
    whoActs: 'nobody',
    temporary: true,
    step: 'Wait; the mail system retries. Send again later if a final failure arrives.',
  },
  suppressed: {
    title: 'Not sent: the address is on a suppression list',
    badge: 'On a suppression list',
    summary: 'The sending service did not even try, because earlier mail to this address bounced or was reported.',
    whoActs: 'your-admin',
    temporary: false,
    step: "Check the address with the person; your admin can remove it from the sending service's suppression list.",
  },
  suspend: {
    title: "The recipient's mailbox is disabled",
    badge: 'Mailbox disabled',
    summary: 'The account exists but is switched off or suspended.',
    whoActs: 'recipient',
    temporary: false,
    step: 'Contact the person another way.',
  },
  syntaxerror: {
    title: 'The mail servers did not understand each other',
    badge: 'Servers did not understand each other',
    summary: 'A command or address in the conversation between the servers was not accepted as written.',
    whoActs: 'your-admin',
    temporary: false,
    step: 'Check the address for stray characters or spaces.',
  },
  systemerror: {
    title: 'A fault on the receiving mail system',
    badge: "Fault at recipient's mail system",
    summary: "The recipient's mail system had an internal or configuration problem.",
    whoActs: 'recipient',
    temporary: false,
    step: 'Tell the recipient another way; send again later.',
  },
  systemfull: {
    title: 'The receiving mail system is out of storage',
    badge: "Recipient's mail system is full",
    summary: "The recipient's mail server as a whole has no space left.",
    whoActs: 'recipient',
    temporary: true,
    step: 'Wait and send again later; tell the recipient if it keeps happening.',
  },
  toomanyconn: {
    title: 'Too many connections from your server',
    badge: 'Too many connections',
    summary: 'The receiving server limits how many connections one server may open.',
    whoActs: 'nobody',
    temporary: true,
    step: 'Wait; the mail system retries.',
  },
  undefined: {
    title: 'Not delivered',
    badge: 'Not delivered',
    summary: 'The bounce does not say clearly why the message failed.',
    whoActs: 'you',
    temporary: false,
    step: 'Check the address and send again; if it fails again, send the details to your mail admin.',
  },
  userunknown: {
    title: 'The address does not exist',
    badge: 'Address does not exist',
    summary: "The recipient's server has no mailbox with this name.",
    whoActs: 'you',
    temporary: false,
    step: 'Check the address for typos and send again.',
  },
  vacation: {
    title: 'An automatic reply, not a bounce',
    badge: 'Automatic reply',
    summary: 'This is an automatic answer (for example "out of office"). Your message was delivered.',
    whoActs: 'nobody',
    temporary: false,
    step: 'Nothing to do; read the reply for when the person is back.',
  },
  virusdetected: {
    title: 'The message seems to contain a virus',
    badge: 'Virus suspected',
    summary: "The recipient's virus scanner refused the message.",
    whoActs: 'you',
    temporary: false,
    step: 'Scan your attachments and share clean files as a link.',
  },
};

export const GENERIC_ADMIN_STEP =
  "Mail admin: find this message in the sending server's logs or message trace by its time and recipient, and read the full server reply in the technical details.";

/**
 * A security-class refusal (5.7.x) whose text says nothing about signing in: a header or policy
 * rule at the receiver ("554 5.7.0 Header error"), not a password problem.
 */
export const GENERIC_SECURITY_POLICY: GenericText = {
  title: 'A security rule at the receiving server refused the message',
  badge: 'Refused by a security rule',
  summary:
    'The receiving server applied one of its security rules (for example about the message headers or the sending server) and refused the message. The bounce does not name the rule.',
  whoActs: 'your-admin',
  temporary: false,
  adminStep:
    "Mail admin: ask the recipient's provider (their postmaster) which rule refused the message; the technical details hold the server's reply.",
};
