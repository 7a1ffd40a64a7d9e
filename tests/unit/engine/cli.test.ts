import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures = path.join(repoRoot, 'tests/fixtures/eml');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

function cli(args: string[], input?: string) {
  const r = spawnSync(tsx, ['scripts/cli.ts', ...args], { cwd: repoRoot, encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary directory holding copies of the named fixtures, so new fixtures do not change what a directory test sees. */
function fixtureDir(...names: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bl-cli-'));
  for (const n of names) fs.copyFileSync(path.join(fixtures, n), path.join(dir, n));
  return dir;
}

function jsonLines(stdout: string) {
  return stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

describe('bounce-lens CLI', () => {
  it('explain --json prints the contract fields, one line per message', () => {
    const r = cli(['explain', '--json', path.join(fixtures, 'postfix-dsn-userunknown.eml')]);
    expect(r.code).toBe(0);
    const [line, ...rest] = jsonLines(r.stdout);
    expect(rest).toHaveLength(0);
    expect(line.file).toMatch(/postfix-dsn-userunknown\.eml$/);
    expect(line.bounce).toBe(true);
    expect(line.recipients).toHaveLength(1);
    expect(line.recipients[0]).toMatchObject({ address: 'bob@receiver.example', status: '5.1.1', replyCode: '550' });
    for (const key of ['reason', 'cause', 'action', 'remoteHost', 'diagnostic'])
      expect(line.recipients[0]).toHaveProperty(key);
  });

  it('explains an mbox with two messages as two lines and a non-bounce with no recipients', () => {
    const r = cli([
      'explain',
      '--json',
      path.join(fixtures, 'two-messages.mbox'),
      path.join(fixtures, 'plain-message.eml'),
    ]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.recipients.map((x: { status: string }) => x.status))).toEqual([['5.2.2'], ['4.4.1'], []]);
    expect(lines[2].bounce).toBe(false);
  });

  it('reads standard input for "-" and visible text with --text', () => {
    const raw = fs.readFileSync(path.join(fixtures, 'postfix-dsn-userunknown.eml'), 'utf8');
    const fromStdin = jsonLines(cli(['explain', '--json', '-'], raw).stdout);
    expect(fromStdin[0].file).toBe('-');
    expect(fromStdin[0].recipients[0].address).toBe('bob@receiver.example');
    const text = cli(['explain', '--json', '--text', path.join(fixtures, 'visible-text.txt')]);
    expect(text.code).toBe(0);
    expect(jsonLines(text.stdout)[0].recipients[0]).toMatchObject({ status: '5.1.10', replyCode: '550' });
  });

  it('reads an input that does not start with mail headers as visible text', () => {
    const r = cli(['explain', '--json', path.join(fixtures, 'visible-text.txt')]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)[0]).toMatchObject({ bounce: true, format: 'text' });
  });

  it('expands a directory to its .eml files, sorted', () => {
    const dir = fixtureDir('postfix-dsn-userunknown.eml', 'plain-message.eml');
    const r = cli(['explain', '--json', dir]);
    fs.rmSync(dir, { recursive: true, force: true });
    const files = jsonLines(r.stdout).map((l) => path.basename(l.file));
    expect(files).toEqual(['plain-message.eml', 'postfix-dsn-userunknown.eml']);
  });

  it('prints a readable explanation without --json', () => {
    const r = cli(['explain', path.join(fixtures, 'postfix-dsn-userunknown.eml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('bob@receiver.example');
    expect(r.stdout).toContain('5.1.1');
  });

  it('names an unreadable file on stderr, goes on with the rest and exits 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bl-cli-'));
    const missing = path.join(dir, 'missing.eml');
    const r = cli(['explain', '--json', missing, path.join(fixtures, 'plain-message.eml')]);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.eml');
    expect(jsonLines(r.stdout)).toHaveLength(1);
  });

  it.each([[['explain']], [['explain', '--bogus', 'x.eml']], [['frobnicate']]])('exits 2 on usage error %j', (args) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage');
  });

  it.each([[['--help']], [['explain', '--help']], [['scan', '--help']]])('prints help for %j and exits 0', (args) => {
    const r = cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: bounce-lens/);
  });

  it.each([['explain'], ['scan']])('%s names binary and empty files on stderr, goes on and exits 1', (command) => {
    const dir = fixtureDir('postfix-dsn-userunknown.eml');
    // An ELF header: what a stray program saved as .eml starts with.
    fs.writeFileSync(
      path.join(dir, 'b.eml'),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]),
    );
    fs.writeFileSync(path.join(dir, 'empty.eml'), '');
    const r = cli(command === 'explain' ? ['explain', '--json', dir] : ['scan', dir]);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(dir, 'b.eml')}: not a mail message (binary data)`);
    expect(r.stderr).toContain(`${path.join(dir, 'empty.eml')}: empty file`);
    if (command === 'explain')
      expect(jsonLines(r.stdout).map((l) => path.basename(l.file))).toEqual(['postfix-dsn-userunknown.eml']);
    else expect(r.stdout).toMatch(/^1 message\(s\), 1 with failed/);
  });

  it('scan prints only the error when no input could be read', () => {
    const r = cli(['scan', path.join(os.tmpdir(), 'bl-cli-does-not-exist')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bl-cli-does-not-exist: no such file');
    expect(r.stdout).toBe('');
  });

  it('scan counts reasons over a directory', () => {
    const dir = fixtureDir('postfix-dsn-userunknown.eml', 'plain-message.eml');
    const r = cli(['scan', dir]);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2 message\(s\), 1 with failed/);
    // The tables count recipients (one message can name several), and say so.
    expect(r.stdout).toContain('By reason (recipients):');
    expect(r.stdout).toContain('By cause (recipients):');
  });
});
