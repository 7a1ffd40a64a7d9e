import type { Phrase } from '../matcher';

// expired: the sending side gave up after retrying for too long (RFC 3463 X.4.7).
export const phrases: readonly Phrase[] = [
  // Postfix: "connect to example.com[192.0.2.1]:25: Connection timed out"
  'connection timed out',
  'connection timeout',
  // Postfix: "conversation with mx.example.org[192.0.2.1] timed out while receiving the initial server greeting"
  'timed out while',
  // Gmail delay notice: "There was a temporary problem delivering your message to x@example.org."
  'temporary problem delivering your message',
  // Exim: "retry timeout exceeded"; "all hosts have been failing for a long time"
  'retry timeout exceeded',
  'have been failing for a long time',
  'has been failing for a long time',
  'retry time not reached',
  // Exchange: "550 5.4.316 Message expired, connection refused"; "4.4.7 Message delayed"
  'message expired',
  'queue expired',
  'delivery expired',
  'expired after',
  // qmail-send: "This message has been in the queue too long."
  'in the queue too long',
  'in queue too long',
  // OpenSMTPD: "Envelope expired"; EZweb: "Your message was not delivered within 0 days and 1 hours."
  'envelope expired',
  // Zoho delay notice: "421 Host not reachable." (still retrying)
  'host not reachable',
  // DragonFly: "Could not deliver for the last 432000 seconds. Giving up."
  'could not deliver for the last',
  // Gmail: "The recipient server did not accept our requests to connect."
  'did not accept our requests to connect',
  // Outlook on the web NDR: "Despite repeated attempts to contact the recipient's email system it didn't respond."
  'despite repeated attempts',
  // Delay notices: Outlook "Delivery is delayed to these recipients or groups"; Gmail "Delivery to the
  // following recipient has been delayed"
  'delivery is delayed',
  'has been delayed',
  // Exchange: "… due to being unable to connect successfully to the destination mail server."
  'unable to connect successfully',
  'not delivered within',
  // IMail: "Delivery failed 20 attempts: kijitora@example.com"
  ['delivery failed ', ' attempts'],
  // Sendmail: "Cannot send message for 5 days", "Warning: could not send message for past 4 hours"
  'cannot send message for',
  'could not send message for past',
  'could not be delivered for',
  // Sendmail: "Warning: message still undelivered after 4 hours"; "Cannot send message within 5 days"
  'still undelivered after',
  'cannot send message within',
  'delivery time expired',
  'time limit exceeded',
  'delivery attempts will continue',
  'giving up on',
  'gave up on',
  // Japanese/German/French/Spanish: "有効期限切れ", "Zustellung abgelaufen", "délai expiré", "tiempo de espera agotado"
  '有効期限切れ',
  'zeitüberschreitung',
  'délai expiré',
  'delai expire',
  'tiempo de espera agotado',
  'tempo scaduto',
  'время ожидания истекло',
];
