// bounce-lens command line: explains bounce files (.eml, mbox, pasted text) with the same engine
// the extension uses. Run with `npm run cli -- …` (tsx) or `node dist/cli.mjs …` (npm run build:cli).
import fs from 'node:fs';
import { type AnalyzeOptions, analyzeMany, analyzeRaw, analyzeText } from '../lib/analyze';
import * as causes from '../lib/causes';
import type { ExplainContext, MessageAnalysis, RecipientDiagnosis } from '../lib/types';
import { listEml } from './eml-files';
import { installFastBlob } from './fast-blob';

installFastBlob();

const MAIN_HELP = `Usage: bounce-lens <command> [options]

Commands:
  explain [--json] [--text] <file|dir|->...   explain each message (dir: every .eml below it)
  scan <dir|mbox>...                          count messages by reason and cause

Run "bounce-lens <command> --help" for the options of a command.`;

const EXPLAIN_HELP = `Usage: bounce-lens explain [--json] [--text] <file|dir|->...

Explains every message in the given files. A directory means every .eml file below it (sorted);
"-" reads standard input. A file holding several messages (mbox) gives one result per message.

Options:
  --json   one JSON object per message and line: {"file","bounce","recipients":[…],…}
  --text   inputs are the visible text of a bounce (as a webmail shows it), not raw messages;
           an input that does not start with mail headers is read as visible text anyway
  --help   show this help

Exit status: 0 all inputs read, 1 some input could not be read or analysed, 2 usage error.`;

const SCAN_HELP = `Usage: bounce-lens scan <dir|mbox>...

Analyses every .eml file below each directory (or every message of an mbox file) and prints how
many recipients there are per reason and per cause (one message can name several).

Exit status: 0 all inputs read, 1 some input could not be read or analysed, 2 usage error.`;

class UsageError extends Error {}

interface Input {
  /** Name printed in results: the path as given (or "-" for stdin). */
  name: string;
  read(): Buffer;
}

/** Expands arguments into inputs; a path that cannot be opened becomes an input whose read fails. */
function expandInputs(args: readonly string[]): Input[] {
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ name: '-', read: () => fs.readFileSync(0) });
      continue;
    }
    let isDir = false;
    try {
      isDir = fs.statSync(arg).isDirectory();
    } catch {
      // Reported when read, in argument order.
    }
    if (isDir) for (const f of listEml(arg)) inputs.push({ name: f, read: () => fs.readFileSync(f) });
    else inputs.push({ name: arg, read: () => fs.readFileSync(arg) });
  }
  return inputs;
}

function errorText(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
  }
  return err instanceof Error ? err.message : String(err);
}

/** Set when an engine stage threw on some input: reported on stderr, and the exit status is 1. */
let engineErrors = 0;

/**
 * Why the input cannot be a message, or null. Without this check an empty file or a stray binary
 * (an image saved as .eml) is analysed as visible text and reported as "not a bounce", exit 0.
 */
function notMailReason(data: Buffer): string | null {
  const head = data.subarray(0, 8192);
  if (!data.some((b) => b > 0x20)) return data.length === 0 ? 'empty file' : 'empty file (only white space)';
  // Text never holds NUL; other control bytes are rare in mail (ESC is ISO-2022-JP, FF a page break).
  let control = 0;
  for (const b of head) {
    if (b === 0) return 'not a mail message (binary data)';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control * 20 > head.length ? 'not a mail message (binary data)' : null;
}

/** Raw messages analysed together: analyzeMany keeps each engine stage in the CPU cache. */
const CHUNK = 64;

type Pending =
  | { error: unknown }
  | { results: MessageAnalysis[] }
  | { later: () => MessageAnalysis[] | Promise<MessageAnalysis[]> };

function inputOptions(input: Input): AnalyzeOptions {
  return {
    onError(stage, err) {
      engineErrors++;
      console.error(`bounce-lens: ${input.name}: internal error in the ${stage} stage: ${errorText(err)}`);
    },
  };
}

/**
 * Analyses the inputs in order, CHUNK raw messages per analyzeMany call (the CPU per message is
 * ~30 % lower than analyzeRaw per file, npm run bench). Output is the same as one analyzeRaw per
 * input: a chunk in which any stage reports an error is analysed again file by file, so every
 * message (stderr and stdout) names its file and comes in input order.
 */
async function* analyzeInputs(
  inputs: readonly Input[],
  text: boolean,
): AsyncGenerator<[Input, { error: unknown } | { results: MessageAnalysis[] }]> {
  for (let at = 0; at < inputs.length; at += CHUNK) {
    const chunk = inputs.slice(at, at + CHUNK);
    const pending: Pending[] = [];
    const raws: Uint8Array[] = [];
    const rawSlots: number[] = [];
    for (const input of chunk) {
      let data: Buffer;
      try {
        data = input.read();
        const notMail = notMailReason(data);
        if (notMail) throw new Error(notMail);
      } catch (error) {
        pending.push({ error });
        continue;
      }
      if (text || !startsWithHeaders(data)) {
        const visible = data.toString('utf8');
        pending.push({ later: () => [analyzeText({ text: visible }, inputOptions(input))] });
        continue;
      }
      const raw = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      rawSlots.push(pending.length);
      raws.push(raw);
      pending.push({ later: () => analyzeRaw(raw, inputOptions(input)) });
    }
    let stageFailed = false;
    let batch: MessageAnalysis[][] | null = null;
    try {
      batch = await analyzeMany(raws, { onError: () => (stageFailed = true) });
    } catch {
      stageFailed = true;
    }
    if (batch && !stageFailed) {
      for (let k = 0; k < rawSlots.length; k++) pending[rawSlots[k]!] = { results: batch[k]! };
    }
    for (let k = 0; k < chunk.length; k++) {
      const p = pending[k]!;
      if (!('later' in p)) {
        yield [chunk[k]!, p];
        continue;
      }
      try {
        yield [chunk[k]!, { results: await p.later() }];
      } catch (error) {
        yield [chunk[k]!, { error }];
      }
    }
  }
}

/**
 * Whether the input opens like a message (an mbox postmark or "Name: value" header lines). A copied
 * error or a saved webmail page does not, and is read as visible text without needing --text.
 */
function startsWithHeaders(data: Buffer): boolean {
  const lines = data
    .subarray(0, 4096)
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .split(/\r?\n/);
  const first = lines[0] ?? '';
  if (first.startsWith('From ')) return true;
  return /^[!-9;-~]{1,80}:/.test(first) && /^([!-9;-~]{1,80}:|[ \t])/.test(lines[1] ?? '');
}

function jsonRecipient(r: RecipientDiagnosis) {
  return {
    address: r.address,
    status: r.status,
    replyCode: r.replyCode,
    reason: r.reason,
    cause: r.cause,
    action: r.action,
    remoteHost: r.remoteHost,
    command: r.command,
    diagnostic: r.diagnostic,
  };
}

type ExplainFn = (
  diag: RecipientDiagnosis,
  analysis: MessageAnalysis,
  ctx: ExplainContext,
) => {
  title: string;
  summary: string;
  whoActsLabel: string;
  temporary: boolean;
  fixes: { label: string; steps: { text: string; link?: { url: string } }[] }[];
};

// lib/causes grows explain() while the team works; the CLI uses it as soon as it exists.
const explainFn = (causes as Record<string, unknown>).explain as ExplainFn | undefined;

function describeAnalysis(name: string, a: MessageAnalysis, index: number, total: number): string {
  const out: string[] = [];
  const label = total > 1 ? `${name} (message ${index + 1} of ${total})` : name;
  out.push(`== ${label}`);
  const what = a.bounce ? (a.kind === 'delay' ? 'delivery delayed' : 'bounce') : a.kind.replace('-', ' ');
  out.push(`${what}${a.format ? ` (format: ${a.format})` : ''}${a.subject ? ` — ${a.subject}` : ''}`);
  if (a.recipients.length === 0) out.push('No failed recipients found.');
  for (const r of a.recipients) {
    out.push('');
    out.push(`Recipient: ${r.address ?? '(not named)'}`);
    const codes = [r.status && `status ${r.status}`, r.replyCode && `reply ${r.replyCode}`].filter(Boolean);
    out.push(`  Reason: ${r.reason} (cause: ${r.cause})${codes.length ? `, ${codes.join(', ')}` : ''}`);
    if (r.remoteHost) out.push(`  Remote host: ${r.remoteHost}`);
    if (r.diagnostic) out.push(`  Server said: ${r.diagnostic.slice(0, 400)}`);
    if (explainFn) {
      try {
        const e = explainFn(r, a, { webmail: null });
        out.push(`  ${e.title}`);
        out.push(`  ${e.summary}`);
        out.push(`  Who acts: ${e.whoActsLabel}${e.temporary ? ' (temporary)' : ''}`);
        for (const g of e.fixes.slice(0, 2)) {
          out.push(`  Fix (${g.label}):`);
          for (const s of g.steps) out.push(`    - ${s.text}${s.link ? ` <${s.link.url}>` : ''}`);
        }
      } catch {
        // The plain facts above still stand when the knowledge base cannot explain a cause.
      }
    }
  }
  return out.join('\n');
}

interface Flags {
  json: boolean;
  text: boolean;
  help: boolean;
  rest: string[];
}

function parseFlags(args: readonly string[], allowed: readonly string[]): Flags {
  const flags: Flags = { json: false, text: false, help: false, rest: [] };
  for (const a of args) {
    if (a === '--help' || a === '-h') flags.help = true;
    else if (a === '--json' && allowed.includes(a)) flags.json = true;
    else if (a === '--text' && allowed.includes(a)) flags.text = true;
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else flags.rest.push(a);
  }
  return flags;
}

async function explainCommand(args: readonly string[]): Promise<number> {
  const flags = parseFlags(args, ['--json', '--text']);
  if (flags.help) {
    console.log(EXPLAIN_HELP);
    return 0;
  }
  if (!flags.rest.length) throw new UsageError('explain needs at least one file, directory or "-"');
  let failed = false;
  let first = true;
  for await (const [input, outcome] of analyzeInputs(expandInputs(flags.rest), flags.text)) {
    if ('error' in outcome) {
      console.error(`bounce-lens: ${input.name}: ${errorText(outcome.error)}`);
      failed = true;
      continue;
    }
    const results = outcome.results;
    results.forEach((a, i) => {
      if (flags.json) {
        const { recipients, ...rest } = a;
        console.log(JSON.stringify({ file: input.name, ...rest, recipients: recipients.map(jsonRecipient) }));
      } else {
        if (!first) console.log('');
        first = false;
        console.log(describeAnalysis(input.name, a, i, results.length));
      }
    });
  }
  return failed ? 1 : 0;
}

async function scanCommand(args: readonly string[]): Promise<number> {
  const flags = parseFlags(args, []);
  if (flags.help) {
    console.log(SCAN_HELP);
    return 0;
  }
  if (!flags.rest.length) throw new UsageError('scan needs a directory or an mbox file');
  let failed = false;
  let read = 0;
  let messages = 0;
  let bounces = 0;
  let recipients = 0;
  const byReason = new Map<string, number>();
  const byCause = new Map<string, number>();
  for await (const [input, outcome] of analyzeInputs(expandInputs(flags.rest), false)) {
    if ('error' in outcome) {
      console.error(`bounce-lens: ${input.name}: ${errorText(outcome.error)}`);
      failed = true;
      continue;
    }
    read++;
    for (const a of outcome.results) {
      messages++;
      if (a.recipients.length) bounces++;
      recipients += a.recipients.length;
      for (const r of a.recipients) {
        byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
        byCause.set(r.cause, (byCause.get(r.cause) ?? 0) + 1);
      }
    }
  }
  const table = (title: string, m: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [k, n] of [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      console.log(`  ${String(n).padStart(6)}  ${k}`);
    }
  };
  // Nothing could be read ("scan /nope"): the error on stderr is the whole answer.
  if (failed && read === 0) return 1;
  console.log(
    `${messages} message(s), ${bounces} with failed or reported recipients, ${recipients} recipient(s) in all`,
  );
  // One message can name several recipients; the tables count recipients, not messages.
  table('By reason (recipients):', byReason);
  table('By cause (recipients):', byCause);
  return failed ? 1 : 0;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      console.log(MAIN_HELP);
      return command ? 0 : 2;
    }
    if (command === 'explain') return Math.max(await explainCommand(rest), engineErrors ? 1 : 0);
    if (command === 'scan') return Math.max(await scanCommand(rest), engineErrors ? 1 : 0);
    throw new UsageError(`unknown command "${command}"`);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`bounce-lens: ${err.message}\n\n${MAIN_HELP}`);
      return 2;
    }
    throw err;
  }
}

// "bounce-lens scan dir | head" closes the pipe early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`bounce-lens: ${errorText(err)}`);
    process.exitCode = 1;
  },
);
