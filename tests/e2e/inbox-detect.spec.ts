// Badges on the fixture pages, served at the real webmail origins so the manifest's own match
// patterns decide where the content scripts run. Expected values are the bounce's facts (codes
// printed in it) and the cause the knowledge base defines for that situation.
import { expect, test } from './harness';
import { badgeButton, badges, GMAIL_THREAD, OWA_ITEM, openFixture, panel, settle, watchConsole } from './inbox-helpers';

// reason: null where the reason label is a fine point of the reference classifier's vocabulary
// (e.g. it files Gmail's NXDOMAIN notice under networkerror); the cause is what the user sees.
interface Case {
  fixture: string;
  url: string;
  reason: string | null;
  cause: string;
  status: string;
  replyCode: string;
}

const CASES: Case[] = [
  {
    fixture: 'gmail/address-not-found.html',
    url: GMAIL_THREAD,
    reason: 'userunknown',
    cause: 'recipient-address-unknown',
    status: '5.1.1',
    replyCode: '550',
  },
  {
    fixture: 'gmail/message-blocked.html',
    url: GMAIL_THREAD,
    reason: null,
    cause: 'recipient-dbeb-rejected',
    status: '5.4.1',
    replyCode: '550',
  },
  {
    fixture: 'gmail/relay-denied.html',
    url: GMAIL_THREAD,
    reason: 'norelaying',
    cause: 'recipient-domain-not-hosted',
    status: '5.7.1',
    replyCode: '554',
  },
  {
    fixture: 'gmail/send-mail-as.html',
    url: GMAIL_THREAD,
    reason: null,
    cause: 'gmail-send-mail-as-failed',
    status: '',
    replyCode: '',
  },
  {
    fixture: 'gmail/delivery-incomplete.html',
    url: GMAIL_THREAD,
    reason: null,
    cause: 'delivery-delayed',
    status: '',
    replyCode: '',
  },
  {
    fixture: 'gmail/m365-preview-pane.html',
    url: GMAIL_THREAD,
    reason: 'mailboxfull',
    cause: 'mailbox-full',
    status: '5.2.2',
    replyCode: '554',
  },
  {
    fixture: 'gmail/postfix.html',
    url: GMAIL_THREAD,
    reason: 'userunknown',
    cause: 'recipient-address-unknown',
    status: '5.1.1',
    replyCode: '550',
  },
  {
    fixture: 'gmail/qmail-rcpthosts.html',
    url: GMAIL_THREAD,
    reason: 'norelaying',
    cause: 'recipient-domain-not-hosted',
    status: '5.7.1',
    replyCode: '553',
  },
  {
    fixture: 'gmail/dark-theme.html',
    url: GMAIL_THREAD,
    reason: null,
    cause: 'domain-not-found',
    status: '',
    replyCode: '',
  },
  {
    fixture: 'outlook/m365-5-1-10.html',
    url: OWA_ITEM('outlook.office.com'),
    reason: 'userunknown',
    cause: 'recipient-address-unknown',
    status: '5.1.10',
    replyCode: '550',
  },
  {
    fixture: 'outlook/m365-5-7-520.html',
    url: OWA_ITEM('outlook.office365.com'),
    reason: null,
    cause: 'm365-external-forwarding-blocked',
    status: '5.7.520',
    replyCode: '550',
  },
  {
    fixture: 'outlook/m365-5-4-1.html',
    url: OWA_ITEM('outlook.cloud.microsoft'),
    reason: null,
    cause: 'recipient-dbeb-rejected',
    status: '5.4.1',
    replyCode: '550',
  },
  {
    fixture: 'outlook/old-layout-full-page.html',
    url: 'https://outlook.office.com/mail/id/AQMkADAwATM0MDAAMS1iNjk0LTYzYjctMDACLTAw0004AAAA%3D%3D',
    reason: 'userunknown',
    cause: 'recipient-address-unknown',
    status: '5.1.1',
    replyCode: '550',
  },
  {
    fixture: 'outlook/outlook-com-consumer.html',
    url: 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATZiZmYAZC1hNmZhLTFmNzEtMDACLTAwCgAQAKt6Ww%3D%3D',
    reason: 'userunknown',
    cause: 'recipient-address-unknown',
    status: '5.1.1',
    replyCode: '550',
  },
  {
    fixture: 'outlook/other-server-exim.html',
    url: OWA_ITEM('outlook.office.com'),
    reason: 'mesgtoobig',
    cause: 'message-too-large',
    status: '5.3.4',
    replyCode: '552',
  },
  {
    fixture: 'outlook/dark-theme.html',
    url: OWA_ITEM('outlook.office.com'),
    reason: 'mailboxfull',
    cause: 'mailbox-full',
    status: '5.2.2',
    replyCode: '554',
  },
  {
    fixture: 'outlook/popout.html',
    url: 'https://outlook.office.com/mail/deeplink/read/AQMkADAwATM0MDAAMS1iNjk0LTYzYjctMDACLTAw0001AAAA%3D%3D',
    reason: 'userunknown',
    cause: 'recipient-address-unknown',
    status: '5.1.10',
    replyCode: '550',
  },
];

for (const c of CASES) {
  test(`one badge on ${c.fixture}`, async ({ context, page }) => {
    const errors = watchConsole(page);
    await openFixture(context, page, c.url, c.fixture);
    const badge = badges(page);
    // The first analysis of a session wakes the background worker: allow for a busy machine.
    await expect(badge).toHaveCount(1, { timeout: 15_000 });
    if (c.reason) await expect(badge).toHaveAttribute('data-reason', c.reason);
    else await expect(badge).toHaveAttribute('data-reason', /^[a-z]+$/);
    await expect(badge).toHaveAttribute('data-cause', c.cause);
    await expect(badge).toHaveAttribute('data-status', c.status);
    await expect(badge).toHaveAttribute('data-reply-code', c.replyCode);
    // A real button with a short accessible name, placed in the bounce's own header.
    const button = badge.getByRole('button');
    await expect(button).toHaveAccessibleName(/\S/);
    expect(((await button.textContent()) ?? '').trim().length).toBeLessThan(48);
    await settle(page);
    await expect(badge).toHaveCount(1);
    expect(errors).toEqual([]);
  });
}

test('the badge sits in the header of the bounce, not of the original it is threaded under', async ({
  context,
  page,
}) => {
  await openFixture(context, page, GMAIL_THREAD, 'gmail/address-not-found.html');
  await expect(badges(page)).toHaveCount(1);
  const owner = await badges(page).evaluate((el) => el.closest('[data-message-id]')?.getAttribute('data-message-id'));
  expect(owner).toBe('#msg-f:1811111111222222222');
});

test('the consumer conversation badges only the bounce, not the collapsed original', async ({ context, page }) => {
  await openFixture(
    context,
    page,
    'https://outlook.live.com/mail/0/inbox/id/AQQk%3D%3D',
    'outlook/outlook-com-consumer.html',
  );
  await expect(badges(page)).toHaveCount(1);
  const expanded = await badges(page).evaluate((el) =>
    el.closest('[data-app-section="ItemContainer"]')?.getAttribute('aria-expanded'),
  );
  expect(expanded).toBe('true');
});

for (const [fixture, url] of [
  ['gmail/normal-quoting-code.html', GMAIL_THREAD],
  ['outlook/normal-quoting-code.html', OWA_ITEM('outlook.office.com')],
] as const) {
  test(`no badge on ordinary mail quoting an SMTP code (${fixture})`, async ({ context, page }) => {
    const errors = watchConsole(page);
    await openFixture(context, page, url, fixture);
    await settle(page);
    await expect(badges(page)).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

// OWA's "Open in new window" starts an about:blank window that the opener fills in (README §2.8):
// the manifest's match_about_blank makes Chromium run the Outlook script there (without it this
// test finds no badge). The window's URL says nothing about the account, so the panel's settings
// links must still point at the opener's Outlook host.
for (const host of ['outlook.office.com', 'outlook.live.com']) {
  test(`an about:blank pop-out driven by its opener gets a badge and a working panel (${host})`, async ({
    context,
    page,
  }) => {
    const errors = watchConsole(page);
    await openFixture(context, page, OWA_ITEM(host), 'outlook/m365-5-7-520.html');
    await expect(badges(page)).toHaveCount(1);
    const [popout] = await Promise.all([
      page.waitForEvent('popup'),
      page.evaluate(() => {
        (window as unknown as { popout: Window | null }).popout = window.open(
          '',
          'owa-popout',
          'width=1000,height=800',
        );
      }),
    ]);
    const popoutErrors = watchConsole(popout);
    // Project the open item into the window as OWA does, minus our own badge.
    await page.evaluate(() => {
      const item = document.querySelector('[data-app-section="ItemContainer"]')?.cloneNode(true) as Element;
      for (const own of item.querySelectorAll('[data-bounce-lens]')) own.remove();
      const w = (window as unknown as { popout: Window }).popout;
      w.document.title = document.title;
      w.document.body.innerHTML = `<div id="app">${item.outerHTML}</div>`;
    });
    await expect(badges(popout)).toHaveCount(1);
    await expect(badges(popout)).toHaveAttribute('data-cause', 'm365-external-forwarding-blocked');
    await expect(badges(popout)).toHaveAttribute('data-status', '5.7.520');

    await badgeButton(popout).click();
    const p = panel(popout);
    await expect(p).toBeVisible();
    const forwarding = p.locator('a[href*="/options/mail/forwarding"]').first();
    await expect(forwarding).toHaveAttribute('href', new RegExp(`^https://${host.replaceAll('.', '\\.')}/mail/`));
    await popout.keyboard.press('Escape');
    await expect(p).toHaveCount(0);
    await expect(badgeButton(popout)).toBeFocused();
    expect([...errors, ...popoutErrors]).toEqual([]);
  });
}
