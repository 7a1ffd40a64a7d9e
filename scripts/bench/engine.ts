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
import type { ClassifyContext, DecodedMessage, DecodedRecipient, MessageParts } from '../../lib/types';
import { listEml } from '../eml-files';
import { installFastBlob } from '../fast-blob';

const TARGET_PER_SECOND = 3000;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const emails = path.resolve(repoRoot, '../shared/corpus/sisimai/emails');

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
}

/** Wall and CPU time of a set of rounds, summed. */
class Tally {
  messages = 0;
  wallMs = 0;
  cpuMs = 0;

  async add(run: () => Promise<number>): Promise<void> {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    this.messages += await run();
    this.cpuMs += cpuMs(cpu);
    this.wallMs += performance.now() - wall;
  }

  result(): Throughput {
    return {
      messages: this.messages,
      wallPerSecond: this.messages / (this.wallMs / 1000),
      cpuPerSecond: this.messages / (this.cpuMs / 1000),
      cpuMsPerMessage: this.cpuMs / this.messages,
      seconds: this.wallMs / 1000,
    };
  }
}

const BATCH = 64;

interface Measured {
  /** The whole corpus through analyzeMany, BATCH files at a time (the bulk path: CLI scans). */
  batched: Throughput;
  /** The whole corpus through analyzeRaw, one file at a time (what the extension does per bounce). */
  single: Throughput;
  /** Per file, the fastest of its rounds: a round the OS paused the process in does not count. */
  slowest: { name: string; ms: number };
  /** The single longest call, pauses by GC and by other processes included. */
  worstRun: { name: string; ms: number };
}

/**
 * Both paths, round by round in turn, so that both see the same load from other processes on
 * the shared machine.
 */
async function measure(files: readonly Loaded[], rounds: number): Promise<Measured> {
  const chunks: Uint8Array[][] = [];
  for (let i = 0; i < files.length; i += BATCH) chunks.push(files.slice(i, i + BATCH).map((f) => f.bytes));
  const batchRound = async () => {
    let n = 0;
    for (const chunk of chunks) for (const list of await analyzeMany(chunk)) n += list.length;
    return n;
  };
  const best = new Float64Array(files.length).fill(Number.POSITIVE_INFINITY);
  const worstRun = { name: '', ms: 0 };
  const singleRound = async () => {
    let n = 0;
    for (let i = 0; i < files.length; i++) {
      const f = files[i]!;
      const t0 = performance.now();
      n += (await analyzeRaw(f.bytes)).length;
      const ms = performance.now() - t0;
      if (ms < best[i]!) best[i] = ms;
      if (ms > worstRun.ms) {
        worstRun.ms = ms;
        worstRun.name = f.name;
      }
    }
    return n;
  };
  // Warm-up: JIT, regex compilation, lookup tables, TextDecoder instances.
  for (let i = 0; i < 2; i++) {
    await batchRound();
    await singleRound();
  }
  best.fill(Number.POSITIVE_INFINITY);
  worstRun.ms = 0;
  const batched = new Tally();
  const single = new Tally();
  for (let r = 0; r < rounds; r++) {
    await batched.add(batchRound);
    await single.add(singleRound);
  }
  let slowestAt = 0;
  for (let i = 1; i < files.length; i++) if (best[i]! > best[slowestAt]!) slowestAt = i;
  return {
    batched: batched.result(),
    single: single.result(),
    slowest: { name: files[slowestAt]?.name ?? '', ms: best[slowestAt] ?? 0 },
    worstRun,
  };
}

/** Node's own Blob, analyzeRaw per file: comparison only. */
async function measureSingle(files: readonly Loaded[], rounds: number): Promise<Throughput> {
  for (const f of files) await analyzeRaw(f.bytes);
  const tally = new Tally();
  for (let r = 0; r < rounds; r++) {
    await tally.add(async () => {
      let n = 0;
      for (const f of files) n += (await analyzeRaw(f.bytes)).length;
      return n;
    });
  }
  return tally.result();
}

/** CPU time per message of each stage, measured stage by stage over the same messages. */
/** A decoded message's recipients, each with the context the classifier and the causes read. */
function recipientsOf(d: DecodedMessage | null): Array<[DecodedRecipient, ClassifyContext]> {
  if (!d || d.kind === 'not-bounce') return [];
  const ctx: ClassifyContext = {
    format: d.format,
    kind: d.kind,
    reportingHost: d.reportingHost,
    from: d.from,
    subject: d.subject,
  };
  return d.recipients.map((rec) => [rec, ctx]);
}

async function stages(files: readonly Loaded[], rounds: number): Promise<string> {
  let t = process.cpuUsage();
  const parsed: MessageParts[] = [];
  for (let r = 0; r < rounds; r++) for (const f of files) parsed.push(...(await parseMessages(f.bytes)));
  const mimeMs = cpuMs(t);
  t = process.cpuUsage();
  const decoded = parsed.map((p) => decodeMessage(p));
  const decodeMs = cpuMs(t);
  const recipients = decoded.flatMap(recipientsOf);
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

/**
 * The same split with the stages interleaved file by file, as analyzeRaw runs them: each stage then
 * starts with a cache the others filled, which is where one-at-a-time analysis loses to batches.
 */
async function stagesPerFile(files: readonly Loaded[], rounds: number): Promise<string> {
  const ms = [0, 0, 0, 0];
  let messages = 0;
  const lap = (stage: number, since: NodeJS.CpuUsage) => {
    ms[stage]! += cpuMs(since);
    return process.cpuUsage();
  };
  for (let r = 0; r < rounds; r++) {
    for (const f of files) {
      let t = process.cpuUsage();
      const parsed = await parseMessages(f.bytes);
      t = lap(0, t);
      const decoded = parsed.map((p) => decodeMessage(p));
      t = lap(1, t);
      const recipients = decoded
        .flatMap(recipientsOf)
        .map(([rec, ctx]) => [rec, ctx, classifyReason(rec, ctx)] as const);
      t = lap(2, t);
      for (const [rec, ctx, reason] of recipients) selectCause({ ...rec, reason }, ctx);
      lap(3, t);
      messages += parsed.length;
    }
  }
  const per = (x: number) => (x / messages).toFixed(3);
  return `MIME ${per(ms[0]!)} · format decoders ${per(ms[1]!)} · classify ${per(ms[2]!)} · causes ${per(ms[3]!)} (sum ${per(ms[0]! + ms[1]! + ms[2]! + ms[3]!)})`;
}

function line(label: string, t: Throughput, files: number, rounds: number): string {
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
  const m = await measure(files, rounds);
  const split = await stages(files, Math.max(1, Math.round(rounds / 2)));
  const splitPerFile = await stagesPerFile(files, Math.max(1, Math.round(rounds / 2)));
  globalThis.Blob = nativeBlob;
  const nativeRounds = Math.max(1, Math.round(rounds / 5));
  const native = await measureSingle(files, nativeRounds);
  const verdict = (t: Throughput) => (t.cpuPerSecond >= TARGET_PER_SECOND ? 'met' : 'NOT met');
  return {
    name: 'engine',
    summary: [
      '',
      `  ${line(`whole corpus, analyzeMany in batches of ${BATCH}`, m.batched, files.length, rounds)}`,
      `  ${line('whole corpus, analyzeRaw one file at a time', m.single, files.length, rounds)}`,
      `  target ≥ ${TARGET_PER_SECOND} messages per CPU-second (≤ ${(1000 / TARGET_PER_SECOND).toFixed(2)} ms): ${verdict(m.batched)} in batches, ${verdict(m.single)} one at a time`,
      `  slowest message: ${m.slowest.name} ${m.slowest.ms.toFixed(2)} ms (analyzeRaw, fastest of its ${rounds} rounds); longest single call ${m.worstRun.name} ${m.worstRun.ms.toFixed(2)} ms (GC and other processes included)`,
      `  CPU ms per message by stage: ${split}`,
      `  the same, stages interleaved file by file (as analyzeRaw runs them): ${splitPerFile}`,
      `  ${line("Node's own Blob (comparison)", native, files.length, nativeRounds)}`,
    ].join('\n'),
  };
}
