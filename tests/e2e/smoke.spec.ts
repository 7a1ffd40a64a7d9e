import { expect, test } from './harness';

test('the built extension loads and its popup opens from its own origin', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { name: 'Bounce Lens' })).toBeVisible();
});
