// Visible-text mode throughput: the corpus bounces' human-readable parts analysed with analyzeText,
// as the content script does for every opened message, plus the worst time on long adversarial
// texts (a pasted mailbox, a line of 150,000 "<"). Targets: ≥ 2,000 texts per CPU-second; no single
// text over 50 ms.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../lib/analyze';
import { parseMessages } from '../../lib/mime';
import type { VisibleTextInput } from '../../lib/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const emails = path.resolve(repoRoot, '../shared/corpus/sisimai/emails');

const ADVERSARIAL: readonly string[] = [
  '<'.repeat(150_000),
  'a@'.repeat(80_000),
  '550-'.repeat(40_000),
  `${' '.repeat(150_000)}x`,
  '5.5.5.'.repeat(30_000),
  '  user@example.com\n    host mx.example.com[192.0.2.1] said: 550 5.1.1 unknown\n'.repeat(3_000),
  `${'A'.repeat(79)}: `.repeat(2_000),
];

export async function runTextBench(): Promise<{ name: string; summary: string }> {
  const inputs: VisibleTextInput[] = [];
  for (const name of fs.readdirSync(emails).filter((f) => f.endsWith('.eml'))) {
    for (const p of await parseMessages(fs.readFileSync(path.join(emails, name)))) {
      inputs.push({ text: p.text, sender: p.from, subject: p.subject });
    }
  }
  for (const i of inputs) analyzeText(i);
  const rounds = 5;
  const cpuStart = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const i of inputs) analyzeText(i);
  const cpu = process.cpuUsage(cpuStart);
  const perCpuSecond = Math.round((inputs.length * rounds) / ((cpu.user + cpu.system) / 1e6));
  let worst = 0;
  for (const text of ADVERSARIAL) {
    const t0 = performance.now();
    analyzeText({ text, subject: 'Undeliverable: x' });
    worst = Math.max(worst, performance.now() - t0);
  }
  const ok = perCpuSecond >= 2_000 && worst <= 50;
  return {
    name: 'text',
    summary: `${perCpuSecond} texts per CPU-second (${inputs.length} texts × ${rounds}); worst adversarial text ${worst.toFixed(1)} ms ${ok ? 'OK' : 'OVER TARGET'}`,
  };
}
