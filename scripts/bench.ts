// npm run bench [-- <name>…]: speed targets live here, not in timed tests. Every
// scripts/bench/<name>.ts that exports a `run…Bench(): Promise<BenchResult>` is picked up, so a
// new bench needs no edit here; names on the command line run only those files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchResult {
  name: string;
  summary: string;
}

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && (only.length === 0 || only.includes(path.basename(f, '.ts'))))
  .sort();

let failed = false;
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as Record<string, unknown>;
  for (const [exported, fn] of Object.entries(mod)) {
    if (!/^run\w*Bench$/.test(exported) || typeof fn !== 'function') continue;
    try {
      const result = (await (fn as () => Promise<BenchResult>)()) as BenchResult;
      console.log(`${result.name}: ${result.summary}`);
    } catch (err) {
      failed = true;
      console.error(`${file} ${exported}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
process.exitCode = failed ? 1 : 0;
