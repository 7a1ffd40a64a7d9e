// @vitest-environment happy-dom
// The site adapters against the stored, dated fixture pages (tests/fixtures/pages): each selector
// must find what the page variant shows, and nothing from inside the message body.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { passesPrecheck } from '../../../content/runtime';
import type { SiteAdapter } from '../../../content/site';
import { gmail } from '../../../content/sites/gmail/adapter';
import * as gmailSelectors from '../../../content/sites/gmail/selectors';
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

/** The messages the runtime's full reading sends on to the engine (readMessage + pre-check). */
function passing(adapter: SiteAdapter): Element[] {
  return adapter.findMessages(document).filter((element) => {
    const view = adapter.readMessage(element);
    return view !== null && passesPrecheck(view);
  });
}

const gmailPages = fs.readdirSync(path.join(pagesDir, 'gmail')).map((file) => `gmail/${file}`);

/** A Gmail thread of `senders`, one message each: [email, name] (null: attribute left out). */
function gmailThread(senders: Array<[string | null, string | null]>, subject = 'Quarterly report'): Element[] {
  const attr = (name: string, value: string | null) => (value === null ? '' : ` ${name}="${value}"`);
  document.body.innerHTML = `<div role="main"><h2 class="hP">${subject}</h2>${senders
    .map(
      ([email, name], i) =>
        `<div class="adn ads" data-message-id="#msg-f:${i}"><h3 class="iw"><span class="gD"${attr('email', email)}${attr('name', name)}>${name ?? 'x'}</span></h3><div class="ii gt"><div class="a3s">Hello ${i}</div></div></div>`,
    )
    .join('')}</div>`;
  return [...document.querySelectorAll('div.adn')];
}

describe('Gmail: the likely bounces of a page', () => {
  // On these pages a bounce is alone in its thread ("Delivery Status Notification (Failure)",
  // "failure notice", …), and a bounce subject asks for the full reading. (The navigation page
  // shows its threads only once its router runs.)
  const alone = new Set(
    [
      'delivery-incomplete',
      'm365-preview-pane',
      'message-blocked',
      'postfix',
      'qmail-rcpthosts',
      'relay-denied',
      'send-mail-as',
    ].map((name) => `gmail/${name}.html`),
  );
  it.each(gmailPages)('finds every message of %s that the full reading passes', (file) => {
    load(file);
    const likely = gmail.findLikelyBounces?.(document);
    if (alone.has(file)) {
      expect(likely).toBeNull();
      return;
    }
    expect(likely).not.toBeNull();
    for (const element of passing(gmail)) expect(likely).toContain(element);
    expect(likely).toHaveLength(passing(gmail).length);
  });

  it('finds the bounce of a thread and leaves the original message unread', () => {
    load('gmail/address-not-found.html');
    const likely = gmail.findLikelyBounces?.(document);
    expect(likely?.map((el) => el.getAttribute('data-message-id'))).toEqual(['#msg-f:1811111111222222222']);
    expect(passing(gmail)).toEqual(likely);
  });

  it.each([
    ['mailer-daemon@googlemail.com', 'Mail Delivery Subsystem', true],
    ['MAILER-DAEMON@mail.example.org', 'MAILER-DAEMON', true],
    ['Postmaster@example.org', 'Postmaster', true],
    ['MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.onmicrosoft.com', 'Microsoft Outlook', true],
    ['noreply@example.org', '  Mail Delivery System ', true],
    ['alerts@example.org', 'MICROSOFT EXCHANGE', true],
    ['', 'Some Gateway', true],
    ['alice@example.org', null, false],
  ])('keeps the sender "%s" / "%s" among the likely bounces (pre-check passes: %s)', (email, name, passes) => {
    const [, odd] = gmailThread([
      ['carol@example.org', 'Carol'],
      [email, name],
    ]);
    document.querySelectorAll('div.a3s')[1]!.textContent = 'Delivery has failed to these recipients or groups';
    expect(passing(gmail)).toEqual(passes ? [odd] : []);
    expect(gmail.findLikelyBounces?.(document)).toEqual([odd]);
  });

  it('finds nothing to read in a thread of ordinary mail', () => {
    gmailThread([
      ['carol@example.org', 'Carol'],
      ['dan@example.org', 'Dan Mailer'],
    ]);
    expect(gmail.findLikelyBounces?.(document)).toEqual([]);
    expect(passing(gmail)).toEqual([]);
  });

  it('asks for the full reading when a subject reads like a bounce', () => {
    gmailThread([['carol@example.org', 'Carol']], 'Undeliverable: Contract draft');
    expect(gmail.findLikelyBounces?.(document)).toBeNull();
  });

  it.each([
    ['h2.hP', '<h2 class="hP">'],
    ['.ha h2', '<div class="ha"><h2>'],
    ['h2[data-thread-perm-id]', '<h2 data-thread-perm-id="thread-f:1">'],
    ['h2[data-legacy-thread-id]', '<h2 data-legacy-thread-id="18a">'],
  ])('asks for the full reading when a subject found by %s reads like a bounce', (_selector, open) => {
    gmailThread([['carol@example.org', 'Carol']], 'Quarterly report');
    document.querySelector('h2.hP')!.remove();
    const close = open.startsWith('<div') ? '</h2></div>' : '</h2>';
    document.querySelector('[role="main"]')!.insertAdjacentHTML('afterbegin', `${open}Undeliverable: Contract${close}`);
    expect(gmail.findLikelyBounces?.(document)).toBeNull();
  });

  it('looks for subjects among the h2s only, which is where every subject selector points', () => {
    for (const selector of gmailSelectors.SUBJECT) expect(selector.split(/[\s>+~]+/).at(-1)).toMatch(/^h2(?![\w-])/);
  });

  it('asks for the full reading when a message has no span.gD sender', () => {
    const [, second] = gmailThread([
      ['carol@example.org', 'Carol'],
      ['mailer-daemon@example.org', 'Mail Delivery System'],
    ]);
    second!.querySelector('span.gD')!.classList.remove('gD');
    expect(gmail.findLikelyBounces?.(document)).toBeNull();
    expect(passing(gmail)).toEqual([second]);
  });

  it('asks for the full reading when a message is found only by a fallback selector', () => {
    const [, second] = gmailThread([
      ['carol@example.org', 'Carol'],
      ['mailer-daemon@example.org', 'Mail Delivery System'],
    ]);
    second!.removeAttribute('data-message-id');
    expect(gmail.findLikelyBounces?.(document)).toBeNull();
  });

  it('finds each message once and in page order, whichever selector matches it', () => {
    const [first, second, third] = gmailThread([
      ['a@example.org', 'A'],
      ['b@example.org', 'B'],
      ['c@example.org', 'C'],
    ]);
    first!.classList.remove('adn');
    first!.setAttribute('data-legacy-message-id', '1');
    third!.removeAttribute('data-message-id');
    const union = new Set(gmailSelectors.MESSAGE_PARTS.flatMap((s) => [...document.querySelectorAll(s)]));
    expect(union.size).toBe(3);
    expect(gmail.findMessages(document)).toEqual([first, second, third]);
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
