// Single-page navigation: the webmails swap their views without page loads; badges follow.
import { expect, test } from './harness';
import { badgeButton, badges, GMAIL_THREAD, OWA_ITEM, openFixture, panel, settle, watchConsole } from './inbox-helpers';

test('Gmail: moving to another thread replaces the badge, an ordinary thread has none', async ({ context, page }) => {
  const errors = watchConsole(page);
  await openFixture(context, page, GMAIL_THREAD, 'gmail/navigation.html');
  await expect(badges(page)).toHaveCount(1);
  await expect(badges(page)).toHaveAttribute('data-cause', 'recipient-address-unknown');
  await badgeButton(page).click();
  await expect(panel(page)).toBeVisible();

  await page.evaluate(() => {
    location.hash = '#inbox/FMfcgzQXJWTkWqLmNpRsTvBcDfGhQqQq';
  });
  await expect(badges(page)).toHaveCount(1);
  await expect(badges(page)).toHaveAttribute('data-cause', 'recipient-domain-not-hosted');
  // The panel belonged to the message that went away.
  await expect(panel(page)).toHaveCount(0);

  await page.evaluate(() => {
    location.hash = '#inbox/FMfcgzQXJWTkWqLmNpRsTvBcDfGhZzZz';
  });
  await expect(badges(page)).toHaveCount(0);

  await page.goBack();
  await expect(badges(page)).toHaveCount(1);
  await expect(badges(page)).toHaveAttribute('data-cause', 'recipient-domain-not-hosted');
  expect(errors).toEqual([]);
});

test('Outlook: selecting another message (pushState) replaces the badge', async ({ context, page }) => {
  const errors = watchConsole(page);
  await openFixture(
    context,
    page,
    OWA_ITEM('outlook.office.com', 'AQMkADAwATM0MDAAMS1iNjk0LTYzYjctMDACLTAw0011AAAA%3D%3D'),
    'outlook/navigation.html',
  );
  await expect(badges(page)).toHaveCount(1);
  await expect(badges(page)).toHaveAttribute('data-status', '5.1.10');

  await page.getByRole('option', { name: /Mail Delivery System/ }).click();
  await expect(page).toHaveURL(/0012AAAA/);
  await expect(badges(page)).toHaveCount(1);
  await expect(badges(page)).toHaveAttribute('data-cause', 'message-too-large');

  await page.getByRole('option', { name: /Maria Schulz/ }).click();
  await expect(badges(page)).toHaveCount(0);
  await settle(page);
  await expect(badges(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('re-rendering the same message keeps exactly one badge', async ({ context, page }) => {
  await openFixture(context, page, OWA_ITEM('outlook.office.com'), 'outlook/m365-5-1-10.html');
  await expect(badges(page)).toHaveCount(1);
  // OWA rebuilds the item on selection: the same content in a fresh element.
  await page.evaluate(() => {
    const item = document.querySelector('[data-app-section="ItemContainer"]')!;
    const copy = item.cloneNode(true) as Element;
    for (const host of copy.querySelectorAll('bounce-lens-badge')) host.remove();
    item.replaceWith(copy);
  });
  await expect(badges(page)).toHaveCount(1);
  // The page throws our badge away while keeping the message: it comes back, once.
  await page.evaluate(() => document.querySelector('bounce-lens-badge')?.remove());
  await expect(badges(page)).toHaveCount(1);
  // Collapsing the message (body gone) removes it.
  await page.evaluate(() => document.querySelector('[role="document"]')?.remove());
  await expect(badges(page)).toHaveCount(0);
});
