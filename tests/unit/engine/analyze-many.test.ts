// analyzeMany runs each stage over a whole batch; it must answer exactly what analyzeRaw answers
// for each input, in input order, including inputs that hold several messages or none.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeMany, analyzeRaw } from '../../../lib/analyze';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures = path.join(repoRoot, 'tests/fixtures/eml');
const emails = path.resolve(repoRoot, '../shared/corpus/sisimai/emails');

function load(dir: string): Uint8Array[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(?:eml|mbox)$/.test(f))
    .sort()
    .map((f) => new Uint8Array(fs.readFileSync(path.join(dir, f))));
}

async function oneByOne(raws: readonly (string | Uint8Array)[]) {
  const out = [];
  for (const raw of raws) out.push(await analyzeRaw(raw));
  return out;
}

describe('analyzeMany', () => {
  it('answers what analyzeRaw answers for each fixture, in order (mbox, plain message, DSNs)', async () => {
    const raws = [...load(fixtures), '', 'not a message at all'];
    const many = await analyzeMany(raws);
    expect(many).toHaveLength(raws.length);
    expect(many.some((list) => list.length > 1)).toBe(true);
    expect(many).toEqual(await oneByOne(raws));
  });

  it('reports a throwing stage through onError and keeps the rest of the batch', async () => {
    const stages: string[] = [];
    const raws = load(fixtures);
    const many = await analyzeMany(raws, { onError: (stage) => stages.push(stage) });
    expect(stages).toEqual([]);
    expect(many.flat().some((a) => a.bounce)).toBe(true);
  });

  it.skipIf(!fs.existsSync(emails))(
    'answers what analyzeRaw answers for every corpus file, in batches of 50',
    async () => {
      const raws = load(emails);
      const expected = await oneByOne(raws);
      const many = [];
      for (let i = 0; i < raws.length; i += 50) many.push(...(await analyzeMany(raws.slice(i, i + 50))));
      expect(many).toEqual(expected);
    },
  );
});
