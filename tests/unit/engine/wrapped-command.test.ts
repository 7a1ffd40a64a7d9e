import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../../lib/analyze';
import { findCommand } from '../../../lib/formats/shared';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/eml');

describe('SMTP command named across a wrapped line', () => {
  it('reads "(in reply to RCPT TO\\n    command)" for every recipient of a Postfix bounce', async () => {
    const [analysis] = await analyzeRaw(
      new Uint8Array(fs.readFileSync(path.join(fixtures, 'postfix-wrapped-command.eml'))),
    );
    const commands = Object.fromEntries(analysis!.recipients.map((r) => [r.address, r.command]));
    expect(commands).toEqual({ 'ann@example.net': 'RCPT', 'bob@example.net': 'RCPT', 'cy@example.net': 'DATA' });
  });

  it('still finds nothing where no command is named', () => {
    expect(findCommand('550 5.1.1 User unknown\n    in reply to nobody')).toBeNull();
    expect(findCommand('host mx.example.net said: 550 (in reply to RCPT TO\n\tcommand)')).toBe('RCPT');
  });
});
