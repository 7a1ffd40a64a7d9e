import type { Phrase } from '../matcher';

// rejected: refused because of the envelope sender (MAIL FROM address or its domain, X.1.7/X.1.8).
export const phrases: readonly Phrase[] = [
  // Postfix: "501 5.1.8 Sender address rejected", "Sender address rejected: Domain not found"
  'sender address rejected',
  'sender rejected',
  'sender denied',
  'sender blocked',
  'sender address blocked',
  'blocked sender',
  'sender is blocked',
  'sender not allowed',
  'sender is not allowed',
  'sender address is not allowed',
  'invalid sender',
  'unknown sender',
  'bad sender',
  'sender unknown',
  'banned sender',
  // qmail-remote: "Connected to 192.0.2.225 but sender was rejected."
  'sender was rejected',
  // Exim: "550 Unroutable sender address"
  'unroutable sender',
  'unrouteable sender',
  // Exim ACL: "Sorry, you are sending to/from an address that has been blacklisted"
  'address that has been blacklisted',
  'address has been blacklisted',
  // Exim: "Sender verify failed", "sender verification failed"
  'sender verify failed',
  'sender verification failed',
  'verification failed for',
  'could not verify sender',
  // Sendmail: "553 5.1.8 … Domain of sender address x@example.org does not exist"
  'domain of sender address',
  'sender domain',
  "sender's domain",
  'from domain',
  'mail from address',
  'envelope sender',
  'envelope from',
  // qmail / MessageLabs: "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)"
  'badmailfrom',
  // Courier: "550 5.7.1 can't determine Purported Responsible Address"
  'purported responsible address',
  // Yahoo: "451 Unresolvable RFC.5321 domain"
  'unresolvable rfc.5321',
  // Closed lists refuse the sender: fml "You are not a member of this mailing list"; Google Groups
  // "the group you tried to contact … may not exist, or you may not have permission to post messages"
  'not a member of',
  'only members',
  'members only',
  'permission to post',
  // Outlook on the web NDRs: "The group x only accepts messages from people in its organization or on
  // its allowed senders list"; "… because you weren't recognized as a valid sender."
  'only accepts messages from people',
  'recognized as a valid sender',
  // "The group g@example.com isn't set up to receive messages from x@example.org."
  'set up to receive messages from',
  // Gmail: "You're sending this from a different address or alias using the 'Send mail as' feature.
  // The settings for your 'Send mail as' account are misconfigured or out of date." (?p=CustomFromDenied)
  "'send mail as'",
  'customfromdenied',
  // Mimecast: "Envelope blocked - User Entry", "Rejected by header based Blocked Senders"
  'envelope blocked',
  'blocked senders',
  // German/French/Spanish: "Absender abgelehnt", "expéditeur refusé", "remitente rechazado"
  'absender abgelehnt',
  'absender unbekannt',
  'expéditeur refusé',
  'expéditeur inconnu',
  'remitente rechazado',
  'mittente rifiutato',
  'remetente rejeitado',
  'afzender geweigerd',
  'отправитель отклонен',
];
