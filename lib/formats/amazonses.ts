// Amazon SES notifications delivered by e-mail through SNS: a JSON document (bare, or wrapped in
// the SNS envelope whose "Message" is the JSON as a string). Documented shape:
// {"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General",
//   "bouncedRecipients":[{"emailAddress":"…","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 …"}],
//   "remoteMtaIp":"…","reportingMTA":"dsn; a1-2.smtp-out.amazonses.com"}, …}
// bounceSubType "Suppressed" / "OnAccountSuppressionList" means SES itself refused to send.
import type { Action, DecodedRecipient, MessageKind } from '../types';
import type { FormatDecoder } from './index';
import { findAddress, findCodes, findStatus, fold, message, recipient } from './shared';

type Json = Record<string, unknown>;

function parseJson(text: string): Json | null {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start || end - start > 500_000) return null;
  const body = text.slice(start, end + 1);
  // Mail clients and gateways wrap long JSON lines; a wrap can fall inside a string.
  for (const candidate of [body, body.replace(/\r?\n /g, ''), body.replace(/\r?\n/g, '')]) {
    try {
      const doc = JSON.parse(candidate) as Json;
      if (typeof doc.Message === 'string') return JSON.parse(doc.Message) as Json;
      return doc;
    } catch {
      // try the next unwrapping
    }
  }
  return null;
}

const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);

export const amazonses: FormatDecoder = {
  id: 'amazonses',
  decode(parts) {
    // The key bare or inside the SNS envelope's string ("\\"notificationType\\""); includes() is
    // cheaper than a regex alternation, and every message reaches this decoder.
    const head = parts.text.slice(0, 5000);
    if (!head.includes('"notificationType"') && !head.includes('\\"notificationType\\"')) return null;
    const doc = parseJson(parts.text);
    if (!doc) return null;
    const type = str(doc.notificationType) ?? str(doc.eventType);
    const out: DecodedRecipient[] = [];
    let kind: MessageKind = 'failure';
    if (type === 'Bounce') {
      const b = obj(doc.bounce);
      const sub = str(b.bounceSubType) ?? '';
      const suppressed = /Suppressed|OnAccountSuppressionList/i.test(sub);
      if (str(b.bounceType) === 'Transient') kind = 'delay';
      for (const r of list(b.bouncedRecipients)) {
        const diagnostic = str(r.diagnosticCode) ? fold(str(r.diagnosticCode)!.replace(/^smtp;\s*/i, '')) : null;
        const codes = findCodes(diagnostic);
        out.push(
          recipient({
            address: findAddress(str(r.emailAddress)),
            action: (str(r.action) as Action | null) ?? (kind === 'delay' ? 'delayed' : 'failed'),
            status: codes.status ?? findStatus(str(r.status)),
            replyCode: codes.replyCode,
            remoteHost: str(b.remoteMtaIp),
            diagnostic,
            ...(suppressed ? { reasonHint: 'suppressed' as const } : {}),
          }),
        );
      }
    } else if (type === 'Complaint') {
      kind = 'feedback';
      const c = obj(doc.complaint);
      for (const r of list(c.complainedRecipients)) {
        out.push(
          recipient({
            address: findAddress(str(r.emailAddress)),
            diagnostic: str(c.complaintFeedbackType),
            reasonHint: 'feedback',
          }),
        );
      }
    } else if (type === 'Delivery') {
      kind = 'delivery-report';
      const d = obj(doc.delivery);
      const smtp = str(d.smtpResponse);
      const codes = findCodes(smtp);
      for (const a of Array.isArray(d.recipients) ? d.recipients : []) {
        out.push(
          recipient({
            address: findAddress(str(a)),
            action: 'delivered',
            status: codes.status,
            replyCode: codes.replyCode,
            remoteHost: str(d.remoteMtaIp),
            diagnostic: smtp,
            reasonHint: 'delivered',
          }),
        );
      }
    }
    return out.length ? message(parts, 'amazonses', out, kind) : null;
  },
};
