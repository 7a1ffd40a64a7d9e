// @vitest-environment happy-dom
// The site adapters against the stored, dated fixture pages (tests/fixtures/pages): each selector
// must find what the page variant shows, and nothing from inside the message body.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SiteAdapter } from '../../../content/site';
import { gmail } from '../../../content/sites/gmail/adapter';
import { outlook } from '../../../content/sites/outlook/adapter';

const pagesDir = path.resolve(import.meta.dirname, '../../fixtures/pages');

function load(file: string): void {
  const html = fs.readFileSync(path.join(pagesDir, file), 'utf8');
  // Inline <script> routers in the navigation fixtures are not needed here.
  document.documentElement.innerHTML = html.replace(/<script[\s\S]*?<\/script>/g, '');
}

function opened(adapter: SiteAdapter) {
  return adapter
    .findMessages(document)
    .map((el) => adapter.readMessage(el))
    .filter((v) => v !== null);
}

beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('Gmail adapter', () => {
  it('takes the subject from the preferred thread container, not the nearest one', () => {
    document.body.innerHTML = [
      '<div class="a98 iY"><h2 class="hP">Outer subject</h2>',
      '<div role="main"><h2 class="hP">Inner subject</h2>',
      '<div class="adn ads" data-message-id="#msg-f:1"><h3 class="iw"><span class="gD" email="a@example.org" name="A">A</span></h3></div>',
      '<div class="adn ads" data-message-id="#msg-f:2"><h3 class="iw"><span class="gD" email="b@example.org" name="B">B</span></h3></div>',
      '</div></div>',
    ].join('');
    expect(opened(gmail).map((v) => v.subject)).toEqual(['Outer subject', 'Outer subject']);
  });

  it('finds both messages of a thread and reads only the expanded one as having a body', () => {
    load('gmail/address-not-found.html');
    const views = opened(gmail);
    expect(views).toHaveLength(2);
    expect(views.map((v) => v.body !== null)).toEqual([false, true]);
    const bounce = views[1]!;
    expect(bounce.id).toBe('#msg-f:1811111111222222222');
    expect(bounce.senderAddress).toBe('mailer-daemon@googlemail.com');
    expect(bounce.senderName).toBe('Mail Delivery Subsystem');
    expect(bounce.subject).toBe('Quarterly report');
    expect(bounce.badgeAnchor.matches('h3')).toBe(true);
  });

  it('skips the hidden duplicate body Gmail keeps next to the visible one', () => {
    load('gmail/address-not-found.html');
    const bounce = opened(gmail)[1]!;
    expect(bounce.body?.closest('[style*="display:none"]')).toBeNull();
    expect(bounce.body?.textContent).toContain('Address not found');
  });

  it('reads the message in preview-pane mode', () => {
    load('gmail/m365-preview-pane.html');
    const [view] = opened(gmail);
    expect(view?.senderAddress).toBe('postmaster@contoso-example.com');
    expect(view?.senderName).toBe('Microsoft Outlook');
    expect(view?.subject).toBe('Undeliverable: Board pack for Thursday');
    expect(view?.body?.textContent).toContain('Status code: 554 5.2.2');
  });

  it('falls back to span[email] when the obfuscated sender class changes', () => {
    load('gmail/postfix.html');
    for (const el of document.querySelectorAll('span.gD')) el.classList.remove('gD');
    const [view] = opened(gmail);
    expect(view?.senderAddress).toBe('MAILER-DAEMON@mail.riverside-example.net');
  });

  it('maps a node inside a message back to that message', () => {
    load('gmail/address-not-found.html');
    const body = opened(gmail)[1]!.body!;
    const inner = body.querySelector('h2')!;
    expect(gmail.closestMessage(inner)?.getAttribute('data-message-id')).toBe('#msg-f:1811111111222222222');
  });
});

describe('Outlook adapter', () => {
  it.each([
    [
      'outlook/m365-5-1-10.html',
      'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso-example.com',
      'Undeliverable: Contract draft',
    ],
    ['outlook/old-layout-full-page.html', 'postmaster@contoso-example.com', 'Undeliverable: Licence renewal'],
    [
      'outlook/popout.html',
      'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso-example.com',
      'Undeliverable: Contract draft',
    ],
    [
      'outlook/other-server-exim.html',
      'Mailer-Daemon@mx.studio-example.org',
      'Mail delivery failed: returning message to sender',
    ],
  ])('reads sender, subject and body in %s', (file, address, subject) => {
    load(file);
    const views = opened(outlook);
    expect(views).toHaveLength(1);
    expect(views[0]?.senderAddress).toBe(address);
    expect(views[0]?.subject).toBe(subject);
    expect(views[0]?.body?.id).toMatch(/^UniqueMessageBody_/);
    expect(views[0]?.badgeAnchor.getAttribute('aria-label')).toMatch(/^From: /);
  });

  it('reads a conversation: the collapsed original has no body, the bounce does', () => {
    load('outlook/outlook-com-consumer.html');
    const views = opened(outlook);
    expect(views).toHaveLength(2);
    expect(views[0]?.body).toBeNull();
    expect(views[1]?.senderAddress).toBe('postmaster@outlook.com');
    expect(views[1]?.senderName).toBe('Microsoft Outlook');
  });

  it('takes the body parent as the message when no ItemContainer wraps the body (older builds)', () => {
    load('outlook/m365-5-1-10.html');
    const item = document.querySelector('[data-app-section="ItemContainer"]')!;
    item.removeAttribute('data-app-section');
    const views = opened(outlook);
    expect(views).toHaveLength(1);
    expect(views[0]?.body?.id).toBe('UniqueMessageBody_1');
    expect(views[0]?.senderAddress).toBe('MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso-example.com');
  });

  it('does not take a "From:" line inside the message body for the sender', () => {
    load('outlook/old-layout-full-page.html');
    const body = document.querySelector('[role="document"]')!;
    const fake = document.createElement('span');
    fake.id = 'x_FAKE_FROM';
    fake.setAttribute('aria-label', 'From: Evil <evil@example.com>');
    body.prepend(fake);
    for (const el of document.querySelectorAll('[id^="ITEM"][id$="_FROM"]')) el.remove();
    const [view] = opened(outlook);
    expect(view?.senderAddress).not.toBe('evil@example.com');
  });
});
