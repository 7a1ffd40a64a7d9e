// The one message the content scripts send: "analyse this visible text". The engine runs in the
// background worker, so its start-up and the analysis never cost the webmail's main thread.
import type { BounceReport } from '../components/report-model';
import type { ExplainContext, VisibleTextInput } from '../lib/types';

export const ANALYZE_MESSAGE = 'bounce-lens:analyze';

export interface AnalyzeRequest {
  type: typeof ANALYZE_MESSAGE;
  input: VisibleTextInput;
  context: ExplainContext;
}

export type AnalyzeReply = { report: BounceReport | null } | { error: string };

/** Sends a request to wherever the engine runs and resolves with its report. */
export type Analyzer = (request: AnalyzeRequest) => Promise<BounceReport | null>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function isAnalyzeRequest(value: unknown): value is AnalyzeRequest {
  if (!isRecord(value) || value.type !== ANALYZE_MESSAGE) return false;
  const { input, context } = value;
  return isRecord(input) && typeof input.text === 'string' && isRecord(context);
}

/** The report out of a reply; throws with the worker's message when it failed. */
export function readReply(reply: unknown): BounceReport | null {
  if (!isRecord(reply)) throw new Error('no reply from the analysis worker');
  if (typeof reply.error === 'string') throw new Error(reply.error);
  return (reply.report ?? null) as BounceReport | null;
}
