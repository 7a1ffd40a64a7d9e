import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PAGES } from '../../scripts/demo/pages';
import { expect, repoRoot, test } from './harness';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'demo', '--', ...args], { cwd: repoRoot });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

// The README's "run it" command, as a reviewer without a display runs it (the build included).
test('npm run demo -- --headless builds, exits 0 and leaves a screenshot of every demo page', async () => {
  test.setTimeout(300_000);
  const { code, output } = await run(['--headless']);
  expect(code, output).toBe(0);
  const outDir = path.join(repoRoot, 'test-results/demo');
  expect(output).toContain(outDir);
  const shots = fs.readdirSync(outDir).filter((name) => name.endsWith('.png'));
  expect(shots).toHaveLength(DEMO_PAGES.length + 1); // and the popup
  for (const id of [...DEMO_PAGES.map((demo) => demo.id), 'popup']) {
    const shot = shots.find((name) => name.endsWith(`-${id}.png`));
    expect(shot, `screenshot of ${id}`).toBeDefined();
    const bytes = fs.readFileSync(path.join(outDir, shot ?? ''));
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  }
});

test('npm run demo -- --help is short and names the options', async () => {
  const { code, output } = await run(['--help']);
  expect(code).toBe(0);
  expect(output).toContain('--headless');
  expect(output).toContain('--no-build');
  expect(output.split('\n').length).toBeLessThan(25);
});
