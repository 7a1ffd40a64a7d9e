import { defineCause } from '../model';
import { RELAY_ADMIN_FIXES, SMTP_AUTH_FIXES } from '../steps';

export default defineCause({
  id: 'relay-denied-qmail-rcpthosts',
  reason: 'norelaying',
  evidence: [
    // qmail-smtpd: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"
    { phrases: ["isn't in my list of allowed rcpthosts", 'allowed rcpthosts'] },
  ],
  temporary: false,
  whoActs: 'you',
  title: 'The mail server only delivers for its own domains unless you sign in',
  badge: 'Relay denied — how to fix',
  summary:
    'The server you sent through (a qmail server) keeps a list of the domains it receives mail for. The recipient\'s domain is not on that list, and your mail app did not sign in, so the server treated the message as a stranger asking it to pass mail on ("relaying") and refused. Sign in to your outgoing server, or use the outgoing server of the network you are on.',
  fixes: [...SMTP_AUTH_FIXES, ...RELAY_ADMIN_FIXES],
  relayCheck: true,
});
