// npm run score [-- --verbose] [--json]: analyses the shared Sisimai corpus in-process, writes the
// results as JSON lines (the `explain --json` shape) to a temp file and runs the team's scorer on
// them. The corpus and scorer live beside the repo in ../shared (never copied in).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeMany, analyzeRaw } from '../lib/analyze';
import type { MessageAnalysis } from '../lib/types';
import { listEml } from './eml-files';
import { installFastBlob } from './fast-blob';

installFastBlob();

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const corpus = path.join(shared, 'corpus/sisimai');
const scorer = path.join(shared, 'tools/score-corpus.mjs');
/** Files per analyzeMany call; a chunk's messages are held in memory together. */
const CHUNK = 64;

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(corpus, 'expected.json'))) {
    console.error(`score: corpus not found at ${corpus}`);
    return 2;
  }
  const emails = path.join(corpus, 'emails');
  const lines: string[] = [];
  let failures = 0;
  // analyzeMany, CHUNK files per call, keeps each engine stage in the CPU cache; a chunk in which
  // a stage reports an error is redone file by file so every error names its file.
  const files = listEml(emails);
  for (let at = 0; at < files.length; at += CHUNK) {
    const chunk = files.slice(at, at + CHUNK);
    let batch: MessageAnalysis[][] | null = null;
    try {
      let stageFailed = false;
      batch = await analyzeMany(
        chunk.map((file) => fs.readFileSync(file)),
        { onError: () => (stageFailed = true) },
      );
      if (stageFailed) batch = null;
    } catch {
      batch = null;
    }
    for (let k = 0; k < chunk.length; k++) {
      const name = path.relative(emails, chunk[k]!).split(path.sep).join('/');
      try {
        const onError = (stage: string, err: unknown) => {
          failures++;
          console.error(`score: ${name}: ${stage} stage threw: ${err instanceof Error ? err.message : String(err)}`);
        };
        for (const a of batch ? batch[k]! : await analyzeRaw(fs.readFileSync(chunk[k]!), { onError })) {
          lines.push(JSON.stringify({ file: name, ...a }));
        }
      } catch (err) {
        failures++;
        console.error(`score: ${name}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-score-')), 'results.jsonl');
  fs.writeFileSync(out, `${lines.join('\n')}\n`);
  const pass = process.argv.slice(2).filter((a) => a === '--verbose' || a === '--json');
  const r = spawnSync(process.execPath, [scorer, '--corpus', corpus, '--results', out, ...pass], { stdio: 'inherit' });
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  if (failures) console.error(`score: ${failures} error(s) — the figures above are lowered by them`);
  return r.status ?? 1;
}

main().then((code) => {
  process.exitCode = code;
});
