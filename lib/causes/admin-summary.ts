// The "Copy details for your admin" text: plain text, one block per failed recipient, with the
// codes, the server's own words and the suggested action. Bounce content is copied as text only.
import type { Explanation, MessageAnalysis } from '../types';
import { ADMIN_SUMMARY_TEXT as T } from './strings';

/** Longest diagnostic copied per recipient; real ones are a few hundred characters. */
const MAX_DIAGNOSTIC = 2000;

function clean(value: string | null | undefined): string {
  if (!value) return T.none;
  // Control characters would garble the pasted text; whitespace is folded like the engine does.
  let out = '';
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    out += code < 32 || code === 127 ? ' ' : ch;
  }
  return out.replace(/\s+/g, ' ').trim() || T.none;
}

export function adminSummary(analysis: MessageAnalysis, explanations: readonly Explanation[]): string {
  const lines: string[] = [T.heading, ''];
  lines.push(`${T.subject}: ${clean(analysis.subject)}`);
  lines.push(`${T.from}: ${clean(analysis.from)}`);
  if (analysis.reportingHost) lines.push(`${T.reportingHost}: ${clean(analysis.reportingHost)}`);
  lines.push(`${T.kind}: ${analysis.kind}`);
  analysis.recipients.forEach((rec, i) => {
    const exp = explanations[i];
    lines.push('');
    lines.push(`${T.recipient}: ${rec.address ? clean(rec.address) : T.unknown}`);
    lines.push(`${T.status}: ${clean(rec.status)}`);
    lines.push(`${T.replyCode}: ${clean(rec.replyCode)}`);
    if (rec.remoteHost) lines.push(`${T.remoteHost}: ${clean(rec.remoteHost)}`);
    lines.push(`${T.diagnostic}: ${clean(rec.diagnostic?.slice(0, MAX_DIAGNOSTIC))}`);
    lines.push(`${T.reason}: ${rec.reason}`);
    if (exp) {
      lines.push(`${T.cause}: ${exp.title} [${exp.cause}]`);
      lines.push(`${T.whoActs}: ${exp.whoActsLabel}`);
      lines.push(`${T.temporary}: ${exp.temporary ? T.yes : T.no}`);
      const admin = exp.fixes.find((f) => f.audience === 'admin') ?? exp.fixes[0];
      if (admin) {
        lines.push(`${T.action}:`);
        for (const step of admin.steps) lines.push(`  - ${step.text}${step.link ? ` (${step.link.url})` : ''}`);
      }
      if (exp.codes.length) {
        lines.push(`${T.codes}:`);
        for (const c of exp.codes) lines.push(`  - ${c.code}: ${c.meaning}`);
      }
    } else {
      lines.push(`${T.cause}: ${rec.cause}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
