// Regression floors over the shared Sisimai corpus, scored by the team's own scorer
// (../shared/tools/score-corpus.mjs). Floors sit a little below the measured score; raise them
// as accuracy rises (npm run score prints the current figures).
import { describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../../lib/analyze';
import { corpusFiles, present, scoreLines, shared } from '../helpers/corpus';

// Measured 2026-11-29 12:25 UTC: reason 97.54, status 99.35, replyCode 99.64, count 100, negatives 2/2.
const FLOORS = { reasonPct: 97.2, statusPct: 99, replyCodePct: 99.3, recipientCountPct: 99.5 };

describe.skipIf(!present)('Sisimai corpus regression', () => {
  it('stays above the accuracy floors and reports nothing for the negatives', async () => {
    const lines: string[] = [];
    for (const { name, bytes } of corpusFiles()) {
      for (const a of await analyzeRaw(bytes)) lines.push(JSON.stringify({ file: name, ...a }));
    }
    const summary = scoreLines(lines);
    expect(summary).not.toBeNull();
    if (!summary) return;
    const [ok, total] = String(summary.negativesOk).split('/').map(Number);
    expect(ok).toBe(total);
    expect(summary.unparsableLines).toBe(0);
    for (const [key, floor] of Object.entries(FLOORS)) {
      expect(summary[key], key).toBeGreaterThanOrEqual(floor);
    }
  }, 120_000);
});

if (!present) {
  describe('Sisimai corpus regression', () => {
    it.skip(`skipped: corpus or scorer not found under ${shared}`, () => {});
  });
}
