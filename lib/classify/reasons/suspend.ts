import type { Phrase } from '../matcher';

// suspend: the account exists but is disabled, suspended, frozen or inactive.
export const phrases: readonly Phrase[] = [
  // Google: "550 5.2.1 The email account that you tried to reach is disabled." / "... is inactive."
  'account that you tried to reach is disabled',
  'account that you tried to reach is inactive',
  // Generic: "Account disabled", "This account has been disabled or discontinued [#102]"
  'account disabled',
  'account has been disabled',
  'account is disabled',
  'account is inactive',
  'inactive account',
  'inactive email address',
  'account suspended',
  'account has been suspended',
  'account is suspended',
  'account has been deactivated',
  'account is locked',
  'account has expired',
  'account expired',
  'mailbox temporarily disabled',
  'account closed',
  'mailbox disabled',
  'mailbox is disabled',
  'mailbox is inactive',
  'mailbox has been disabled',
  'mailbox has been suspended',
  'mailbox is suspended',
  'mailbox locked',
  // Sendmail 5.7.13: "525 5.7.13 Disabled recipient address"
  'disabled recipient',
  'recipient is disabled',
  // i.ua: "550 Mailbox is frozen. See http://mail.i.ua/err/3/"
  'mailbox is frozen',
  'account is frozen',
  // Yahoo/AOL: "554 delivery error: dd ... is no longer valid"
  'is no longer valid',
  'this mailbox is disabled',
  // Auto-reply of a retired mailbox: "This email inbox kijitora@example.com is no longer in use."
  'no longer in use',
  // Japanese: "このアカウントは利用停止中です"
  '利用停止',
  // German: "Postfach gesperrt", "Konto deaktiviert"
  'postfach gesperrt',
  'postfach ist gesperrt',
  'konto gesperrt',
  'konto deaktiviert',
  // French: "Le compte du destinataire est bloqué", "compte désactivé"
  'compte du destinataire est bloqu',
  'compte désactivé',
  'compte suspendu',
  // Spanish: "Cuenta suspendida", "Cuenta deshabilitada"
  'cuenta suspendida',
  'cuenta deshabilitada',
  'cuenta desactivada',
  // Italian: "Account sospeso", "Casella disattivata"
  'account sospeso',
  'casella disattivata',
  'casella sospesa',
  // Portuguese: "Conta suspensa", "Conta desativada"
  'conta suspensa',
  'conta desativada',
  'conta bloqueada',
  // Dutch: "Account geblokkeerd", "Account is uitgeschakeld"
  'account geblokkeerd',
  'account is uitgeschakeld',
  // Russian: "Почтовый ящик заблокирован", "Аккаунт отключен"
  'ящик заблокирован',
  'ящик отключен',
  'аккаунт заблокирован',
  'учетная запись отключена',
];
