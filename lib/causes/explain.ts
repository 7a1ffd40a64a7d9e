import type {
  ClientId,
  CodeMeaning,
  ExplainContext,
  Explanation,
  FixGroup,
  MessageAnalysis,
  RecipientDiagnosis,
  WhoActs,
} from '../types';
import { enhancedMeaning, replyMeaning, tokenMeanings } from './codes';
import { GENERIC_ADMIN_STEP, GENERIC_REASON, GENERIC_SECURITY_POLICY, type GenericText } from './generic';
import { resolveLink } from './links';
import type { CauseDef, FixDef } from './model';
import { causeById } from './registry';
import { GENERIC_PREFIX } from './select';
import { STEP_FORWARD_TO_ADMIN } from './steps';
import { ANY_CLIENT_LABEL, CLIENT_LABEL, GENERIC_TEXT, NOT_FAILURE_WHO_LABEL, WHO_ACTS_LABEL } from './strings';

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

/** The desktop client whose send error this is (lib/text/clients.ts layouts): its steps come first. */
const FORMAT_CLIENT: Readonly<Record<string, ClientId>> = {
  thunderbird: 'thunderbird',
  'apple-mail': 'apple-mail',
  // Classic Outlook's "Task … reported error (0x800CCCxx)" and "Server Error: 550" dialogs.
  'outlook-client': 'outlook-classic',
};

const ENHANCED_ALL = new RegExp(ENHANCED_IN_TEXT.source, 'g');

/** Every enhanced code the recipient's status and diagnostic show (for code-specific steps). */
function shownCodes(diag: RecipientDiagnosis): Set<string> {
  const out = new Set<string>();
  if (diag.status) out.add(diag.status);
  for (const m of (diag.diagnostic ?? '').slice(0, 4000).matchAll(ENHANCED_ALL)) out.add(m[1]!);
  return out;
}

function buildFixes(
  defs: readonly FixDef[],
  ctx: ExplainContext,
  format: string | null = null,
  codes: ReadonlySet<string> = new Set(),
): FixGroup[] {
  const own = ownClient(ctx);
  const sender = format ? FORMAT_CLIENT[format] : undefined;
  const groups: (FixGroup & { any: boolean })[] = [];
  for (const def of defs) {
    const client = def.client === 'any' ? own : def.client;
    const steps = def.steps
      // A step for one code only ("For 5.7.511 …") is noise next to any other code.
      .filter((s) => !s.codes || s.codes.some((c) => codes.has(c)))
      .map((s) => {
        const link = s.link ? resolveLink(s.link, ctx) : null;
        return link ? { text: s.text, link } : { text: s.text };
      });
    const existing = groups.find((g) => g.client === client && g.audience === def.audience);
    if (existing) {
      existing.steps.push(...steps);
      // On a webmail page, app-independent steps merged with that webmail's own make the group the
      // webmail's; without a page (popup, CLI) they stay "whatever mail app you use".
      if (ctx.webmail === null) existing.label = ANY_CLIENT_LABEL;
      else if (def.client !== 'any') existing.label = CLIENT_LABEL[client];
      existing.any = existing.any || def.client === 'any';
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
  // Sender groups first; the app that produced the error leads, then the user's own webmail (or
  // the app-independent steps). The user's explicit "I send mail with" choice is applied by the panel.
  const rank = (g: FixGroup & { any: boolean }) =>
    (g.audience === 'admin' ? 10 : 0) + (!g.any && g.client === sender ? 0 : g.any || g.client === own ? 1 : 2);
  return groups
    .filter((g) => g.steps.length > 0)
    .map((g, i) => ({ g, i }))
    .sort((a, b) => rank(a.g) - rank(b.g) || a.i - b.i)
    .map(({ g }) => ({ client: g.client, label: g.label, audience: g.audience, steps: g.steps }));
}

/** Layouts of a desktop client's send error: nothing was queued, so no server gave up. */
const CLIENT_FORMATS: ReadonlySet<string> = new Set(['outlook-client', 'thunderbird', 'apple-mail']);

/**
 * The sending server stopped retrying: a failure notice (Postfix's returned mail, Gmail's "failed
 * permanently", qmail's "I'm not going to try again", a DSN "Action: failed") for a recipient not
 * marked delayed. A 4.x.x code in it only tells why the earlier attempts were deferred.
 */
function serverGaveUp(diag: RecipientDiagnosis, analysis: MessageAnalysis): boolean {
  return analysis.kind === 'failure' && diag.action !== 'delayed' && !CLIENT_FORMATS.has(analysis.format ?? '');
}

function temporaryByCode(diag: RecipientDiagnosis, analysis: MessageAnalysis): boolean | null {
  if (analysis.kind === 'delay' || diag.action === 'delayed') return true;
  if (serverGaveUp(diag, analysis)) return false;
  const first = diag.status?.[0] ?? diag.replyCode?.[0];
  if (first === '4') return true;
  if (first === '5') return false;
  return null;
}

// Sign-in words in a security-class refusal: "535 5.7.8 Authentication credentials invalid",
// "534 … Please log in with your web browser", "530 5.7.0 Authentication required".
const SIGN_IN_WORDS = /auth|password|credential|log ?[io]n|sign[- ]?in|\b53[045]\b|5\.7\.(?:8|57|139)\b/i;

function genericText(diag: RecipientDiagnosis): GenericText {
  if (diag.reason === 'securityerror') {
    const said = `${diag.diagnostic ?? ''} ${diag.clientError ?? ''} ${diag.replyCode ?? ''} ${diag.status ?? ''}`;
    if (!SIGN_IN_WORDS.test(said.slice(0, 4000))) return GENERIC_SECURITY_POLICY;
  }
  return GENERIC_REASON[diag.reason];
}

function genericExplanation(diag: RecipientDiagnosis, analysis: MessageAnalysis, ctx: ExplainContext): Explanation {
  const text = genericText(diag);
  const codes = codeMeanings(diag, undefined);
  const delayed = analysis.kind === 'delay' || diag.action === 'delayed';
  const gaveUp = serverGaveUp(diag, analysis);
  const temporary = temporaryByCode(diag, analysis) ?? text.temporary;
  const notFailure = diag.reason === 'delivered' || diag.reason === 'vacation' || diag.reason === 'feedback';
  const codeSentence = codes.length
    ? `${GENERIC_TEXT.codesIntro} ${codes.map((c) => `${c.code}: ${c.meaning}`).join(' ')}`
    : notFailure
      ? ''
      : GENERIC_TEXT.noCodes;
  // The generic steps for the recipient's side already say to tell them; the admin ones do not say to forward.
  const extra = text.whoActs === 'your-admin' && !notFailure ? [STEP_FORWARD_TO_ADMIN] : [];
  const own = text.step ? [{ text: text.step }] : [];
  const fixes: FixDef[] = [{ client: 'any', audience: 'sender', steps: [...own, ...extra] }];
  if (!notFailure) {
    fixes.push({ client: 'mail-server', audience: 'admin', steps: [{ text: text.adminStep ?? GENERIC_ADMIN_STEP }] });
  }
  // "Nobody" means the mail system is still retrying; once it gave up, the sender's side acts.
  const whoActs: WhoActs = notFailure
    ? text.whoActs
    : temporary
      ? text.whoActs === 'recipient'
        ? 'recipient'
        : 'nobody'
      : text.whoActs === 'nobody'
        ? 'your-admin'
        : text.whoActs;
  // A 4.x.x code in a final notice reads as "will retry": say that the server stopped.
  const temporaryCode = (diag.status ?? diag.replyCode ?? '').startsWith('4');
  const note = notFailure
    ? ''
    : delayed
      ? GENERIC_TEXT.delayNote
      : gaveUp && temporaryCode
        ? GENERIC_TEXT.gaveUpNote
        : // An enhanced code's meaning already says whether it is temporary or permanent.
          codes.some((c) => c.kind === 'enhanced')
          ? ''
          : temporary
            ? GENERIC_TEXT.temporaryNote
            : GENERIC_TEXT.permanentNote;
  return {
    cause: diag.cause.startsWith(GENERIC_PREFIX) ? diag.cause : GENERIC_PREFIX + diag.reason,
    reason: diag.reason,
    title: text.title,
    badge: text.badge,
    summary: [text.summary, codeSentence, note].filter(Boolean).join(' '),
    temporary,
    whoActs,
    whoActsLabel: notFailure && whoActs === 'nobody' ? NOT_FAILURE_WHO_LABEL : WHO_ACTS_LABEL[whoActs],
    fixes: buildFixes(fixes, ctx, analysis.format),
    codes,
    relayCheck: diag.reason === 'norelaying',
  };
}

/** Plain-language explanation of one failed recipient, for any cause id (never empty). */
export function explain(diag: RecipientDiagnosis, analysis: MessageAnalysis, ctx: ExplainContext): Explanation {
  const def = causeById(diag.cause);
  if (!def) return genericExplanation(diag, analysis, ctx);
  const delayed = analysis.kind === 'delay' || diag.action === 'delayed';
  // A temporary cause in a final notice: the server stopped retrying, so say so and who acts now.
  const gaveUp = def.temporary && serverGaveUp(diag, analysis) ? def.gaveUp : undefined;
  const whoActs = gaveUp?.whoActs ?? def.whoActs;
  const fixes = gaveUp
    ? [
        { client: 'any' as const, audience: 'sender' as const, steps: gaveUp.steps },
        ...def.fixes.filter((f) => f.audience === 'admin'),
      ]
    : def.fixes;
  return {
    cause: def.id,
    reason: diag.reason,
    title: gaveUp?.title ?? def.title,
    badge: gaveUp?.badge ?? def.badge,
    summary: gaveUp?.summary ?? def.summary,
    // A delay notice is temporary whatever the cause: the server is still retrying.
    temporary: (def.temporary && !serverGaveUp(diag, analysis)) || (!def.finalFailure && delayed),
    whoActs,
    whoActsLabel: WHO_ACTS_LABEL[whoActs],
    fixes: buildFixes(fixes, ctx, analysis.format, shownCodes(diag)),
    codes: codeMeanings(diag, def),
    relayCheck: def.relayCheck === true,
  };
}
