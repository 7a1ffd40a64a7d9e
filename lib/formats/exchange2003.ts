// Exchange 2000/2003 ("MSEXCH:IMS" codes, no DSN part).
//   Your message
//     To:      user@example.com
//     Subject: …
//   did not reach the following recipient(s):
//   user@example.co.jp on Thu, 29 Apr 2007 16:51:51 -0500
//       The recipient name is not recognized
//       MSEXCH:IMS:EXAMPLE:EXCHANGE 0 (000C05A6) Unknown Recipient
import type { FormatDecoder } from './index';
import { blockDecoder } from './shared';

export const exchange2003: FormatDecoder = blockDecoder({
  id: 'exchange2003',
  matches(parts) {
    return /did not reach the following recipient\(s\):|The following recipient\(s\) (?:could not|cannot) be reached:/i.test(
      parts.text,
    );
  },
  layout: {
    // Outlook's rendering of the same report: "Your message did not reach some or all of the intended
    // recipients. … The following recipient(s) cannot be reached:" / "addr on date" / "<host #5.1.1 smtp;550 …>"
    start: /did not reach the following recipient\(s\):|The following recipient\(s\) (?:could not|cannot) be reached:/i,
    end: /^(?:-{3,}|_{5,}|Original message|Received: )/i,
    recipient: /^\s{0,8}(\S{1,64}@\S{1,253}) on .{5,60}$/,
    skip: /The MTS-ID of the original message is|^;l=/,
  },
});
