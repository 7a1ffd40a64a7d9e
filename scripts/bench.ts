// npm run bench: speed targets live here, not in timed tests. Add a bench by exporting a
// `run…Bench(): Promise<BenchResult>` from scripts/bench/<name>.ts and listing it below.
import { runEngineBench } from './bench/engine';

const BENCHES: ReadonlyArray<() => Promise<{ name: string; summary: string }>> = [runEngineBench];

for (const bench of BENCHES) {
  const result = await bench();
  console.log(`${result.name}: ${result.summary}`);
}
