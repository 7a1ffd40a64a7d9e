import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// lib/ runs unchanged in the content script, the popup and the CLI, so it may import only its own
// files and pure packages. (lib/tsconfig.json also leaves out DOM and Node types.)
const libDir = path.resolve(import.meta.dirname, '../../lib');
const ALLOWED_PACKAGES = new Set(['postal-mime']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  // `import x from 'y'`, `export { x } from 'y'` (possibly over several lines) and `import 'y'`.
  for (const m of source.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm)) {
    if (m[1]) specifiers.push(m[1]);
  }
  for (const m of source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) if (m[1]) specifiers.push(m[1]);
  for (const m of source.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) if (m[1]) specifiers.push(m[1]);
  return specifiers;
}

describe('lib/ purity', () => {
  const files = sourceFiles(libDir);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [path.relative(libDir, f), f]))(
    '%s imports only lib/ files and pure packages',
    (_name, file) => {
      const source = fs.readFileSync(file, 'utf8');
      for (const spec of importsOf(source)) {
        if (spec.startsWith('.')) {
          const target = path.resolve(path.dirname(file), spec);
          expect(target.startsWith(libDir + path.sep), `${spec} leaves lib/`).toBe(true);
        } else {
          expect(ALLOWED_PACKAGES.has(spec), `${spec} is not a pure package`).toBe(true);
        }
      }
      expect(source).not.toMatch(/\b(?:document|window|chrome|browser)\s*\.\s*\w/);
    },
  );

  it('the checker catches a forbidden import', () => {
    expect(importsOf("import fs from 'node:fs';\nimport {\n  x,\n} from './y';\nexport type A = 'b';")).toEqual([
      'node:fs',
      './y',
    ]);
  });
});
