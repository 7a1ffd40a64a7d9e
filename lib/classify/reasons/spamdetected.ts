import type { Phrase } from '../matcher';

// spamdetected: the receiver's content filter judged the message to be spam.
export const phrases: readonly Phrase[] = [
  // Amavis/Barracuda: "550 5.7.1 Message content rejected, UBE, id=00000-22-225"; SES "Message content rejected"
  'message content rejected',
  ', ube,',
  // Amavis: "554 5.7.0 Reject, id=22222-22 - SPAM."
  ' - spam',
  // "554 5.6.0 This message has been scored as spam with a probability of more than 90%"
  'scored as spam',
  'classified as spam',
  'spam classification',
  'detected as spam',
  'identified as spam',
  'considered spam',
  'considered as spam',
  'flagged as spam',
  'marked as spam',
  'rejected as spam',
  'looks like spam',
  'appears to be spam',
  'seems to be spam',
  'spam detected',
  'spam message',
  'spam content',
  'spam score',
  'high spam',
  'spam filter',
  // Barracuda: "… was blocked by our Spam Firewall" / "… by our Spam & Virus Firewall"
  'spam firewall',
  'spam & virus firewall',
  'spam-like',
  'suspected spam',
  // Yandex: "554 5.7.1 Message rejected under suspicion of SPAM"
  'suspicion of spam',
  'message is spam',
  'mail is spam',
  // Google: "550 5.7.1 … this message is likely unsolicited mail"
  'likely unsolicited',
  // "554 5.7.1 The message … matches a profile the Internet community may consider spam"
  'may consider spam',
  'appears to be unsolicited',
  'unsolicited bulk',
  'unsolicited commercial',
  'junk mail',
  'bulk mail',
  // Subject of a filter's notice: "**Message you sent blocked by our bulk email filter**"
  'bulk email',
  // German/French/Spanish/Italian/Portuguese/Dutch/Russian/Japanese
  'als spam',
  'comme spam',
  'courrier indésirable',
  'como spam',
  'correo no deseado',
  'come spam',
  'posta indesiderata',
  'lixo eletrônico',
  'als ongewenst',
  'спам',
  '迷惑メール',
];
