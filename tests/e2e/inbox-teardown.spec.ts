// An extension update or reload leaves the old content script in every open webmail tab with its
// extension context gone: its badges and panel must leave the page at the next change, and nothing
// may throw into the page (issue 5: "torn down when the extension is reloaded or disabled").
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './harness';
import { badgeButton, badges, GMAIL_THREAD, openFixture, panel, watchConsole } from './inbox-helpers';

interface ExtensionGlobal {
  chrome: { runtime: { reload(): void } };
}

async function reloadExtension(context: BrowserContext, extensionId: string): Promise<void> {
  const other = await context.newPage();
  await other.goto(`chrome-extension://${extensionId}/popup.html`);
  // The extension's own pages close as it reloads.
  await Promise.all([
    other.waitForEvent('close'),
    other.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.runtime.reload()).catch(() => {}),
  ]);
}

/** The user moves to another thread: the kind of change the content script reacts to. */
async function navigate(page: Page): Promise<void> {
  await page.evaluate(() => {
    location.hash = '#inbox';
  });
}

test('after an extension reload, the old badge and open panel leave the page at its next change', async ({
  context,
  page,
  extensionId,
}) => {
  const errors = watchConsole(page);
  await openFixture(context, page, GMAIL_THREAD, 'gmail/address-not-found.html');
  await badgeButton(page).click();
  await expect(panel(page)).toBeVisible();
  await reloadExtension(context, extensionId);
  await navigate(page);
  await expect(badges(page)).toHaveCount(0);
  await expect(panel(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('after an extension reload, a click on the old badge removes it instead of failing', async ({
  context,
  page,
  extensionId,
}) => {
  const errors = watchConsole(page);
  await openFixture(context, page, GMAIL_THREAD, 'gmail/address-not-found.html');
  await expect(badges(page)).toHaveCount(1);
  await reloadExtension(context, extensionId);
  await badgeButton(page).click();
  await expect(badges(page)).toHaveCount(0);
  await expect(panel(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});
