// Amazon SES and WorkMail notices in mail form (the JSON event form is amazonses.ts).
//   SES:      The following message to <user@example.co.jp> was undeliverable.
//             The reason for the problem:
//             5.1.0 - Unknown address error 550-'5.7.1 <…>... Access denied'
//   WorkMail: An error occurred while trying to deliver the mail to the following recipients:
//             user@example.org
//             Technical report:
//             Reporting-MTA: dsn; a27-80.smtp-out.us-west-2.amazonses.com
//             Action: failed
//             Final-Recipient: rfc822; user@example.org
//             Diagnostic-Code: smtp; 550 5.3.5 <user@example.org>... Internal System Error
import type { DecodedRecipient } from '../types';
import type { FormatDecoder } from './index';
import { findAddress, fromDiagnostic, lines, message } from './shared';

// Both headings as plain substrings: a line can only match one when the text holds it, and most
// messages reach this decoder, so they are spared trimming and testing every line twice.
function claims(text: string): boolean {
  return (
    text.includes('The following message to <') ||
    text.includes('An error occurred while trying to deliver the mail to the following recipients')
  );
}

export const amazonMail: FormatDecoder = {
  id: 'amazonses-mail',
  decode(parts) {
    // With a DSN part or the WorkMail "Technical report", the generic RFC 3464 decoder reads the
    // fields (and the answer quoted inside an expiry); this decoder covers the text alone.
    if (parts.dsn || !claims(parts.text) || /^Final-Recipient\s*:/im.test(parts.text)) return null;
    const all = lines(parts.text);
    const out: DecodedRecipient[] = [];
    const ses = all.findIndex((l) =>
      /^The following message to <[^>\s]{1,254}> was undeliverable\.?\s*$/.test(l.trim()),
    );
    if (ses >= 0) {
      const reasonAt = all.findIndex((l, i) => i > ses && /^The reason for the problem:\s*$/.test(l.trim()));
      const reason: string[] = [];
      for (const l of reasonAt >= 0 ? all.slice(reasonAt + 1, reasonAt + 10) : []) {
        if (!l.trim()) {
          if (reason.length) break;
          continue;
        }
        reason.push(l);
      }
      out.push(fromDiagnostic(findAddress(all[ses]), reason.join('\n') || null));
    }
    const wm = all.findIndex((l) =>
      /^An error occurred while trying to deliver the mail to the following recipients:?\s*$/.test(l.trim()),
    );
    if (wm >= 0) {
      for (const l of all.slice(wm + 1, wm + 50)) {
        if (!l.trim()) {
          if (out.length) break;
          continue;
        }
        const a = /^<?([^\s<>@]{1,64}@[\w.-]{1,253})>?$/.exec(l.trim());
        if (!a) break;
        out.push(fromDiagnostic(a[1]!, null));
      }
    }
    if (!out.length) return null;
    return message(parts, ses >= 0 ? 'amazonses' : 'amazonworkmail', out);
  },
};
