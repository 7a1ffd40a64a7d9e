import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PHRASE_ORDER } from '../../../lib/classify/reasons';
import { REASONS } from '../../../lib/types';

const classifyDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../lib/classify');
const modules = (dir: string) =>
  fs
    .readdirSync(path.join(classifyDir, dir))
    .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'weak.ts'].includes(f))
    .map((f) => f.slice(0, -3));

// Conventions as code: one file per reason and per provider, each registered exactly once.
describe('classify conventions', () => {
  it('names every reason file after a reason and lists it in the precedence order', () => {
    const ordered = PHRASE_ORDER.map(([r]) => r as string);
    for (const name of modules('reasons')) {
      expect(REASONS as readonly string[], name).toContain(name);
      expect(ordered, name).toContain(name);
    }
  });

  it('registers every provider file in the provider registry', () => {
    const registry = fs.readFileSync(path.join(classifyDir, 'providers/index.ts'), 'utf8');
    for (const name of modules('providers')) {
      expect(registry, name).toContain(`from './${name}'`);
      expect(registry, name).toMatch(new RegExp(`^  ${name}, //`, 'm'));
    }
  });
});
