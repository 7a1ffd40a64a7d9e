// Shared steps of the inbox e2e tests: serve a fixture page at a real webmail URL, watch the
// console, and find the extension's badge and panel through the test-hook attributes.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { screenshotsDir, serveFixture } from './harness';

export const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWTkWqLmNpRsTvBcDfGhJkLm';
export const OWA_ITEM = (host: string, id = 'AQMkADAwATM0MDAAMS1iNjk0LTYzYjctMDACLTAw0001AAAA%3D%3D') =>
  `https://${host}/mail/inbox/id/${id}`;

/** Console errors and uncaught page errors, from the page and from the content script's world. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

export async function openFixture(context: BrowserContext, page: Page, url: string, fixture: string): Promise<void> {
  await serveFixture(context, url, path.join('pages', fixture));
  await page.goto(url);
}

export const badges = (page: Page): Locator => page.locator('[data-bounce-lens="badge"]');
export const panel = (page: Page): Locator => page.locator('[data-bounce-lens="panel"]');

/** The badge's button, inside the badge host's open shadow root. */
export const badgeButton = (page: Page): Locator => badges(page).getByRole('button');

/**
 * Absence can only be shown after the extension had its chance: wait until a marker the content
 * script sets on every page it runs on… there is none by design, so wait for two frames plus the
 * time a present badge takes in the positive tests (well under a second on this machine).
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(1200);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export async function keepPanelScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotsDir, `panel-${name}.png`) });
}
