// The explanation panel as users meet it: opened from the badge, read, used by keyboard, closed.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { isAllowedUrl } from '../../lib/causes';
import { expect, test } from './harness';
import {
  badgeButton,
  badges,
  GMAIL_THREAD,
  keepPanelScreenshot,
  OWA_ITEM,
  openFixture,
  panel,
  watchConsole,
} from './inbox-helpers';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function expectNoAxeViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page })
    .include('bounce-lens-badge')
    .include('bounce-lens-panel')
    .withTags(AXE_TAGS)
    // The fixture pages are not ours; only the extension's UI is checked.
    .disableRules(['region', 'landmark-one-main', 'page-has-heading-one'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a relay refusal in Gmail: headline, recipient, codes, who acts, Gmail steps first, technical details, copy', async ({
  context,
  page,
}) => {
  const errors = watchConsole(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://mail.google.com' });
  await openFixture(context, page, GMAIL_THREAD, 'gmail/relay-denied.html');
  await expect(badgeButton(page)).toHaveText(/\w/);
  await expect(badgeButton(page)).toHaveAttribute('aria-expanded', 'false');
  await badgeButton(page).click();

  const p = panel(page);
  await expect(p).toBeVisible();
  await expect(badgeButton(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(p.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(p.getByRole('heading', { level: 2 })).not.toBeEmpty();
  await keepPanelScreenshot(page, 'gmail-relay-denied');
  await expect(p).toContainText('orders@northwind-example.org');
  await expect(p).toContainText('Who has to act');
  // Each code the bounce printed, with its meaning.
  const codes = p.locator('.bl-codes');
  await expect(codes.locator('dt', { hasText: '5.7.1' })).toHaveCount(1);
  await expect(codes.locator('dt', { hasText: '554' })).toHaveCount(1);
  await expect(codes.locator('dd').first()).not.toBeEmpty();
  // The steps default to the webmail the user is in.
  const offered = await p.locator('select option').allTextContents();
  if (offered.some((o) => /Gmail on the web/.test(o))) {
    await expect(p.locator('ol.bl-steps').first()).toHaveAttribute('data-client', 'gmail-web');
  }
  // Links: allow-listed https only, none taken from the message.
  const hrefs = await p.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) {
    expect(href.startsWith('https://')).toBe(true);
    expect(isAllowedUrl(href)).toBe(true);
  }

  // Raw diagnostic lines behind the disclosure.
  const details = p.locator('details.bl-details');
  await expect(details.locator('pre')).toBeHidden();
  await details.locator('summary').click();
  await expect(details.locator('pre')).toContainText('Relay access denied');

  await p.getByRole('button', { name: 'Copy details for your admin' }).click();
  await expect(p.getByRole('status').last()).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('orders@northwind-example.org');
  expect(copied).not.toMatch(/<\/?(?:div|span|p|a|b|br|table|td|tr|img)\b[^>]*>/i);

  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('Escape closes the panel and focus returns to the badge; keys typed in the panel never reach the page', async ({
  context,
  page,
}) => {
  await openFixture(context, page, GMAIL_THREAD, 'gmail/address-not-found.html');
  await page.evaluate(() => {
    const w = window as unknown as { pageKeys: number };
    w.pageKeys = 0;
    // Stands in for Gmail's keyboard-shortcut handler on the document.
    document.addEventListener('keydown', () => {
      w.pageKeys++;
    });
  });
  await badgeButton(page).focus();
  await page.keyboard.press('Enter');
  const p = panel(page);
  await expect(p).toBeVisible();
  // Tab order: headline (focused on open) → close button → …
  await page.keyboard.press('Tab');
  await expect(p.getByRole('button', { name: 'Close explanation' })).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('r');
  await page.keyboard.press('Escape');
  await expect(p).toHaveCount(0);
  await expect(badgeButton(page)).toBeFocused();
  await expect(badgeButton(page)).toHaveAttribute('aria-expanded', 'false');
  expect(await page.evaluate(() => (window as unknown as { pageKeys: number }).pageKeys)).toBe(0);
  // The page's own shortcuts still work outside our UI.
  await page.locator('h2.hP').focus();
  await page.keyboard.press('j');
  expect(await page.evaluate(() => (window as unknown as { pageKeys: number }).pageKeys)).toBe(1);
});

test('the close button closes the panel, and a second click on the badge toggles it', async ({ context, page }) => {
  await openFixture(context, page, OWA_ITEM('outlook.office.com'), 'outlook/m365-5-1-10.html');
  await badgeButton(page).click();
  await expect(panel(page)).toBeVisible();
  await panel(page).getByRole('button', { name: 'Close explanation' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(badgeButton(page)).toBeFocused();
  await badgeButton(page).click();
  await expect(panel(page)).toBeVisible();
  await badgeButton(page).click();
  await expect(panel(page)).toHaveCount(0);
});

// Screen readers can activate a button with a bare click event: no pointer over it and no focus
// first. The badge's first frame is plain DOM that Preact takes over on pointer or focus, so this
// click is the one that must do both.
test('a click with no pointer or focus before it opens the panel', async ({ context, page }) => {
  const errors = watchConsole(page);
  await openFixture(context, page, GMAIL_THREAD, 'gmail/relay-denied.html');
  await expect(badgeButton(page)).toHaveText(/\w/);
  await badgeButton(page).evaluate((button) =>
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })),
  );
  await expect(panel(page)).toBeVisible();
  await expect(badgeButton(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(badgeButton(page)).toBeFocused();
  expect(errors).toEqual([]);
});

for (const [name, url, fixture, client] of [
  ['outlook-5-7-520', OWA_ITEM('outlook.office365.com'), 'outlook/m365-5-7-520.html', 'outlook-web'],
  ['outlook-5-1-10', OWA_ITEM('outlook.office.com'), 'outlook/m365-5-1-10.html', 'outlook-web'],
  ['outlook-dark', OWA_ITEM('outlook.office.com'), 'outlook/dark-theme.html', 'outlook-web'],
  ['gmail-dark', GMAIL_THREAD, 'gmail/dark-theme.html', 'gmail-web'],
  ['gmail-delay', GMAIL_THREAD, 'gmail/delivery-incomplete.html', 'gmail-web'],
  ['gmail-m365-preview-pane', GMAIL_THREAD, 'gmail/m365-preview-pane.html', 'gmail-web'],
] as const) {
  test(`panel content, theme and accessibility: ${name}`, async ({ context, page }) => {
    const errors = watchConsole(page);
    await openFixture(context, page, url, fixture);
    await badgeButton(page).click();
    const p = panel(page);
    await expect(p).toBeVisible();
    await expect(p.getByRole('heading', { level: 2 })).not.toBeEmpty();
    await expect(p).toContainText('Who has to act');
    await expect(p.locator('.bl-summary').first()).not.toBeEmpty();
    const steps = p.locator('ol.bl-steps');
    if ((await steps.count()) > 0) {
      const shown = await steps.first().getAttribute('data-client');
      const offered = await p.locator('select option').allTextContents();
      // The webmail's own steps come first whenever the explanation has them.
      if (offered.some((o) => /on the web/i.test(o))) expect(shown).toBe(client);
    }
    const dark = name.endsWith('dark');
    await expect(badges(page).locator('.bl')).toHaveClass(dark ? /bl-dark/ : /^(?!.*bl-dark)/);
    await expect(page.locator('bounce-lens-panel').locator('.bl-panel')).toHaveClass(
      dark ? /bl-dark/ : /^(?!.*bl-dark)/,
    );
    await keepPanelScreenshot(page, name);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}

test('message text reaches the panel only as text, never as markup', async ({ context, page }) => {
  const file = path.join(import.meta.dirname, '../fixtures/pages/gmail/postfix.html');
  const html = fs
    .readFileSync(file, 'utf8')
    .replace(
      'User unknown in local recipient table',
      '&lt;img src=x onerror=alert(1)&gt; User unknown in local recipient table',
    );
  const tmp = path.join(import.meta.dirname, '../../test-results/inbox-injection.html');
  fs.mkdirSync(path.dirname(tmp), { recursive: true });
  fs.writeFileSync(tmp, html);
  const { serveFixture } = await import('./harness');
  await serveFixture(context, GMAIL_THREAD, tmp);
  await page.goto(GMAIL_THREAD);
  await badgeButton(page).click();
  await panel(page).locator('details summary').click();
  await expect(panel(page).locator('pre')).toContainText('<img src=x onerror=alert(1)>');
  expect(await page.locator('bounce-lens-panel').evaluate((h) => h.shadowRoot?.querySelectorAll('img').length)).toBe(0);
});
