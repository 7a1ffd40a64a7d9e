// OpenSMTPD.
//   Hi!
//   This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.
//   An error has occurred while attempting to deliver a message for
//   the following list of recipients:
//   user@example.jp: 550 5.2.2 <user@example.jp>... Mailbox Full
//   Below is a copy of the original message:
import type { FormatDecoder } from './index';
import { blockDecoder } from './shared';

export const opensmtpd: FormatDecoder = blockDecoder({
  id: 'opensmtpd',
  matches(parts) {
    return /This is the MAILER-DAEMON, please DO NOT REPLY to this e-?mail/i.test(parts.text);
  },
  layout: {
    start:
      /list of recipients:\s*$|following recipients? (?:has|have) not been delivered|An error has occurred while attempting to deliver/i,
    end: /^\s*Below is a copy of the original message|^\s*-{3,}/i,
    recipient: /^(\S{1,64}@[^\s:]{1,253}):\s*(.*)$/,
    // The notice's own sentences are indented; the recipient lines are not.
    skip: /^ {4}/,
  },
  delay: /Message is delayed|is delayed for more than|temporary failure report|will keep trying/i,
});
