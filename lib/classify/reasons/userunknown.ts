import type { Phrase } from '../matcher';

// userunknown: the local part does not exist at the destination (RFC 3463 X.1.1).
export const phrases: readonly Phrase[] = [
  // Sendmail/Postfix: "550 5.1.1 <kijitora@example.jp>... User Unknown",
  // "Recipient address rejected: User unknown in virtual mailbox table"
  'user unknown',
  // Postfix local: "unknown user: \"kijitora\""; McAfee/Sendmail: "550 Unknown user kijitora@example.net"
  'unknown user',
  // Exim/qmail/cPanel: "550 No Such User Here", "No such user", "no such mailbox"
  'no such user',
  'no such mailbox',
  'no such recipient',
  'no such address',
  'no such local user',
  'no such account',
  // qmail-local: "Sorry, no mailbox here by that name. (#5.1.1)"
  'no mailbox here by that name',
  // Generic: "550 5.1.1 User not found", "Recipient not found", "Mailbox not found"
  'user not found',
  'recipient not found',
  'mailbox not found',
  'account not found',
  // Google: "The email account that you tried to reach does not exist."; others: "Mailbox does not exist"
  'account that you tried to reach does not exist',
  'mailbox does not exist',
  'account does not exist',
  'address does not exist',
  'user does not exist',
  'recipient does not exist',
  "user doesn't exist",
  "mailbox doesn't exist",
  // Exchange: "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "RESOLVER.ADR.RecipientNotFound"
  'recipnotfound',
  'recipientnotfound',
  // "550 5.1.1 Bad destination mailbox address" (RFC 3463 X.1.1 wording)
  'bad destination mailbox',
  // "550 Invalid recipient", "Invalid mailbox", "Unknown recipient", "Unknown mailbox"
  'invalid recipient',
  'invalid mailbox',
  'unknown recipient',
  'unknown mailbox',
  'unknown local part',
  'unknown or illegal alias',
  'addressee unknown',
  'recipient unknown',
  'is not a valid mailbox',
  'not a valid recipient',
  // Postfix verify: "Recipient address rejected: undeliverable address: host … said: 550 …"
  'undeliverable address',
  // Yahoo/AOL: "554 delivery error: dd This user doesn't have a yahoo.com account"
  "this user doesn't have a",
  // Courier/Domino: "Recipient address is invalid", "address is not valid"
  'recipient address is invalid',
  // Gmail headline: "Your message wasn't delivered to x@example.it because the address couldn't be found."
  "address couldn't be found",
  'address could not be found',
  // Domino/Notes: "User kijitora (kijitora@example.jp) not listed in Domino Directory",
  // "User not listed in public Name & Address Book"
  'not listed in domino directory',
  'not listed in public name',
  // Exchange 2003: "The recipient's e-mail address was not found in the recipient's e-mail system."
  'was not found in the recipient',
  // Outlook on the web NDR: "Your message to kijitora@example.com couldn't be delivered. kijitora wasn't
  // found at example.com."; "The e-mail address you entered couldn't be found."
  "wasn't found at",
  "address you entered couldn't be found",
  // IMail: "Invalid final delivery userid: kijitora@example.co.jp"
  'invalid final delivery userid',
  // Exchange Online NDR short reason: "Unknown To address"
  'unknown to address',
  // Japanese: "宛先のユーザーは存在しません" / "そのようなユーザーはいません"
  'ユーザーは存在しません',
  'ユーザは存在しません',
  '存在しないユーザ',
  '存在しないメールアドレス',
  'そのようなユーザーはいません',
  // "このメールアドレスは存在しません" (this address does not exist), "宛先不明" (addressee unknown)
  'アドレスは存在しません',
  '宛先不明',
  // German: "Benutzer unbekannt", "Empfänger unbekannt", "Unbekannter Empfänger", "Postfach existiert nicht"
  'benutzer unbekannt',
  'unbekannter benutzer',
  'empfänger unbekannt',
  'unbekannter empfänger',
  'ungültiger empfänger',
  'postfach existiert nicht',
  'adresse existiert nicht',
  // French: "Utilisateur inconnu", "Destinataire inconnu", "Adresse destinataire invalide"
  'utilisateur inconnu',
  'destinataire inconnu',
  'adresse destinataire invalide',
  'adresse inconnue',
  'adresse inexistante',
  // Spanish: "Usuario desconocido", "El usuario no existe", "Destinatario desconocido"
  'usuario desconocido',
  'usuario no existe',
  'destinatario desconocido',
  'cuenta no existe',
  'buzón no existe',
  // Italian: "Utente sconosciuto", "Utente inesistente", "Destinatario sconosciuto"
  'utente sconosciuto',
  'utente inesistente',
  'destinatario sconosciuto',
  'indirizzo inesistente',
  // Portuguese: "Usuário desconhecido", "Utilizador desconhecido", "Destinatário inexistente"
  'usuário desconhecido',
  'usuario desconhecido',
  'utilizador desconhecido',
  'destinatário desconhecido',
  'destinatário inexistente',
  'usuário inexistente',
  'conta não existe',
  // Dutch: "Onbekende gebruiker", "Gebruiker onbekend", "Onbekende ontvanger"
  'onbekende gebruiker',
  'gebruiker onbekend',
  'onbekende ontvanger',
  'ontvanger onbekend',
  // Russian: "Пользователь не найден", "Нет такого пользователя", "Неизвестный пользователь"
  'пользователь не найден',
  'нет такого пользователя',
  'неизвестный пользователь',
  'адресат не найден',
  'почтовый ящик не существует',
  'такого ящика нет',
];
