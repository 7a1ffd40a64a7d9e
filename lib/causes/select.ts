import type { ClassifyContext, DecodedRecipient, Reason } from '../types';
import { buildMatchInput, type CompiledRules, compileRules, firstMatchingGroup } from './match';
import { CAUSES } from './registry';

/** Reasons that are not failures: they never take a failure cause. */
const NOT_FAILURES: readonly Reason[] = ['delivered', 'feedback', 'vacation'];

export const GENERIC_PREFIX = 'generic-';

/** Every cause's evidence, compiled on first use (a page that never shows a bounce never pays). */
let compiled: CompiledRules | null = null;

/**
 * The cause id for one recipient: the first cause in registry order whose evidence matches, else
 * the first cause that is the default for the engine's reason, else the generic per-reason cause.
 * Never empty.
 */
export function selectCause(rec: DecodedRecipient & { reason: Reason }, ctx: ClassifyContext): string {
  if (NOT_FAILURES.includes(rec.reason)) return GENERIC_PREFIX + rec.reason;
  const input = buildMatchInput(rec, ctx);
  compiled ??= compileRules(CAUSES.map((c) => c.evidence));
  const matched = firstMatchingGroup(compiled, input);
  if (matched >= 0) return CAUSES[matched]!.id;
  for (const cause of CAUSES) {
    if (cause.defaultFor?.includes(rec.reason)) return cause.id;
  }
  return GENERIC_PREFIX + rec.reason;
}
