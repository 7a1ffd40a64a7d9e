import type { Phrase } from '../matcher';

// mailboxfull: the recipient's mailbox is over quota (RFC 3463 X.2.2).
export const phrases: readonly Phrase[] = [
  // Sendmail/Exchange: "550 5.2.2 <kijitora@example.jp>... Mailbox Full", "STOREDRV.Deliver: mailbox full"
  'mailbox full',
  'mailbox is full',
  'mail box full',
  'mailbox has exceeded',
  'mailbox size limit exceeded',
  'mailbox exceeds allowed size',
  'mailfolder is full',
  // qmail: "Sorry, the user's maildir has overflowed."; qmail-ldap: "The users mailfolder is over the allowed quota"
  'maildir has overflowed',
  'over the allowed quota',
  'account is full',
  // Dovecot: "552 5.2.2 <x@example.org> Quota exceeded (mailbox for user is full)"; Exim: "quota exceeded"
  'quota exceeded',
  'over quota',
  'overquota',
  'exceeded quota',
  'exceeds quota',
  'quota full',
  'quota is full',
  'storage quota',
  // Exchange: "MapiExceptionShutoffQuotaExceeded", "QuotaExceededException"
  'quotaexceeded',
  // Maildrop/Postfix local: "Disk quota exceeded"
  'disk quota',
  // RFC 5321 552 text: "Requested mail action aborted: exceeded storage allocation"
  'exceeded storage allocation',
  // Google: "The recipient's inbox is out of storage space."
  'out of storage space',
  // Gmail/Outlook headlines: "… because the recipient's inbox is full"
  'inbox is full',
  'not enough storage space in the mailbox',
  // Messaging Server: "522 5.2.0 Delivery failed: Over quota"
  'insufficient mailbox space',
  // "Your message to <nekochan> was automatically rejected: Not enough disk space"
  'not enough disk space',
  // Japanese: "メールボックスがいっぱいです", "容量超過"
  'メールボックスがいっぱい',
  '容量超過',
  '容量オーバー',
  // "メールボックスの容量を超えています" (the mailbox capacity is exceeded)
  '容量を超えて',
  // German: "Postfach voll", "Speicherplatz überschritten"
  'postfach voll',
  'postfach ist voll',
  'speicherplatz überschritten',
  'kontingent überschritten',
  // French: "Boîte aux lettres pleine", "Quota dépassé"
  'boîte aux lettres pleine',
  'boite aux lettres pleine',
  'boîte pleine',
  'quota dépassé',
  // Spanish: "Buzón lleno", "Cuota excedida"
  'buzón lleno',
  'buzon lleno',
  'cuota excedida',
  // Italian: "Casella piena", "Quota superata"
  'casella piena',
  'quota superata',
  // Portuguese: "Caixa postal cheia", "Caixa de correio cheia", "Cota excedida"
  'caixa postal cheia',
  'caixa de correio cheia',
  'cota excedida',
  // Dutch: "Mailbox vol", "Postvak vol"
  'mailbox vol',
  'postvak vol',
  // Russian: "Почтовый ящик переполнен", "Превышена квота"
  'ящик переполнен',
  'превышена квота',
  'превышен размер почтового ящика',
];
