// Turns one engine analysis into a BounceReport. Runs where the engine runs (background worker,
// popup); the badge and panel only receive the result.
import { adminSummary, explain } from '../lib/causes';
import type { ExplainContext, MessageAnalysis } from '../lib/types';
import { type BounceReport, primaryIndex } from './report-model';

export { type BounceReport, hookAttributes } from './report-model';

/** null when the analysis is not a bounce the user should see explained. */
export function buildReport(analysis: MessageAnalysis, ctx: ExplainContext): BounceReport | null {
  if (!analysis.bounce || analysis.recipients.length === 0) return null;
  const explanations = analysis.recipients.map((diag) => explain(diag, analysis, ctx));
  return {
    analysis,
    explanations,
    primary: primaryIndex(analysis.recipients),
    adminText: adminSummary(analysis, explanations),
  };
}
