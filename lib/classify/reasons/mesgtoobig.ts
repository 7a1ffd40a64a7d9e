import type { Phrase } from '../matcher';

// mesgtoobig: the message is larger than the receiving system accepts (RFC 3463 X.3.4).
export const phrases: readonly Phrase[] = [
  // SES/Postfix: "552 5.3.4 Message too large", "552 5.3.4 Message size exceeds fixed limit"
  'message too large',
  'message too big',
  'message is too large',
  'message is too big',
  'mail too large',
  'email too large',
  'message size exceeds',
  'message size limit',
  'size limit exceeded',
  'exceeds size limit',
  'exceeds the maximum size',
  'exceeds maximum size',
  'maximum message size',
  'max message size',
  'larger than the maximum',
  'message exceeds the maximum',
  'message length exceeds',
  'size exceeds',
  'too large for',
  // Google: "552-5.3.4 Your message exceeded Google's message size limits"
  'message size limits',
  // Outlook on the web NDR: "Your message wasn't delivered to anyone because it's too large."
  "because it's too large",
  'maximum email size exceeded',
  // Exim: "500 Line limit exceeded" (message body lines over the receiver's limit)
  'line limit exceeded',
  // German/French/Spanish/Italian/Portuguese/Dutch/Russian/Japanese
  'nachricht zu groß',
  'nachricht ist zu groß',
  'message trop volumineux',
  'message trop gros',
  'mensaje demasiado grande',
  'messaggio troppo grande',
  'mensagem muito grande',
  'bericht te groot',
  'сообщение слишком большое',
  'サイズが大きすぎ',
];
