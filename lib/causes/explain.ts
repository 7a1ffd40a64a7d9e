import type {
  ClientId,
  CodeMeaning,
  ExplainContext,
  Explanation,
  FixGroup,
  MessageAnalysis,
  RecipientDiagnosis,
} from '../types';
import { enhancedMeaning, replyMeaning, tokenMeanings } from './codes';
import { GENERIC_ADMIN_STEP, GENERIC_REASON } from './generic';
import { resolveLink } from './links';
import type { CauseDef, FixDef } from './model';
import { causeById } from './registry';
import { GENERIC_PREFIX } from './select';
import { STEP_FORWARD_TO_ADMIN } from './steps';
import { ANY_CLIENT_LABEL, CLIENT_LABEL, GENERIC_TEXT, WHO_ACTS_LABEL } from './strings';

const ENHANCED_IN_TEXT = /(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.]\d)/;

function ownClient(ctx: ExplainContext): ClientId {
  return ctx.webmail === 'gmail' ? 'gmail-web' : 'outlook-web';
}

/** Meanings of every code the bounce shows for this recipient, provider wording first. */
function codeMeanings(diag: RecipientDiagnosis, def: CauseDef | undefined): CodeMeaning[] {
  const out: CodeMeaning[] = [];
  const enhanced: string[] = [];
  if (diag.status) enhanced.push(diag.status);
  const inText = ENHANCED_IN_TEXT.exec((diag.diagnostic ?? '').slice(0, 4000));
  if (inText && !enhanced.includes(inText[1]!)) enhanced.push(inText[1]!);
  for (const code of enhanced) {
    const meaning = def?.codeNotes?.[code] ?? enhancedMeaning(code);
    if (meaning) out.push({ code, kind: 'enhanced', meaning });
  }
  if (diag.replyCode) {
    const meaning = replyMeaning(diag.replyCode);
    if (meaning) out.push({ code: diag.replyCode, kind: 'reply', meaning });
  }
  out.push(...tokenMeanings(`${diag.diagnostic ?? ''} ${diag.clientError ?? ''}`));
  return out;
}

function buildFixes(defs: readonly FixDef[], ctx: ExplainContext): FixGroup[] {
  const own = ownClient(ctx);
  const groups: (FixGroup & { any: boolean })[] = [];
  for (const def of defs) {
    const client = def.client === 'any' ? own : def.client;
    const steps = def.steps.map((s) => {
      const link = s.link ? resolveLink(s.link, ctx) : null;
      return link ? { text: s.text, link } : { text: s.text };
    });
    const existing = groups.find((g) => g.client === client && g.audience === def.audience);
    if (existing) {
      existing.steps.push(...steps);
      if (def.client === 'any') existing.label = ANY_CLIENT_LABEL;
      continue;
    }
    groups.push({
      client,
      audience: def.audience,
      label: def.client === 'any' ? ANY_CLIENT_LABEL : CLIENT_LABEL[client],
      steps,
      any: def.client === 'any',
    });
  }
  // Sender groups first; the user's own webmail (or the app-independent steps) leads.
  const rank = (g: FixGroup & { any: boolean }) =>
    (g.audience === 'admin' ? 10 : 0) + (g.any || g.client === own ? 0 : 1);
  return groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => rank(a.g) - rank(b.g) || a.i - b.i)
    .map(({ g }) => ({ client: g.client, label: g.label, audience: g.audience, steps: g.steps }));
}

function temporaryByCode(diag: RecipientDiagnosis, analysis: MessageAnalysis): boolean | null {
  if (analysis.kind === 'delay' || diag.action === 'delayed') return true;
  const first = diag.status?.[0] ?? diag.replyCode?.[0];
  if (first === '4') return true;
  if (first === '5') return false;
  return null;
}

function genericExplanation(diag: RecipientDiagnosis, analysis: MessageAnalysis, ctx: ExplainContext): Explanation {
  const text = GENERIC_REASON[diag.reason];
  const codes = codeMeanings(diag, undefined);
  const temporary = temporaryByCode(diag, analysis) ?? text.temporary;
  const codeSentence = codes.length
    ? `${GENERIC_TEXT.codesIntro} ${codes.map((c) => `${c.code}: ${c.meaning}`).join(' ')}`
    : GENERIC_TEXT.noCodes;
  const notFailure = diag.reason === 'delivered' || diag.reason === 'vacation' || diag.reason === 'feedback';
  // The generic steps for the recipient's side already say to tell them; the admin ones do not say to forward.
  const extra = text.whoActs === 'your-admin' ? [STEP_FORWARD_TO_ADMIN] : [];
  const fixes: FixDef[] = [{ client: 'any', audience: 'sender', steps: [{ text: text.step }, ...extra] }];
  if (!notFailure) fixes.push({ client: 'mail-server', audience: 'admin', steps: [{ text: GENERIC_ADMIN_STEP }] });
  const whoActs = temporary && text.whoActs !== 'recipient' && !notFailure ? 'nobody' : text.whoActs;
  return {
    cause: diag.cause.startsWith(GENERIC_PREFIX) ? diag.cause : GENERIC_PREFIX + diag.reason,
    reason: diag.reason,
    title: text.title,
    badge: `${text.title.split(':')[0]} — ${GENERIC_TEXT.badgeSuffix}`,
    summary: [
      text.summary,
      codeSentence,
      // An enhanced code's meaning already says whether it is temporary or permanent.
      notFailure || codes.some((c) => c.kind === 'enhanced')
        ? ''
        : temporary
          ? GENERIC_TEXT.temporaryNote
          : GENERIC_TEXT.permanentNote,
    ]
      .filter(Boolean)
      .join(' '),
    temporary,
    whoActs,
    whoActsLabel: WHO_ACTS_LABEL[whoActs],
    fixes: buildFixes(fixes, ctx),
    codes,
    relayCheck: diag.reason === 'norelaying',
  };
}

/** Plain-language explanation of one failed recipient, for any cause id (never empty). */
export function explain(diag: RecipientDiagnosis, analysis: MessageAnalysis, ctx: ExplainContext): Explanation {
  const def = causeById(diag.cause);
  if (!def) return genericExplanation(diag, analysis, ctx);
  return {
    cause: def.id,
    reason: diag.reason,
    title: def.title,
    badge: def.badge,
    summary: def.summary,
    // A delay notice is temporary whatever the cause: the server is still retrying.
    temporary: def.temporary || (!def.finalFailure && (analysis.kind === 'delay' || diag.action === 'delayed')),
    whoActs: def.whoActs,
    whoActsLabel: WHO_ACTS_LABEL[def.whoActs],
    fixes: buildFixes(def.fixes, ctx),
    codes: codeMeanings(diag, def),
    relayCheck: def.relayCheck === true,
  };
}
