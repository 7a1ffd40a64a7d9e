// Reads the cause fixtures: tests/fixtures/causes/<cause-id>[--variant].txt. Each file starts with
// "From:" and "Subject:" lines as the webmail shows them, a blank line, then the visible text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURE_DIR = path.resolve(import.meta.dirname, '../../fixtures/causes');

export interface CauseFixture {
  file: string;
  expectedCause: string;
  sender: string | null;
  subject: string | null;
  text: string;
}

export function loadFixtures(): CauseFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(FIXTURE_DIR, file), 'utf8');
      const split = raw.indexOf('\n\n');
      const head = raw.slice(0, split);
      const text = raw.slice(split + 2);
      const field = (name: string) => {
        const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(head);
        return m?.[1]?.trim() || null;
      };
      return {
        file,
        expectedCause: file.replace(/\.txt$/, '').split('--')[0]!,
        sender: field('From'),
        subject: field('Subject'),
        text,
      };
    });
}
