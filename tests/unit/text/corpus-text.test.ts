// Regression floors for the visible-text mode over the shared Sisimai corpus (read at run time):
// each bounce's human-readable part, sender and subject only, as `npm run score:text` measures it.
// Floors sit below the measured figures; the gap to the raw mode is what only the hidden DSN part
// says (legacy Hotmail, Receiving SES and PowerMTA print nothing else).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';
import { parseMessages } from '../../../lib/mime';
import { corpus, corpusFiles, present, scorer } from '../helpers/corpus';

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
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bl-text-'));
    const results = path.join(dir, 'results.jsonl');
    fs.writeFileSync(results, `${lines.join('\n')}\n`);
    const r = spawnSync(process.execPath, [scorer, '--corpus', corpus, '--results', results, '--json'], {
      encoding: 'utf8',
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout.trim().split('\n').pop()!);
    for (const [key, floor] of Object.entries(FLOORS)) expect(summary[key], key).toBeGreaterThanOrEqual(floor);
  }, 120_000);
});
