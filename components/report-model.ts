// What the badge and the panel show for one bounce, as plain data: built where the engine runs
// (the background worker, or the popup) and handed to the UI, which never needs the engine itself.
import type { Explanation, MessageAnalysis, RecipientDiagnosis } from '../lib/types';

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
