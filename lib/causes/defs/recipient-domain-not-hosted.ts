import { defineCause } from '../model';
import { STEP_CONTACT_RECIPIENT } from '../steps';
import { RELAY_REFUSAL_PHRASES } from './relay-denied-not-authenticated';

export default defineCause({
  id: 'recipient-domain-not-hosted',
  reason: 'norelaying',
  evidence: [
    // Microsoft 365 as the recipient's MX: "550 5.4.1 Relay Access Denied ATTR35 [AM4PEPF00027A5F.eurprd04.prod.outlook.com]"
    { phrases: ['relay access denied'], status: ['5.4.1'] },
    { phrases: ['relay access denied attr', 'relay access denied [', 'attr35', 'attr36'] },
    // "451 4.4.4 Mail received as unauthenticated, incoming to a recipient domain configured in a
    //  hosted tenant which has no mail-enabled subscriptions."
    { phrases: ['hosted tenant which has no mail-enabled subscriptions'] },
    // A relay refusal quoted in a mail server's bounce: your own server accepted the message and the
    // next server refused it. Postfix: "host mx.example.biz[203.0.113.77] said: 554 5.7.1 <a@example.biz>:
    // Relay access denied"; qmail: "Remote host said: 553 sorry, that domain isn't in my list of allowed
    // rcpthosts (#5.7.1)"; Gmail: "The response from the remote server was: 554 5.7.1 Relay access denied".
    {
      phrases: [...RELAY_REFUSAL_PHRASES, 'allowed rcpthosts', 'ip name lookup failed', 'ip name possibly forged'],
      serverReport: true,
    },
    // The same in text of unknown layout, told apart by the server's report wording.
    {
      phrases: [...RELAY_REFUSAL_PHRASES, 'allowed rcpthosts', 'ip name lookup failed', 'ip name possibly forged'],
      andPhrases: [
        'remote host said',
        '] said:',
        ' said: 5',
        'response from the remote server',
        'remote server returned',
        'smtp error from remote mail server',
        'while talking to',
      ],
    },
    // qmail: "Sorry. Although I'm listed as a best-preference MX or A for that host,
    //  it isn't in my control/locals file, so I don't treat it as local. (#5.4.6)"
    { phrases: ["isn't in my control/locals file"] },
  ],
  codeNotes: { '5.4.1': "Microsoft: the recipient's domain is not set up at the server its MX record names." },
  temporary: false,
  whoActs: 'recipient',
  title: "The recipient's domain points its mail at a server that does not handle it",
  badge: "Recipient's mail setup is broken",
  summary:
    "Your message got as far as a mail server on the way to the recipient, normally the one the recipient's domain names as its mail server, and that server refused to take it, saying it does not handle mail for this domain. This usually happens when a company moves its email (for example to Microsoft 365) and its domain settings are incomplete or out of date. You did nothing wrong and your mail settings are not the problem; the recipient's side has to fix their domain settings.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        STEP_CONTACT_RECIPIENT,
        { text: 'Double-check the domain part of the address (after the @) for a typo.' },
        {
          text: "If the refusing server is your own provider's outgoing relay (smarthost) rather than the recipient's, forward this bounce to your mail admin: the relay does not accept mail from your server.",
        },
      ],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: "If you are the recipient's admin: add and verify the domain in Exchange admin center > Mail flow > Accepted domains and point its MX record to <domain>.mail.protection.outlook.com.",
          link: 'eac-accepted-domains',
        },
        { text: "Read Microsoft's guide to 5.4.1.", link: 'ms-ndr-5-4-1' },
      ],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: "Check the domain's MX record with a lookup tool; it must name a server that accepts the domain.",
          link: 'google-checkmx',
        },
      ],
    },
  ],
});
