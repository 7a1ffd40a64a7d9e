// Zoho Mail. The address, a short summary and the server's answer share one line:
//   user@example.co.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <user@example.co.jp>... User Unknown
// Delay notices:
//   Delivery to the following recipients has been delayed. … user@example.com Message will be retried for 2 more day(s)
//   Technical details of temporary failure: DNS Error: Could not contact DNS servers
import type { DecodedRecipient } from '../types';
import type { FormatDecoder } from './index';
import { dsnRecipients, findAddress, fold, fromDiagnostic, lines, mergeDsn, message } from './shared';

export const zoho: FormatDecoder = {
  id: 'zoho',
  decode(parts) {
    const fromZoho = /zoho/i.test(parts.from ?? '') || parts.headers.has('x-zohomail');
    if (!fromZoho) return null;
    const all = lines(parts.text);
    const out: DecodedRecipient[] = [];
    const delay = /has been delayed|will be retried|temporary failure/i.test(parts.text);
    for (let i = 0; i < all.length; i++) {
      const l = all[i]!;
      if (/^Received:|^-{3,} ?Original message/i.test(l)) break;
      const m = /^(\S{1,64}@\S{1,255}?) (.{0,200}ERROR_CODE.*)$/.exec(l);
      if (m) {
        const codes = fold(m[2]!);
        // "ERROR_CODE :550, ERROR_CODE :5.1.1 <…>... User Unknown": put the reply code in front so the
        // diagnostic reads like the server's answer.
        const reply = /ERROR_CODE ?:([245]\d\d)\b/.exec(codes)?.[1] ?? null;
        const r = fromDiagnostic(findAddress(m[1]), codes, reply ? { replyCode: reply } : {});
        out.push(r);
        continue;
      }
      // "[Status: Error, Address: <user@example.jp>, ResponseCode 421, , Host not reachable.]"
      const st = /^\[Status: \w{1,20}, Address: <([^>\s]{1,254})>, ResponseCode (\d{3})?,(.{0,300})\]/.exec(l);
      if (st) {
        out.push(
          fromDiagnostic(st[1]!, fold(`${st[2] ?? ''} ${st[3]!.replace(/^[\s,]+/, '')}`), {
            action: delay ? 'delayed' : null,
          }),
        );
        continue;
      }
      if (delay && /^(\S{1,64}@\S{1,255}) Message will be retried/i.test(l)) {
        const addr = findAddress(l);
        const tech = all.slice(i + 1, i + 6).join('\n');
        const detail = /Technical details of temporary failure:\s*([\s\S]{0,400})/i.exec(tech)?.[1] ?? tech;
        out.push(fromDiagnostic(addr, detail.split(/\n\s*\n/)[0] ?? detail, { action: 'delayed' }));
      }
    }
    const recipients = mergeDsn(out, dsnRecipients(parts));
    return recipients.length ? message(parts, 'zoho', recipients) : null;
  },
};
