// The background worker's side of engine-protocol.ts: runs the engine on one message's text.
import { buildReport } from '../components/report';
import { analyzeText } from '../lib/analyze';
import type { AnalyzeReply, AnalyzeRequest } from './engine-protocol';
import { MAX_TEXT } from './visible-text';

export function answerAnalyze(request: AnalyzeRequest): AnalyzeReply {
  try {
    const { input, context } = request;
    const analysis = analyzeText({
      text: input.text.slice(0, MAX_TEXT),
      sender: typeof input.sender === 'string' ? input.sender.slice(0, 1000) : null,
      subject: typeof input.subject === 'string' ? input.subject.slice(0, 1000) : null,
    });
    return { report: buildReport(analysis, context) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}
