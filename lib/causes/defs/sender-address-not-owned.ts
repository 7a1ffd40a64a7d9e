import { defineCause } from '../model';

export default defineCause({
  id: 'sender-address-not-owned',
  reason: 'rejected',
  evidence: [
    // Postfix reject_sender_login_mismatch: "553 5.7.1 <boss@example.com>: Sender address rejected: not owned by user me@example.net"
    { phrases: ['not owned by user', 'not logged in as'] },
    // Microsoft: "550 5.7.60 SMTP; Client does not have permissions to send as this sender"
    // Outlook.com: "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied"
    { phrases: ['permissions to send as this sender', 'sendasdenied', 'send as denied'] },
    { status: ['5.7.60'] },
    // Spectrum: "AUP#O-1500 … sending as an address different from the logged-in one"
    {
      phrases: ['aup#1500', 'aup#o1500', 'aup#i1500', 'aup#1520', 'aup#o1520', 'aup#i1520', 'aup#o-1500', 'aup#o-1520'],
    },
    // "550 5.7.1 Sender address is not allowed. The from address must match the authenticated user"
    { phrases: ['must match the authenticated', 'does not match the authenticated', 'sender address does not belong'] },
    // Mimecast at the recipient: "550 Anti-Spoofing policy - Inbound not allowed - https://community.mimecast.com/docs/DOC-1369#550"
    // (outside mail that uses the recipient organisation's own domain as its From address)
    { phrases: ['anti-spoofing policy', 'header-based anti-spoofing'] },
  ],
  temporary: false,
  whoActs: 'you',
  title: 'The server will not send with a From address your account does not own',
  badge: 'Sender address not allowed — how to fix',
  summary:
    'You signed in to your outgoing server as one account but the message said it was from a different address (an alias, a shared mailbox or an address at another domain). To stop forged mail, the server only sends with addresses that belong to the account that signed in, so it refused the whole message.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        { text: 'Send again choosing your own address in the From field.' },
        {
          text: 'If you must send as the other address: add it as its own account in your mail app (with its own outgoing server and sign-in), or ask your admin for "Send As" permission.',
        },
      ],
    },
    {
      client: 'gmail-web',
      audience: 'sender',
      steps: [
        {
          text: 'Gmail: addresses you send as must be set up under Settings > See all settings > Accounts and Import > "Send mail as", each with its own SMTP server.',
          link: 'gmail-accounts',
        },
      ],
    },
    {
      client: 'thunderbird',
      audience: 'sender',
      steps: [
        {
          text: 'Account Settings > (account) > Manage Identities: send as an identity whose address belongs to this account, or give the other address its own outgoing server.',
        },
      ],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: 'Give Send As: Exchange admin center > Recipients > Mailboxes (or Groups) > select the mailbox > Delegation > Send as > Edit > add the user.',
        },
      ],
    },
  ],
});
