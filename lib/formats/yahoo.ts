// Yahoo! Mail (and AOL, which runs on the same platform since 2017).
//   Sorry, we were unable to deliver your message to the following address.
//   <user@example.org>:
//   Remote host said: 550 5.1.1 <user@example.org>... User Unknown [RCPT_TO]
//   --- Below this line is a copy of the message.
import type { FormatDecoder } from './index';
import { blockDecoder } from './shared';

export const yahoo: FormatDecoder = blockDecoder({
  id: 'yahoo',
  matches(parts) {
    return /Sorry, we were unable to deliver your message to the following address/i.test(parts.text);
  },
  layout: {
    start: /Sorry, we were unable to deliver your message to the following address/i,
    end: /^--- ?Below this line is a copy of the message/i,
    recipient: /^<([^>\s]{1,254})>:\s*(.*)$/,
  },
  delay: /will (?:keep|continue) (?:trying|to try)|temporarily deferred/i,
});
