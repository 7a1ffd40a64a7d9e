import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, extensionIdFor, fixturesDir, launchWithExtension, serveFixture, test } from './harness';

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Bounce Lens settings' })).toBeVisible();
}

const saved = (page: Page) => expect(page.getByRole('status')).toHaveText('Saved');

test.describe('options page', () => {
  test('shows sensible defaults when nothing is configured', async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    await expect(page.getByRole('checkbox', { name: /Gmail/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Outlook on the web/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: /open the explanation when I click/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Same as my system' })).toBeChecked();
    await expect(page.getByLabel('I send mail with')).toHaveValue('');
  });

  test('saves each change at once and says so', async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    await expect(page.getByRole('status')).toHaveText('');
    await page.getByRole('checkbox', { name: /Outlook on the web/ }).uncheck();
    await saved(page);
    await page.reload();
    await expect(page.getByRole('checkbox', { name: /Outlook on the web/ })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Gmail/ })).toBeChecked();
  });

  test('keeps every change when several are made in quick succession', async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    await page.getByRole('checkbox', { name: /Gmail/ }).click();
    await page.getByRole('checkbox', { name: /Outlook on the web/ }).click();
    await page.getByRole('radio', { name: 'Dark' }).click();
    await page.getByLabel('I send mail with').selectOption('apple-mail');
    await saved(page);
    await page.reload();
    await expect(page.getByRole('checkbox', { name: /Gmail/ })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Outlook on the web/ })).not.toBeChecked();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(page.getByLabel('I send mail with')).toHaveValue('apple-mail');
  });

  test('works from the keyboard alone', async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    await page.getByRole('checkbox', { name: /Gmail/ }).focus();
    await page.keyboard.press('Space');
    await saved(page);
    await expect(page.getByRole('checkbox', { name: /Gmail/ })).not.toBeChecked();
    await page.getByRole('radio', { name: 'Same as my system' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
    await saved(page);
  });

  test('applies the theme to the page', async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    await page.getByRole('radio', { name: 'Dark' }).check();
    await saved(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(31, 31, 35)');
    await page.getByRole('radio', { name: 'Light' }).check();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  test('has no axe violations in either theme', async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole('radio', { name: 'Dark' }).check();
    await saved(page);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('shows changes made in another tab', async ({ page, context, extensionId }) => {
    await openOptions(page, extensionId);
    const other = await context.newPage();
    await openOptions(other, extensionId);
    await other.getByRole('radio', { name: /open the explanation automatically/ }).check();
    await saved(other);
    await expect(page.getByRole('radio', { name: /open the explanation automatically/ })).toBeChecked();
  });
});

test('settings survive a browser restart', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-restart-'));
  const extensionId = extensionIdFor();
  const launch = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await launchWithExtension(dir);
    await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
    const page = context.pages()[0] ?? (await context.newPage());
    await openOptions(page, extensionId);
    return { context, page };
  };
  try {
    const first = await launch();
    await first.page.getByRole('checkbox', { name: /Gmail/ }).uncheck();
    await saved(first.page);
    await first.page.getByRole('radio', { name: /open the explanation automatically/ }).check();
    await saved(first.page);
    await first.page.getByLabel('I send mail with').selectOption({ label: 'Thunderbird' });
    await saved(first.page);
    await first.page.getByRole('radio', { name: 'Dark' }).check();
    await saved(first.page);
    await first.context.close();

    const second = await launch();
    await expect(second.page.getByRole('checkbox', { name: /Gmail/ })).not.toBeChecked();
    await expect(second.page.getByRole('checkbox', { name: /Outlook on the web/ })).toBeChecked();
    await expect(second.page.getByRole('radio', { name: /open the explanation automatically/ })).toBeChecked();
    await expect(second.page.getByLabel('I send mail with')).toHaveValue('thunderbird');
    await expect(second.page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await second.context.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// One bounce page per webmail from the inbox helper's fixtures; their badges are what the switch hides.
const WEBMAIL_PAGES = [
  {
    webmail: 'Gmail',
    checkbox: /Gmail/,
    url: 'https://mail.google.com/mail/u/0/',
    file: path.join(fixturesDir, 'pages/gmail/address-not-found.html'),
  },
  {
    webmail: 'Outlook',
    checkbox: /Outlook on the web/,
    url: 'https://outlook.office.com/mail/inbox/id/AQMkADAwATM0MDAAMS1iNjk0LTYzYjctMDACLTAw0001AAAA%3D%3D',
    file: path.join(fixturesDir, 'pages/outlook/m365-5-1-10.html'),
  },
];

for (const { webmail, checkbox, url, file } of WEBMAIL_PAGES) {
  test.describe(`${webmail} follows the settings`, () => {
    test.skip(!fs.existsSync(file), `needs the fixture page ${path.relative(fixturesDir, file)}`);

    test(`turning ${webmail} off removes the badges, turning it on brings them back, without a reload`, async ({
      page,
      context,
      extensionId,
    }) => {
      await serveFixture(context, url, file);
      await page.goto(url);
      const badges = page.locator('[data-bounce-lens="badge"]');
      await expect(badges.first()).toBeVisible();
      const count = await badges.count();

      const options = await context.newPage();
      await openOptions(options, extensionId);
      await options.getByRole('checkbox', { name: checkbox }).uncheck();
      await saved(options);
      await expect(badges).toHaveCount(0);

      await options.getByRole('checkbox', { name: checkbox }).check();
      await saved(options);
      await expect(badges).toHaveCount(count);
    });

    test(`a page in ${webmail} opened while it is off shows no badges`, async ({ page, context, extensionId }) => {
      await openOptions(page, extensionId);
      await page.getByRole('checkbox', { name: checkbox }).uncheck();
      await saved(page);
      await serveFixture(context, url, file);
      const mail = await context.newPage();
      await mail.goto(url);
      // Give the content script the time it needs to badge (the test above shows that it does).
      await mail.waitForTimeout(1500);
      await expect(mail.locator('[data-bounce-lens="badge"]')).toHaveCount(0);
    });

    test(`auto-open opens the panel in ${webmail} without a click`, async ({ page, context, extensionId }) => {
      await openOptions(page, extensionId);
      await page.getByRole('radio', { name: /open the explanation automatically/ }).check();
      await saved(page);
      await serveFixture(context, url, file);
      const mail = await context.newPage();
      await mail.goto(url);
      await expect(mail.locator('[data-bounce-lens="panel"]')).toBeVisible();
    });
  });
}
