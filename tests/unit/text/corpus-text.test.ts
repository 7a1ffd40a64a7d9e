// Regression floors for the visible-text mode over the shared Sisimai corpus (read at run time):
// each bounce's human-readable part, sender and subject only, as `npm run score:text` measures it.
// Floors sit below the measured figures; the gap to the raw mode is what only the hidden DSN part
// says (legacy Hotmail, Receiving SES and PowerMTA print nothing else).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';
import { parseMessages } from '../../../lib/mime';
import { corpusFiles, present, scoreLines } from '../helpers/corpus';

// Measured 2026-11-29 12:25 UTC: reason 90.64, status 63.87, replyCode 86.38, count 98.72.
const FLOORS = { reasonPct: 90.3, statusPct: 60, replyCodePct: 84, recipientCountPct: 98 };

describe.skipIf(!present)('visible-text mode on the corpus', () => {
  it('stays above the accuracy floors', async () => {
    const lines: string[] = [];
    for (const { name, bytes } of corpusFiles()) {
      for (const p of await parseMessages(bytes)) {
        const a = analyzeText({ text: p.text, sender: p.from, subject: p.subject });
        lines.push(JSON.stringify({ file: `${name}.txt`, ...a }));
      }
    }
    const summary = scoreLines(lines);
    expect(summary).not.toBeNull();
    if (!summary) return;
    for (const [key, floor] of Object.entries(FLOORS)) expect(summary[key], key).toBeGreaterThanOrEqual(floor);
  }, 120_000);
});
