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

// What the old script reacts to after the reload: the user moves to another thread (with the
// panel open), or clicks the old badge.
const CASES = [
  {
    name: 'the old badge and open panel leave the page at its next change',
    openPanel: true,
    act: (page: Page) =>
      page.evaluate(() => {
        location.hash = '#inbox';
      }),
  },
  {
    name: 'a click on the old badge removes it instead of failing',
    openPanel: false,
    act: (page: Page) => badgeButton(page).click(),
  },
];

for (const c of CASES) {
  test(`after an extension reload, ${c.name}`, async ({ context, page, extensionId }) => {
    const errors = watchConsole(page);
    await openFixture(context, page, GMAIL_THREAD, 'gmail/address-not-found.html');
    await expect(badges(page)).toHaveCount(1);
    if (c.openPanel) {
      await badgeButton(page).click();
      await expect(panel(page)).toBeVisible();
    }
    await reloadExtension(context, extensionId);
    await c.act(page);
    await expect(badges(page)).toHaveCount(0);
    await expect(panel(page)).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}
