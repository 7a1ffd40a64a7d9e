// Engine throughput: every corpus message analysed from raw bytes, many rounds in one process.
// Target (issue 3): ≥ 3,000 messages/second on the 2-core build machine, i.e. ≤ 0.33 ms of CPU
// per message. The machine is shared with other jobs, so the per-CPU-second figure is the one to
// judge by; wall-clock messages/second is printed beside it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeMany, analyzeRaw } from '../../lib/analyze';
import { selectCause } from '../../lib/causes';
import { classifyReason } from '../../lib/classify';
import { decodeMessage } from '../../lib/formats';
import { parseMessages } from '../../lib/mime';
import type { ClassifyContext, DecodedRecipient, MessageParts } from '../../lib/types';
import { installFastBlob } from '../fast-blob';

const TARGET_PER_SECOND = 3000;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const emails = path.resolve(repoRoot, '../shared/corpus/sisimai/emails');

function listEml(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listEml(p));
    else if (e.name.endsWith('.eml')) out.push(p);
  }
  return out.sort();
}

export interface BenchResult {
  name: string;
  summary: string;
}

interface Loaded {
  name: string;
  bytes: Uint8Array;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

interface Throughput {
  messages: number;
  wallPerSecond: number;
  cpuPerSecond: number;
  cpuMsPerMessage: number;
  seconds: number;
  /** Per file, the fastest of its rounds: a round the OS paused the process in does not count. */
  slowest: { name: string; ms: number };
  /** The single longest call, pauses by GC and by other processes included. */
  worstRun: { name: string; ms: number };
}

async function measure(files: readonly Loaded[], rounds: number): Promise<Throughput> {
  // Warm-up: JIT, regex compilation, the phrase automata, TextDecoder instances.
  for (let i = 0; i < 2; i++) for (const f of files) await analyzeRaw(f.bytes);
  const best = new Float64Array(files.length).fill(Number.POSITIVE_INFINITY);
  const worstRun = { name: '', ms: 0 };
  let messages = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < files.length; i++) {
      const f = files[i]!;
      const t0 = performance.now();
      messages += (await analyzeRaw(f.bytes)).length;
      const ms = performance.now() - t0;
      if (ms < best[i]!) best[i] = ms;
      if (ms > worstRun.ms) {
        worstRun.ms = ms;
        worstRun.name = f.name;
      }
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = cpuMs(cpuStart);
  let slowestAt = 0;
  for (let i = 1; i < files.length; i++) if (best[i]! > best[slowestAt]!) slowestAt = i;
  return {
    messages,
    wallPerSecond: messages / seconds,
    cpuPerSecond: messages / (cpu / 1000),
    cpuMsPerMessage: cpu / messages,
    seconds,
    slowest: { name: files[slowestAt]?.name ?? '', ms: best[slowestAt] ?? 0 },
    worstRun,
  };
}

const BATCH = 64;

/** The whole corpus through analyzeMany, BATCH files at a time (the bulk path: CLI scans). */
async function measureBatched(
  files: readonly Loaded[],
  rounds: number,
): Promise<Omit<Throughput, 'slowest' | 'worstRun'>> {
  const chunks: Uint8Array[][] = [];
  for (let i = 0; i < files.length; i += BATCH) chunks.push(files.slice(i, i + BATCH).map((f) => f.bytes));
  // Warm-up as in measure(): JIT (both paths share most code), regexes, lookup tables.
  for (let i = 0; i < 2; i++) for (const chunk of chunks) await analyzeMany(chunk);
  let messages = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const chunk of chunks) for (const list of await analyzeMany(chunk)) messages += list.length;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = cpuMs(cpuStart);
  return {
    messages,
    wallPerSecond: messages / seconds,
    cpuPerSecond: messages / (cpu / 1000),
    cpuMsPerMessage: cpu / messages,
    seconds,
  };
}

/** CPU time per message of each stage, measured stage by stage over the same messages. */
async function stages(files: readonly Loaded[], rounds: number): Promise<string> {
  let t = process.cpuUsage();
  const parsed: MessageParts[] = [];
  for (let r = 0; r < rounds; r++) for (const f of files) parsed.push(...(await parseMessages(f.bytes)));
  const mimeMs = cpuMs(t);
  t = process.cpuUsage();
  const decoded = parsed.map((p) => decodeMessage(p));
  const decodeMs = cpuMs(t);
  const recipients: Array<[DecodedRecipient, ClassifyContext]> = [];
  for (const d of decoded) {
    if (!d || d.kind === 'not-bounce') continue;
    const ctx: ClassifyContext = {
      format: d.format,
      kind: d.kind,
      reportingHost: d.reportingHost,
      from: d.from,
      subject: d.subject,
    };
    for (const rec of d.recipients) recipients.push([rec, ctx]);
  }
  t = process.cpuUsage();
  const reasons = recipients.map(([rec, ctx]) => classifyReason(rec, ctx));
  const classifyMs = cpuMs(t);
  t = process.cpuUsage();
  for (const [i, [rec, ctx]] of recipients.entries()) selectCause({ ...rec, reason: reasons[i]! }, ctx);
  const causesMs = cpuMs(t);
  const per = (ms: number) => (ms / parsed.length).toFixed(3);
  return (
    `MIME ${per(mimeMs)} · format decoders ${per(decodeMs)} · classify ${per(classifyMs)} · causes ${per(causesMs)}` +
    ` (sum ${per(mimeMs + decodeMs + classifyMs + causesMs)}; ${parsed.length} messages, ${recipients.length} recipients)`
  );
}

function line(label: string, t: Omit<Throughput, 'slowest' | 'worstRun'>, files: number, rounds: number): string {
  return (
    `${label}: ${Math.round(t.wallPerSecond)} messages/s wall, ${Math.round(t.cpuPerSecond)} per CPU-second` +
    ` = ${t.cpuMsPerMessage.toFixed(3)} CPU ms/message (${t.messages} messages = ${files} files × ${rounds} rounds in ${t.seconds.toFixed(2)} s)`
  );
}

/**
 * The ≥ 3,000/s target applies to the CLI runtime (Node with the in-memory Blob the CLI, score and
 * bench install; the extension uses the browser's own Blob), analysing the whole corpus in one
 * process: in batches (analyzeMany, for scans of many messages) and one file at a time
 * (analyzeRaw, what the extension does per bounce). Node's stream-backed Blob is measured last,
 * for comparison only.
 */
export async function runEngineBench(rounds = Number(process.env.BENCH_ROUNDS ?? 10)): Promise<BenchResult> {
  if (!fs.existsSync(emails)) return { name: 'engine', summary: `skipped: no corpus at ${emails}` };
  const files = listEml(emails).map((f) => ({
    name: path.relative(emails, f),
    bytes: new Uint8Array(fs.readFileSync(f)),
  }));
  const nativeBlob = globalThis.Blob;
  installFastBlob();
  const bulk = await measureBatched(files, rounds);
  const cli = await measure(files, rounds);
  const split = await stages(files, Math.max(1, Math.round(rounds / 2)));
  globalThis.Blob = nativeBlob;
  const nativeRounds = Math.max(1, Math.round(rounds / 5));
  const native = await measure(files, nativeRounds);
  const verdict = (t: { cpuPerSecond: number }) => (t.cpuPerSecond >= TARGET_PER_SECOND ? 'met' : 'NOT met');
  return {
    name: 'engine',
    summary: [
      '',
      `  ${line(`whole corpus, analyzeMany in batches of ${BATCH}`, bulk, files.length, rounds)}`,
      `  ${line('one file at a time, analyzeRaw', cli, files.length, rounds)}`,
      `  target ≥ ${TARGET_PER_SECOND} messages per CPU-second (≤ ${(1000 / TARGET_PER_SECOND).toFixed(2)} ms): ${verdict(bulk)} in batches, ${verdict(cli)} one at a time`,
      `  slowest message: ${cli.slowest.name} ${cli.slowest.ms.toFixed(2)} ms (fastest of its ${rounds} rounds); longest single call ${cli.worstRun.name} ${cli.worstRun.ms.toFixed(2)} ms (GC and other processes included)`,
      `  CPU ms per message by stage: ${split}`,
      `  ${line("Node's own Blob (comparison)", native, files.length, nativeRounds)}`,
    ].join('\n'),
  };
}
