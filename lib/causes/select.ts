import type { ClassifyContext, DecodedRecipient, Reason } from '../types';
import { buildMatchInput, type CompiledRules, compileRules, firstMatchingGroup } from './match';
import type { CauseDef } from './model';
import { CAUSES, causeById } from './registry';

/** Reasons that are not failures: they never take a failure cause. */
const NOT_FAILURES: readonly Reason[] = ['delivered', 'feedback', 'vacation'];

/** The classifier's "could not tell" answers: any cause the evidence proves is more precise. */
const VAGUE: readonly Reason[] = ['onhold', 'undefined'];

export const GENERIC_PREFIX = 'generic-';

/** Every cause's evidence, compiled on first use (a page that never shows a bounce never pays). */
let compiled: CompiledRules | null = null;

function fits(cause: CauseDef, reason: Reason): boolean {
  return (
    VAGUE.includes(reason) ||
    cause.reason === reason ||
    cause.defaultFor?.includes(reason) === true ||
    cause.alsoFits?.includes(reason) === true
  );
}

/**
 * The cause id for one recipient: the first cause in registry order whose evidence matches —
 * skipping causes with only circumstantial evidence that contradict the classifier's reason —
 * else the first cause that is the default for the engine's reason, else the generic per-reason
 * cause. Never empty.
 */
export function selectCause(rec: DecodedRecipient & { reason: Reason }, ctx: ClassifyContext): string {
  if (NOT_FAILURES.includes(rec.reason)) return GENERIC_PREFIX + rec.reason;
  const input = buildMatchInput(rec, ctx);
  compiled ??= compileRules(CAUSES.map((c) => c.evidence));
  const matched = firstMatchingGroup(compiled, input, (g) => {
    const cause = CAUSES[g]!;
    return cause.weakEvidence !== true || fits(cause, rec.reason);
  });
  if (matched >= 0) return CAUSES[matched]!.id;
  for (const cause of CAUSES) {
    if (cause.defaultFor?.includes(rec.reason)) return cause.id;
  }
  return GENERIC_PREFIX + rec.reason;
}

/**
 * The reason to report beside a cause. When the classifier could not tell ("onhold",
 * "undefined") but the evidence proved a cause, the cause's reason is the answer: the JSON output
 * and `scan` must not say "onhold" next to "relay denied" (0x800CCC79, SENT_SECOND_EHLO).
 */
export function reasonForCause(reason: Reason, causeId: string): Reason {
  if (!VAGUE.includes(reason)) return reason;
  return causeById(causeId)?.reason ?? reason;
}
