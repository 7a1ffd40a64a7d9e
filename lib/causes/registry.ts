// The ordered cause registry. The order is written here once: selectCause takes the first cause whose
// evidence matches, so specific causes (a provider's own code, a named blocklist) come before generic
// ones (any relay refusal, any unknown recipient). Each position says why it sits there.

import blockedAttachment from './defs/blocked-attachment';
import blocklistBarracuda from './defs/blocklist-barracuda';
import blocklistMicrosoft from './defs/blocklist-microsoft';
import blocklistOther from './defs/blocklist-other';
import blocklistOutlookCom from './defs/blocklist-outlook-com';
import blocklistSpamhaus from './defs/blocklist-spamhaus';
import clientCannotReachServer from './defs/client-cannot-reach-server';
import contentPolicyReject from './defs/content-policy-reject';
import deliveryDelayed from './defs/delivery-delayed';
import deliveryExpired from './defs/delivery-expired';
import directToMxRefused from './defs/direct-to-mx-refused';
import dmarcPolicyReject from './defs/dmarc-policy-reject';
import dnsLookupFailed from './defs/dns-lookup-failed';
import domainNotFound from './defs/domain-not-found';
import gmailAppPasswordRequired from './defs/gmail-app-password-required';
import gmailDailySendingLimit from './defs/gmail-daily-sending-limit';
import gmailSendMailAsFailed from './defs/gmail-send-mail-as-failed';
import googleSmtpRelayRefused from './defs/google-smtp-relay-refused';
import greylisted from './defs/greylisted';
import heloNameRejected from './defs/helo-name-rejected';
import hostingHourlyLimit from './defs/hosting-hourly-limit';
import ipv6SendingRefused from './defs/ipv6-sending-refused';
import lowReputationBlocked from './defs/low-reputation-blocked';
import m365ConnectorAttribution from './defs/m365-connector-attribution';
import m365ExternalForwardingBlocked from './defs/m365-external-forwarding-blocked';
import m365RestrictedSender from './defs/m365-restricted-sender';
import m365SendingLimit from './defs/m365-sending-limit';
import m365SmtpAuthDisabled from './defs/m365-smtp-auth-disabled';
import m365TenantBlocked from './defs/m365-tenant-blocked';
import mailLoop from './defs/mail-loop';
import mailboxDisabled from './defs/mailbox-disabled';
import mailboxFull from './defs/mailbox-full';
import mailboxMoved from './defs/mailbox-moved';
import messageTooLarge from './defs/message-too-large';
import missingPtr from './defs/missing-ptr';
import nonCompliantMessage from './defs/non-compliant-message';
import nullMx from './defs/null-mx';
import outlookComBulkAuthRequired from './defs/outlook-com-bulk-auth-required';
import recipientAddressUnknown from './defs/recipient-address-unknown';
import recipientBlocksYou from './defs/recipient-blocks-you';
import recipientDbebRejected from './defs/recipient-dbeb-rejected';
import recipientDomainNotHosted from './defs/recipient-domain-not-hosted';
import recipientDomainRefused from './defs/recipient-domain-refused';
import recipientInternalOnly from './defs/recipient-internal-only';
import recipientNotAllowedSender from './defs/recipient-not-allowed-sender';
import recipientReceivingTooFast from './defs/recipient-receiving-too-fast';
import recipientSystemUnavailable from './defs/recipient-system-unavailable';
import recipientTlsProblem from './defs/recipient-tls-problem';
import relayDeniedNotAuthenticated from './defs/relay-denied-not-authenticated';
import relayDeniedQmailRcpthosts from './defs/relay-denied-qmail-rcpthosts';
import relayDeniedRoaming from './defs/relay-denied-roaming';
import senderAddressNotOwned from './defs/sender-address-not-owned';
import senderAddressRejected from './defs/sender-address-rejected';
import senderRateLimited from './defs/sender-rate-limited';
import senderUnauthenticated from './defs/sender-unauthenticated';
import sendingServiceQuota from './defs/sending-service-quota';
import sesIdentityNotVerified from './defs/ses-identity-not-verified';
import smtpAuthFailed from './defs/smtp-auth-failed';
import smtpAuthRequired from './defs/smtp-auth-required';
import spamContent from './defs/spam-content';
import spamReputationDeferred from './defs/spam-reputation-deferred';
import spamhausReceiverMisconfigured from './defs/spamhaus-receiver-misconfigured';
import spfFail from './defs/spf-fail';
import staleAutocompleteEntry from './defs/stale-autocomplete-entry';
import tlsRequired from './defs/tls-required';
import tooManyConnections from './defs/too-many-connections';
import tooManyRecipients from './defs/too-many-recipients';
import virusDetected from './defs/virus-detected';
import yahooBlockedTss09 from './defs/yahoo-blocked-tss09';
import yahooDeferredTss04 from './defs/yahoo-deferred-tss04';
import type { CauseDef } from './model';

export const CAUSES: readonly CauseDef[] = [
  // 1. Gmail names the failing 'Send mail as' step itself; its inner SMTP error would otherwise look like a plain sign-in failure.
  gmailSendMailAsFailed,
  // 1b. Google Workspace's SMTP relay names itself ("SMTP relay limit", "Invalid credentials for relay"): its refusals are the Workspace admin's, before the generic relay, sending-limit and rate causes.
  googleSmtpRelayRefused,
  // 2. Postgrey's text reads "Recipient address rejected: Greylisted": must win over the unknown-recipient phrases.
  greylisted,
  // 3. Outlook's own error numbers for a failed connection: no server answered, so nothing else applies.
  clientCannotReachServer,
  // 4. 5.7.139 is a 535 like any failed login, but the fix is the admin's: before smtp-auth-failed.
  m365SmtpAuthDisabled,
  // 5. Google's 534 sign-in refusals: more specific than a wrong password.
  gmailAppPasswordRequired,
  // 6. 535 wrong user name or password.
  smtpAuthFailed,
  // 6b. Microsoft 5.7.64 "TenantAttribution; Relay Access Denied" is the sender's own connector: before the relay causes.
  m365ConnectorAttribution,
  // 7. Microsoft's 5.4.1 "Relay Access Denied" is the recipient's MX, not your relay: before the relay phrases.
  recipientDomainNotHosted,
  // 8. MTA-STS/DANE failures at the destination: before the generic TLS-required wording.
  recipientTlsProblem,
  // 9. "530 5.7.0 Must issue a STARTTLS command first" would otherwise match the 530 sign-in rule.
  tlsRequired,
  // 10. Amazon SES refusing an unverified identity: classified as a relay refusal, but the fix is in SES.
  sesIdentityNotVerified,
  // 11. qmail's own relay refusal wording.
  relayDeniedQmailRcpthosts,
  // 12. Relay refusals that name the client's network or IP: the ISP-roaming case, before any relay refusal.
  relayDeniedRoaming,
  // 13. Every other relay refusal, incl. "authentication is required for relay" and Outlook 0x800CCC79.
  relayDeniedNotAuthenticated,
  // 14. Microsoft 5.7.12/5.7.133-136 internal-only recipients: their text also says "authentication required", so before smtp-auth-required.
  recipientInternalOnly,
  // 15. Allowed-senders lists and "Delivery not authorized" (5.7.124, 5.7.1), for the same reason.
  recipientNotAllowedSender,
  // 16. 530/5.7.57 "authenticate first" without relay wording.
  smtpAuthRequired,
  // 17. From address the signed-in account does not own (before the generic sender-address refusals).
  senderAddressNotOwned,
  // 18. Microsoft 5.1.8 "bad outbound sender": the RFC meaning of 5.1.8 (bad sender domain) must not win.
  m365RestrictedSender,
  // 19. Microsoft 5.7.700-750 tenant-wide restrictions.
  m365TenantBlocked,
  // 20. Microsoft 5.7.520.
  m365ExternalForwardingBlocked,
  // 21. Microsoft's 5.2.2 submission quota: before mailbox-full, which owns 5.2.2 everywhere else.
  m365SendingLimit,
  // 22. Gmail 5.4.5: before the generic X.4.x network/expiry rules.
  gmailDailySendingLimit,
  // 23. cPanel/GoDaddy hourly caps.
  hostingHourlyLimit,
  // 23b. A sending service's daily quota ("Daily message quota exceeded"): beside the other senders' limits and before mailbox-full, whose "quota exceeded" it contains.
  sendingServiceQuota,
  // 24. Gmail's permanent 5.2.1 "rate that prevents additional messages" must not read as a disabled mailbox.
  recipientReceivingTooFast,
  // 25. Outlook.com 5.7.515: before the generic authentication causes.
  outlookComBulkAuthRequired,
  // 26. DMARC refusals (Gmail's 5.7.26 DMARC variant too): before the SPF/DKIM catch-all on 5.7.26.
  dmarcPolicyReject,
  // 27. SPF-only refusals.
  spfFail,
  // 28. Neither SPF nor DKIM passed; the catch-all for authfailure.
  senderUnauthenticated,
  // 29. Reverse-DNS refusals (Gmail 5.7.25, Postfix "cannot find your hostname").
  missingPtr,
  // 29b. The sending server's HELO name refused ("my name was rejected"): qmail adds "in the queue too long", so before delivery-expired.
  heloNameRejected,
  // 29c. Refusals of mail sent over IPv6 ("does not accept email over IPv6"): before null-mx, whose "does not accept email" they contain, and before the blocklist words.
  ipv6SendingRefused,
  // 30. Spamhaus error return codes (open resolver): before the Spamhaus listing cause.
  spamhausReceiverMisconfigured,
  // 31. Microsoft 365 5.7.606-649 banned IPs.
  blocklistMicrosoft,
  // 32. Outlook.com S3140/S3150 and postmaster codes.
  blocklistOutlookCom,
  // 33. Yahoo permanent IP blocks.
  yahooBlockedTss09,
  // 34. Yahoo temporary deferrals.
  yahooDeferredTss04,
  // 35. Any Spamhaus listing.
  blocklistSpamhaus,
  // 36. Barracuda reputation list.
  blocklistBarracuda,
  // 37. The recipient's own blocked-senders entries: before the generic blocklist words.
  recipientBlocksYou,
  // 37b. A whole-domain refusal at the recipient ("Mail rejected by destination domain", 5.4.1): before delivery-expired, which owns the X.4.1 "no answer" code.
  recipientDomainRefused,
  // 38. Connection-count limits: "421 4.7.0 Too many concurrent SMTP connections" would otherwise read as a rate limit.
  tooManyConnections,
  // 38b. Deferrals that call the sender's mail spam or its reputation very low (Gmail 4.7.28, 421 4.7.0 "very low reputation"): before the plain rate limits, whose "unusual rate of" they share; the admin acts now.
  spamReputationDeferred,
  // 39. Rate limits: before low-reputation-blocked, whose "reputation" also appears in S775.
  senderRateLimited,
  // 40. Permanent reputation refusals (Gmail, iCloud CS01/CS02).
  lowReputationBlocked,
  // 40b. Refusal of mail sent straight from a home/dynamic connection ("use the smtp server of your ISP"): no delisting applies, so before the generic blocklist words.
  directToMxRefused,
  // 40c. Forbidden attachment types: Exim and cPanel word them "blacklisted file extension", so before the blocklist words.
  blockedAttachment,
  // 41. Other named blocklists and generic "blocked using"/"listed" wording.
  blocklistOther,
  // 42. Exchange X500/IMCEAEX recipients: before the generic unknown-recipient cause.
  staleAutocompleteEntry,
  // 43. Microsoft DBEB "Recipient address rejected: Access denied".
  recipientDbebRejected,
  // 44. "Sender address rejected: Domain not found" is about your domain: before domain-not-found.
  senderAddressRejected,
  // 45. Quota wording is specific and appears in delay notices too: before delivery-delayed.
  mailboxFull,
  // 45b. Recipient-count limits (X.5.3, "too many recipients"): the engine calls them exceedlimit like size limits, so before message-too-large, its default.
  tooManyRecipients,
  // 46. Size wording is specific: before the generic categories.
  messageTooLarge,
  // 47. Hop-count and loop refusals.
  mailLoop,
  // 48. DNS lookups that failed or found nothing usable: more precise than a plain expiry, and "try again" marks them as not NXDOMAIN.
  dnsLookupFailed,
  // 49. Final failures after retrying (queue expiry always; timeouts and refused connections only outside delay notices).
  deliveryExpired,
  // 50. Any other delay notice is only a warning: before the permanent categories below, whose words also appear in temporary errors ("Host or domain name not found … try again").
  deliveryDelayed,
  // 51. Null MX / 556: before domain-not-found.
  nullMx,
  // 51b. X.3.2 "not accepting messages" without the 521/556 of a host that never takes mail (those are null-mx's, just above): a fault at the recipient's.
  recipientSystemUnavailable,
  // 52. NXDOMAIN and 5.1.2: before the unknown-recipient phrases ("does not exist").
  domainNotFound,
  // 53. Unknown recipient; the catch-all for userunknown.
  recipientAddressUnknown,
  // 54. 5.1.6 / 551.
  mailboxMoved,
  // 55. Disabled or inactive accounts.
  mailboxDisabled,
  // 56. Malware verdicts.
  virusDetected,
  // 57. Content judged to be spam.
  spamContent,
  // 58. RFC 5322 format refusals.
  nonCompliantMessage,
  // 59. Refusals that only say "policy": the least specific wording, so after every content and format cause.
  contentPolicyReject,
];

const BY_ID: ReadonlyMap<string, CauseDef> = new Map(CAUSES.map((c) => [c.id, c]));

export function causeById(id: string): CauseDef | undefined {
  return BY_ID.get(id);
}
