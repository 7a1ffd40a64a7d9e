// npm run score:text [-- --verbose] [--keep]: the visible-text mode against the shared corpus. For each
// .eml it keeps only what a webmail shows — the human-readable part (text/plain, or text from the
// HTML), the sender and the subject; no headers, no delivery-status part, no returned original
// headers — writes it to <tmp>/<name>.eml.txt, analyses it with analyzeText, and scores the results
// with ../shared/tools/score-corpus.mjs (which maps x.eml.txt → x.eml).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PostalMime from 'postal-mime';
import { analyzeText } from '../lib/analyze';
import { htmlToText, parseMessages } from '../lib/mime';
import { listEml } from './eml-files';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const corpus = path.join(shared, 'corpus/sisimai');
const scorer = path.join(shared, 'tools/score-corpus.mjs');

async function htmlText(raw: Uint8Array): Promise<string> {
  const email = await PostalMime.parse(raw, { forceRfc822Attachments: true });
  return email.html ? htmlToText(email.html) : '';
}

async function main(): Promise<number> {
  const emails = path.join(corpus, 'emails');
  if (!fs.existsSync(emails)) {
    console.error(`score:text: corpus not found at ${corpus}`);
    return 2;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-text-'));
  const out: string[] = [];
  for (const file of listEml(emails)) {
    const name = `${path.relative(emails, file).split(path.sep).join('/')}.txt`;
    const target = path.join(tmp, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const texts: string[] = [];
    const raw = fs.readFileSync(file);
    for (const parts of await parseMessages(raw)) {
      // A message whose text/plain part is empty is read in its HTML version, as a webmail shows it.
      const text = parts.text.trim() ? parts.text : await htmlText(raw);
      // The page shows the display name or address of the sender and the subject line.
      const input = { text, sender: parts.from, subject: parts.subject };
      texts.push(text);
      out.push(JSON.stringify({ file: name, ...analyzeText(input) }));
    }
    fs.writeFileSync(target, texts.join('\n\n'));
  }
  const results = path.join(tmp, 'results.jsonl');
  fs.writeFileSync(results, `${out.join('\n')}\n`);
  const args = [
    scorer,
    '--corpus',
    corpus,
    '--results',
    results,
    ...process.argv.slice(2).filter((a) => a !== '--keep'),
  ];
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (process.argv.includes('--keep')) console.error(`texts kept in ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
  return run.status ?? 1;
}

main().then((code) => process.exit(code));
