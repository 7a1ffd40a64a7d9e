// Turns one engine analysis into what the badge and the panel show. Shared by the content scripts
// and the popup, so it knows nothing about the page it is shown on.
import { adminSummary, explain } from '../lib/causes';
import type { ExplainContext, Explanation, MessageAnalysis, RecipientDiagnosis } from '../lib/types';

export interface BounceReport {
  analysis: MessageAnalysis;
  /** One per analysis.recipients entry, same order. */
  explanations: Explanation[];
  /** Index of the first failed recipient: the one the badge and the test hook describe. */
  primary: number;
  /** Plain text for "Copy details for your admin". */
  adminText: string;
}

/** The first recipient whose delivery failed; a delay notice has none, then the first one. */
export function primaryIndex(recipients: readonly RecipientDiagnosis[]): number {
  const failed = recipients.findIndex((r) => r.action === 'failed');
  return Math.max(failed, 0);
}

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

/** The test-hook attributes (data-reason, data-cause, data-status, data-reply-code). */
export function hookAttributes(report: BounceReport): Record<string, string> {
  const diag = report.analysis.recipients[report.primary];
  const exp = report.explanations[report.primary];
  return {
    'data-reason': diag?.reason ?? '',
    'data-cause': exp?.cause ?? diag?.cause ?? '',
    'data-status': diag?.status ?? '',
    'data-reply-code': diag?.replyCode ?? '',
  };
}
