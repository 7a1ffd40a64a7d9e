// `npm run demo`: builds the extension and opens it in Chromium on an offline demo mailbox.
// The pages are served at the real webmail origins by the same route mechanism as the end-to-end
// tests (tests/e2e/harness.ts), so the manifest's own match patterns decide where Bounce Lens runs,
// and every other request is refused: the demo never touches the network.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionIdFor, launchWithExtension, repoRoot, serveFixtures } from '../tests/e2e/harness';
import { DEMO_PAGES, type DemoPage, POPUP_SAMPLE } from './demo/pages';

const HELP = `Usage: npm run demo [-- options]

Builds the extension (npx wxt build) and opens Chromium with it loaded on an offline demo
mailbox: Gmail-like and Outlook-like pages at their real addresses holding real-looking bounces.
Click a badge to see the explanation. Nothing is sent to the network.

Options:
  --headless   No window: save a screenshot of every demo page with its panel open to
               test-results/demo/ and exit. The default when there is no display.
  --no-build   Use the extension already built in .output/chrome-mv3.
  -h, --help   Show this text.

Chromium: $BOUNCE_LENS_BROWSER, else /usr/bin/chromium, else Playwright's own browser.`;

const outDir = path.join(repoRoot, 'test-results/demo');

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(1);
}

function build(): void {
  console.log('demo: building the extension (npx wxt build)…');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const result = spawnSync(npx, ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) fail('the build failed; see its output above.');
}

function hasDisplay(): boolean {
  // Only Linux can lack one; macOS and Windows always have a window server.
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

// The windowed demo's start page: every demo page, by webmail. Served like the pages themselves,
// at a host that cannot exist on the network (RFC 2606 .invalid).
const INDEX_URL = 'https://demo.bounce-lens.invalid/';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function indexPage(): string {
  const items = DEMO_PAGES.map((demo) => `<li><a href="${escapeHtml(demo.url)}">${escapeHtml(demo.title)}</a></li>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bounce Lens demo mailbox</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;color-scheme:light dark}</style>
</head><body><h1>Bounce Lens demo mailbox</h1>
<p>Each link opens a bounce in a Gmail-like or Outlook-like page at the webmail's real address, served
offline by this demo. Bounce Lens puts a badge on the bounce: click it for the explanation. The last tab
is the toolbar popup: paste a bounce or an error message there, or drop an .eml file.</p>
<ul>${items.join('\n')}</ul></body></html>`;
}

/**
 * A copy of the fixture page with the demo's look-alike stylesheet added; the markup the content
 * script reads stays exactly the fixture's.
 */
function dressed(demo: DemoPage, dir: string): string {
  const css = fs.readFileSync(path.join(import.meta.dirname, 'demo', `${demo.webmail}.css`), 'utf8');
  const html = fs.readFileSync(demo.file, 'utf8');
  const style = `<style data-demo-look>${css}</style>`;
  const file = path.join(dir, `${demo.id}.html`);
  fs.writeFileSync(file, html.includes('</head>') ? html.replace('</head>', `${style}</head>`) : style + html);
  return file;
}

async function mailbox(headless: boolean): Promise<{ context: BrowserContext; profile: string }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-demo-'));
  const index = path.join(profile, 'demo-index.html');
  fs.writeFileSync(index, indexPage());
  const context = await launchWithExtension(profile, [], { headless });
  // Registered first, so it runs last: only the demo pages below are answered, the rest refused.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  const pages = DEMO_PAGES.map((demo) => [demo.url, dressed(demo, profile)] as const);
  await serveFixtures(context, [[INDEX_URL, index], ...pages]);
  return { context, profile };
}

/** Opens one demo page, clicks its first badge and saves the page with the panel open. */
async function screenshot(page: Page, demo: DemoPage, index: number): Promise<string> {
  await page.goto(demo.url);
  const badge = page.locator('[data-bounce-lens="badge"]').first();
  await badge.waitFor({ state: 'visible', timeout: 20_000 });
  await badge.locator('button').first().click();
  await page.locator('[data-bounce-lens="panel"]').first().waitFor({ state: 'visible', timeout: 10_000 });
  const file = path.join(outDir, `${String(index + 1).padStart(2, '0')}-${demo.id}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The popup as a tab, with an Outlook send error pasted in. */
async function screenshotPopup(page: Page): Promise<string> {
  await page.goto(`chrome-extension://${extensionIdFor()}/popup.html`);
  await page.getByLabel('Paste a bounce or an error message').fill(POPUP_SAMPLE);
  await page.getByRole('button', { name: 'Explain' }).click();
  await page.locator('[data-bounce-lens="panel"]').waitFor({ state: 'visible', timeout: 10_000 });
  const file = path.join(outDir, `${String(DEMO_PAGES.length + 1).padStart(2, '0')}-popup.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

async function runHeadless(): Promise<void> {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const { context, profile } = await mailbox(true);
  const failures: string[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Tall enough that an open panel shows its fix steps without scrolling; wide enough (a common
    // laptop width) for the message to sit beside the open panel, as the look-alike CSS lays it out.
    await page.setViewportSize({ width: 1440, height: 1000 });
    for (const [index, demo] of DEMO_PAGES.entries()) {
      try {
        const file = await screenshot(page, demo, index);
        console.log(`  ${path.relative(process.cwd(), file)}  ${demo.title}`);
      } catch (error) {
        failures.push(`${demo.title} (${demo.url}): ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      }
    }
    try {
      const file = await screenshotPopup(page);
      console.log(`  ${path.relative(process.cwd(), file)}  Popup: a pasted Outlook send error`);
    } catch (error) {
      failures.push(`the popup: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (failures.length > 0) fail(`no badge or panel on:\n  ${failures.join('\n  ')}`);
  console.log(`demo: ${DEMO_PAGES.length + 1} screenshots with the panel open in ${outDir}`);
}

async function runWindowed(): Promise<void> {
  const { context, profile } = await mailbox(false);
  const closed = new Promise<void>((resolve) => context.on('close', () => resolve()));
  // Ctrl+C in the terminal ends the demo as closing the window does, profile cleanup included.
  process.once('SIGINT', () => void context.close());
  const start = context.pages()[0] ?? (await context.newPage());
  await start.goto(INDEX_URL);
  // One bounce of each webmail open from the start, and the popup's paste-or-drop analyzer.
  const firstOf = (prefix: string) => DEMO_PAGES.find((demo) => demo.id.startsWith(prefix));
  for (const demo of [firstOf('gmail-'), firstOf('outlook-')]) {
    if (demo) await (await context.newPage()).goto(demo.url);
  }
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionIdFor()}/popup.html?tab`);
  await start.bringToFront();
  console.log(`demo: Chromium is open on the demo mailbox (${DEMO_PAGES.length} bounces, listed on its first tab):`);
  for (const demo of DEMO_PAGES) console.log(`  ${demo.title}`);
  console.log(
    'demo: click a badge to open its explanation; the last tab is the popup (paste a bounce or drop an .eml).',
  );
  console.log('demo: close the browser (or press Ctrl+C here) to end the demo.');
  await closed;
  fs.rmSync(profile, { recursive: true, force: true });
}

async function main(): Promise<void> {
  let values: { headless?: boolean; 'no-build'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        headless: { type: 'boolean' },
        'no-build': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : error}\n\n${HELP}`);
  }
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (!values['no-build']) build();
  const headless = values.headless || !hasDisplay();
  if (headless && !values.headless) console.log('demo: no display found, so running headless.');
  await (headless ? runHeadless() : runWindowed());
}

main().then(
  () => process.exit(0),
  (error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)),
);
