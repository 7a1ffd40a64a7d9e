import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page } from '@playwright/test';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
/** The built extension under test; $BOUNCE_LENS_EXTENSION_DIR points elsewhere (e.g. a second build). */
export const extensionDir = process.env.BOUNCE_LENS_EXTENSION_DIR
  ? path.resolve(process.env.BOUNCE_LENS_EXTENSION_DIR)
  : path.join(repoRoot, '.output/chrome-mv3');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures');
export const screenshotsDir = path.join(repoRoot, 'test-results/screenshots');

/**
 * Which Chromium runs the tests: $BOUNCE_LENS_BROWSER if set, else Debian's /usr/bin/chromium,
 * else Playwright's own browser (after `npx playwright install chromium` on machines that can).
 */
export function browserExecutable(): string | undefined {
  const fromEnv = process.env.BOUNCE_LENS_BROWSER;
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Launches Chromium with the built extension loaded, in a persistent profile (extensions need one).
 * Headless unless `headless: false` (the demo's window).
 */
export async function launchWithExtension(
  userDataDir: string,
  extraArgs: string[] = [],
  { headless = true }: { headless?: boolean } = {},
): Promise<BrowserContext> {
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const executablePath = browserExecutable();
  return chromium.launchPersistentContext(userDataDir, {
    headless,
    // In a window the page follows the window's size instead of a fixed 1280 × 720.
    ...(headless ? {} : { viewport: null }),
    ...(executablePath ? { executablePath } : {}),
    args: [...chromiumArgs(extensionDir), ...extraArgs],
  });
}

/** Chromium flags for every run here, with the extension built in folder `extension` loaded, or none. */
export function chromiumArgs(extension: string | null): string[] {
  return [
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    // The sandbox is closed to the network; these keep Chromium from trying to phone home.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}

/**
 * The id Chromium gives an unpacked extension: the first 32 hex digits of SHA-256 of its absolute
 * path, each digit written as a letter a–p. Deterministic, so no background page is needed.
 */
export function extensionIdFor(dir: string = extensionDir): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + Number.parseInt(d, 16))).join('');
}

/**
 * Serves a local fixture page at a real webmail URL, so the manifest's own match patterns decide
 * whether the content script runs. Every other request to that origin gets an empty 204.
 */
export async function serveFixture(context: BrowserContext, pageUrl: string, fixtureFile: string): Promise<void> {
  await serveFixtures(context, [[pageUrl, fixtureFile]]);
}

/**
 * serveFixture for several pages at once; pages may share an origin and even a path when their
 * queries differ (one route per origin, since a later route for the same origin would shadow the
 * earlier one). Used by the tests and the demo.
 */
export async function serveFixtures(
  context: BrowserContext,
  pages: ReadonlyArray<readonly [pageUrl: string, fixtureFile: string]>,
): Promise<void> {
  const byOrigin = new Map<string, Map<string, Buffer>>();
  for (const [pageUrl, fixtureFile] of pages) {
    const url = new URL(pageUrl);
    const body = fs.readFileSync(path.isAbsolute(fixtureFile) ? fixtureFile : path.join(fixturesDir, fixtureFile));
    const paths = byOrigin.get(url.origin) ?? new Map<string, Buffer>();
    paths.set(url.pathname + url.search, body);
    byOrigin.set(url.origin, paths);
  }
  for (const [origin, paths] of byOrigin) {
    await context.route(`${origin}/**`, (route) => {
      // Exact path and query first, so one path can serve several pages (?demo=…); then the path.
      const requested = new URL(route.request().url());
      const body = paths.get(requested.pathname + requested.search) ?? paths.get(requested.pathname);
      if (body && route.request().resourceType() === 'document') {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      }
      return route.fulfill({ status: 204, body: '' });
    });
  }
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  page: Page;
}

/**
 * Test fixture: a fresh profile with the extension per test, every other origin blocked (nothing
 * may leave the browser), and a screenshot of the last page kept under test-results/screenshots.
 */
export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object.
  context: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-e2e-'));
    const context = await launchWithExtension(dir);
    await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
    await use(context);
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  // biome-ignore lint/correctness/noEmptyPattern: see above.
  extensionId: async ({}, use) => {
    await use(extensionIdFor());
  },
  page: async ({ context }, use, testInfo) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
    fs.mkdirSync(screenshotsDir, { recursive: true });
    const name = testInfo.titlePath
      .slice(1)
      .join(' - ')
      .replace(/[^\w.-]+/g, '_');
    await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage: true }).catch(() => {});
  },
});

export { expect } from '@playwright/test';
