// Page cost of the content scripts: a 100-message Gmail thread and a 200-row Outlook list with an
// open bounce, each loaded in the same Chromium with the built extension and without it. Main-thread
// time comes from CDP Performance.getMetrics (ScriptDuration, TaskDuration), which counts the
// content script's isolated world too, since it runs on the page's main thread. A load's figure is
// read 1.5 s after the load event and two frames later: by then the content script has read its
// settings, scanned the page, had the bounce analysed by the worker and mounted its badge (counted
// right after), so all the work a page load causes is in it, wherever it was scheduled.
// Targets (issue 5): < 10 ms added per page load, < 0.5 ms per DOM-mutation batch, no idle work.
// Run alone with `npm run bench -- page` (needs `npx wxt build` first). Options:
//   --rounds=N              loads per build and page (default 21); the mutation batches and the
//                           idle wait follow the first FULL_ROUNDS of them, whose figures scatter
//                           far less than a load's
//   --compare=DIR[,DIR…]    also measure these built extensions (each a chrome-mv3 folder), in the
//                           same interleaved rounds, to weigh a change against the current build
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import { browserExecutable, chromiumArgs, extensionDir } from '../../tests/e2e/harness';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pagesDir = path.join(repoRoot, 'tests/fixtures/pages');

const BATCHES = 50;
const IDLE_MS = 5000;
const FULL_ROUNDS = 5;

export interface BenchResult {
  name: string;
  summary: string;
}

interface Metrics {
  script: number;
  task: number;
}

// ---- fixture pages, built from the stored fixtures so they share their markup ----

/** Gmail thread: 99 ordinary expanded messages and the bounce threaded at the end. */
function gmailThread(): string {
  const normal = fs.readFileSync(path.join(pagesDir, 'gmail/normal-quoting-code.html'), 'utf8');
  const bounce = fs.readFileSync(path.join(pagesDir, 'gmail/address-not-found.html'), 'utf8');
  const item = (html: string, expanded: boolean) => {
    const all = [...html.matchAll(/\n {11}<div class="(?:h7|kv)[\s\S]*?\n {11}<\/div>(?=\n)/g)].map((m) => m[0]);
    return all.find((m) => m.includes(expanded ? 'class="h7' : 'class="kv')) ?? '';
  };
  const ordinary = item(normal, true);
  const ndr = item(bounce, true);
  const items: string[] = [];
  for (let i = 0; i < 99; i++) {
    items.push(ordinary.replaceAll('1811111112000000004', String(1811111113000000000n + BigInt(i))));
  }
  items.push(ndr);
  return bounce.replace(
    /<div class="nH" role="list">[\s\S]*?\n {10}<\/div>/,
    `<div class="nH" role="list">${items.join('')}\n          </div>`,
  );
}

/** Outlook: a 200-row message list and the open bounce in the reading pane. */
function outlookList(): string {
  const page = fs.readFileSync(path.join(pagesDir, 'outlook/m365-5-1-10.html'), 'utf8');
  const rows: string[] = [];
  for (let i = 0; i < 200; i++) {
    const id = `AQMkADAwATM0MDAAMS1iNjk0LTYzYjctMDACLTAw${String(i).padStart(4, '0')}BBBB==`;
    rows.push(
      `\n    <div role="option" id="${id}" aria-selected="${i === 0}" data-convid="${id}" data-focusable-row="true" aria-label="Sender ${i} Subject ${i} 9:${String(i % 60).padStart(2, '0')} AM Preview text ${i}"><span class="OZZZK">Sender ${i}</span> <span class="TtcXM">Subject line number ${i}</span> <span>Preview text of message ${i} in the list</span></div>`,
    );
  }
  return page.replace(/(<div role="listbox"[^>]*>)[\s\S]*?(\n {3}<\/div>\n {2}<\/div>)/, `$1${rows.join('')}$2`);
}

// ---- measuring ----

interface Variant {
  name: string;
  context: BrowserContext;
  dir: string;
}

/** A browser profile with the extension built at `extension` loaded, or none. */
async function launch(name: string, extension: string | null): Promise<Variant> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-bench-'));
  const executablePath = browserExecutable();
  const context = await chromium.launchPersistentContext(dir, {
    headless: true,
    ...(executablePath ? { executablePath } : {}),
    args: chromiumArgs(extension),
  });
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  return { name, context, dir };
}

async function serve(context: BrowserContext, url: string, html: string): Promise<void> {
  const origin = new URL(url).origin;
  await context.route(`${origin}/**`, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 204, body: '' }),
  );
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const get = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: get('ScriptDuration'), task: get('TaskDuration') };
}

// A string, not a function: tsx's name helpers do not exist inside the page.
const FRAMES = `(count) => new Promise((resolve) => {
  let left = count;
  const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
  requestAnimationFrame(step);
})`;
const frames = (page: Page, n: number) => page.evaluate(`(${FRAMES})(${n})`);

interface Run {
  load: Metrics;
  /** Only for full rounds. */
  perBatch?: Metrics;
  idle?: Metrics;
  badges: number;
}

/** One page load; in a full round then BATCHES mutation batches in separate frames, then IDLE_MS of nothing. */
async function runOnce(context: BrowserContext, url: string, mutate: string, full: boolean): Promise<Run> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  await frames(page, 2);
  const load = await metrics(cdp);
  const badges = await page.locator('[data-bounce-lens="badge"]').count();
  if (!full) {
    await cdp.detach();
    await page.close();
    return { load, badges };
  }

  for (let i = 0; i < BATCHES; i++) {
    await page.evaluate(`(${mutate})(${i})`);
    await frames(page, 2);
  }
  const afterBatches = await metrics(cdp);

  await page.waitForTimeout(IDLE_MS);
  const afterIdle = await metrics(cdp);
  await cdp.detach();
  await page.close();
  return {
    load,
    perBatch: {
      script: (afterBatches.script - load.script) / BATCHES,
      task: (afterBatches.task - load.task) / BATCHES,
    },
    idle: { script: afterIdle.script - afterBatches.script, task: afterIdle.task - afterBatches.task },
    badges,
  };
}

/** The value at fraction `q` of the sorted values (0.5: the median). */
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? 0;
};
const median = (xs: number[]) => quantile(xs, 0.5);

/** Badges per load: one number when every load showed the same. */
function badgeRange(runs: Run[]): string {
  const counts = runs.map((r) => r.badges);
  const [low, high] = [Math.min(...counts), Math.max(...counts)];
  return low === high ? String(low) : `${low} to ${high}`;
}

function summarise(label: string, on: Run[], off: Run[]): string {
  const m = (runs: Run[], pick: (r: Run) => number | undefined) =>
    median(runs.map(pick).filter((x): x is number => x !== undefined));
  const addedScript = m(on, (r) => r.load.script) - m(off, (r) => r.load.script);
  const addedTask = m(on, (r) => r.load.task) - m(off, (r) => r.load.task);
  const batchScript = m(on, (r) => r.perBatch?.script) - m(off, (r) => r.perBatch?.script);
  const batchTask = m(on, (r) => r.perBatch?.task) - m(off, (r) => r.perBatch?.task);
  const idleScript = m(on, (r) => r.idle?.script) - m(off, (r) => r.idle?.script);
  const idleTask = m(on, (r) => r.idle?.task) - m(off, (r) => r.idle?.task);
  // Signed: a noisy difference near zero may come out negative.
  const f = (x: number) => `${x < 0 ? '' : '+'}${x.toFixed(2)}`;
  // Loads of one build scatter by a few ms (V8 compiles the content script afresh on every page);
  // the middle half and the fastest load show how far the median can be trusted.
  const offScript = m(off, (r) => r.load.script);
  const loads = on.map((r) => r.load.script - offScript);
  const spread = `middle half ${f(quantile(loads, 0.25))} to ${f(quantile(loads, 0.75))}, fastest ${f(Math.min(...loads))}`;
  return [
    `${label}: badges ${badgeRange(on)} (on) / ${badgeRange(off)} (off)`,
    `  load: ${f(addedScript)} ms script (${spread}), ${f(addedTask)} ms task (target < 10)`,
    `  per mutation batch: ${f(batchScript)} ms script, ${f(batchTask)} ms task (target < 0.5)`,
    `  idle ${IDLE_MS / 1000} s: ${f(idleScript)} ms script, ${f(idleTask)} ms task (target 0)`,
  ].join('\n');
}

// Mutations like the webmails' own: Gmail updates a relative timestamp in a header and appends to a
// body; OWA re-renders a list row. Run as page scripts, identical with the extension on and off.
const GMAIL_MUTATION = `(i) => {
  const stamps = document.querySelectorAll('span.g3');
  const s = stamps[i % stamps.length]; if (s) s.textContent = (i + 1) + ' minutes ago';
  const bodies = document.querySelectorAll('div.a3s');
  const b = bodies[(i * 7) % bodies.length]; if (b) { const p = document.createElement('p'); p.textContent = 'x'; b.append(p); }
}`;
const OUTLOOK_MUTATION = `(i) => {
  const rows = document.querySelectorAll('[role=option]');
  const r = rows[i % rows.length];
  if (r) { const copy = r.cloneNode(true); copy.querySelector('span').textContent = 'Sender ' + i + ' (updated)'; r.replaceWith(copy); }
}`;

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

export async function runPageBench(): Promise<BenchResult> {
  const rounds = Number(option('rounds') ?? 21);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds wants a whole number of loads');
  const builds = [extensionDir, ...(option('compare')?.split(',').filter(Boolean) ?? [])].map((dir) =>
    path.resolve(dir),
  );
  for (const dir of builds) {
    if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
      return { name: 'page', summary: `skipped: no built extension in ${dir} (run \`npx wxt build\` first)` };
    }
  }
  const scenarios = [
    {
      label: 'Gmail 100-message thread',
      url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWTkWqLmNpRsTvBcDfGhJkLm',
      html: gmailThread(),
      mutate: GMAIL_MUTATION,
    },
    {
      label: 'Outlook 200-row list + open bounce',
      url: 'https://outlook.office.com/mail/inbox/id/AQMkADAwATM0MDAAMS1iNjk0LTYzYjctMDACLTAw0001AAAA%3D%3D',
      html: outlookList(),
      mutate: OUTLOOK_MUTATION,
    },
  ];
  const variants: Variant[] = [];
  const lines: string[] = [];
  try {
    variants.push(await launch('off', null));
    for (const dir of builds) {
      const inRepo = path.relative(repoRoot, dir);
      variants.push(await launch(inRepo.startsWith('..') ? dir : inRepo, dir));
    }
    for (const s of scenarios) {
      const runs = new Map<Variant, Run[]>(variants.map((v) => [v, []]));
      for (const v of variants) await serve(v.context, s.url, s.html);
      // Interleaved, every other round in reverse order, so load on the shared machine and any
      // drift over the run hit every build alike.
      for (let r = 0; r < rounds; r++) {
        const order = r % 2 === 0 ? variants : [...variants].reverse();
        for (const v of order) runs.get(v)?.push(await runOnce(v.context, s.url, s.mutate, r < FULL_ROUNDS));
      }
      const off = runs.get(variants[0] as Variant) ?? [];
      for (const v of variants.slice(1)) {
        lines.push(summarise(builds.length > 1 ? `${s.label} [${v.name}]` : s.label, runs.get(v) ?? [], off));
      }
    }
  } finally {
    for (const v of variants) {
      await v.context.close();
      fs.rmSync(v.dir, { recursive: true, force: true });
    }
  }
  return {
    name: 'page',
    summary: `median of ${rounds} loads each (batches and idle: the first ${Math.min(rounds, FULL_ROUNDS)}), extension on minus off, page main thread only\n${lines.join('\n')}`,
  };
}
