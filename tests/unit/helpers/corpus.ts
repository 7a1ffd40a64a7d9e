// Where the shared Sisimai corpus and its scorer are (read at run time from ../shared beside the
// repository, never copied in), and its messages in the order the scorers read them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listEml } from '../../../scripts/eml-files';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const shared = path.resolve(repoRoot, '../shared');
const corpus = path.join(shared, 'corpus/sisimai');
const scorer = path.join(shared, 'tools/score-corpus.mjs');
/** False on a machine without ../shared: the corpus tests skip and say why. */
export const present = fs.existsSync(path.join(corpus, 'expected.json')) && fs.existsSync(scorer);

const emails = path.join(corpus, 'emails');

/**
 * Every corpus message (the not/ negatives included), sorted as `npm run score` lists them, with
 * the corpus-relative name ("arf-01.eml", "not/x.eml") the scorer matches results by.
 */
export function corpusFiles(): { name: string; bytes: Buffer }[] {
  return listEml(emails).map((file) => ({
    name: path.relative(emails, file).split(path.sep).join('/'),
    bytes: fs.readFileSync(file),
  }));
}

/**
 * Scores JSON result lines (one analysis per line, with its "file") with the shared scorer and
 * returns its summary (reasonPct, statusPct, negativesOk, …); null when the scorer failed.
 */
export function scoreLines(lines: readonly string[]): Record<string, unknown> | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bl-corpus-'));
  try {
    const results = path.join(dir, 'results.jsonl');
    fs.writeFileSync(results, `${lines.join('\n')}\n`);
    const r = spawnSync(process.execPath, [scorer, '--corpus', corpus, '--results', results, '--json'], {
      encoding: 'utf8',
    });
    return r.status === 0 ? JSON.parse(r.stdout.trim().split('\n').pop()!) : null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
