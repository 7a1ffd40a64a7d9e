// @vitest-environment happy-dom
// The runtime against stored fixture pages with the real engine; only the shadow-root UI is
// replaced (it needs the extension's own origin), by a marker element with the same test hooks.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buildReport, hookAttributes } from '../../../components/report';
import type { AnalyzeRequest } from '../../../content/engine-protocol';
import { type Runtime, startBounceLens } from '../../../content/runtime';
import type { SiteAdapter } from '../../../content/site';
import { gmail } from '../../../content/sites/gmail/adapter';
import { outlook } from '../../../content/sites/outlook/adapter';
import { analyzeText } from '../../../lib/analyze';

const mounted: Element[] = [];

vi.mock('../../../content/ui', () => ({
  BADGE_TAG: 'bounce-lens-badge',
  PANEL_TAG: 'bounce-lens-panel',
  logFailure: () => {},
  openPanel: () => ({ close() {} }),
  mountBadge(anchor: Element, append: 'after' | 'before', state: { report: Parameters<typeof hookAttributes>[0] }) {
    const host = document.createElement('bounce-lens-badge');
    host.setAttribute('data-bounce-lens', 'badge');
    for (const [k, v] of Object.entries(hookAttributes(state.report))) host.setAttribute(k, v);
    anchor.parentElement?.insertBefore(host, append === 'after' ? anchor.nextSibling : anchor);
    mounted.push(host);
    return {
      update(next: { report: Parameters<typeof hookAttributes>[0] }) {
        for (const [k, v] of Object.entries(hookAttributes(next.report))) host.setAttribute(k, v);
      },
      setExpanded() {},
      alive: () => host.isConnected,
      isAt: (el: Element) => el === anchor,
      focus() {},
      remove: () => host.remove(),
    };
  },
}));

const pagesDir = path.resolve(import.meta.dirname, '../../fixtures/pages');

function load(file: string): void {
  const html = fs.readFileSync(path.join(pagesDir, file), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  document.documentElement.innerHTML = html;
}

type FakeContext = ContentScriptContext & { invalidate(): void; listened: string[] };

function fakeContext(): FakeContext {
  const callbacks: Array<() => void> = [];
  const controller = new AbortController();
  const listened: string[] = [];
  return {
    isInvalid: false,
    signal: controller.signal,
    listened,
    addEventListener(target: EventTarget, type: string, handler: EventListener) {
      listened.push(type);
      target.addEventListener(type, handler, { signal: controller.signal });
    },
    onInvalidated(cb: () => void) {
      callbacks.push(cb);
      return () => {};
    },
    invalidate() {
      controller.abort();
      for (const cb of callbacks) cb();
    },
  } as unknown as FakeContext;
}

const settle = async () => {
  for (let i = 0; i < 6; i++) await new Promise((r) => setTimeout(r, 20));
};

let runtime: Runtime | null = null;
let requests: AnalyzeRequest[] = [];
let ctx: ReturnType<typeof fakeContext>;

function start(
  adapter: SiteAdapter,
  analyze = async (req: AnalyzeRequest) => buildReport(analyzeText(req.input), req.context),
) {
  ctx = fakeContext();
  runtime = startBounceLens(ctx, adapter, {
    analyze: (req) => {
      requests.push(req);
      return analyze(req);
    },
  });
}

/** A Gmail thread of 41 ordinary messages and, last, the bounce of address-not-found.html. */
function loadLongGmailThread(): void {
  load('gmail/address-not-found.html');
  const original = document.querySelector('div.adn')!;
  for (let i = 0; i < 40; i++) {
    const copy = original.cloneNode(true) as Element;
    copy.setAttribute('data-message-id', `#msg-f:${1000 + i}`);
    original.before(copy);
  }
}

const badges = () => document.querySelectorAll('[data-bounce-lens="badge"]');

beforeEach(() => {
  mounted.length = 0;
  requests = [];
  document.documentElement.innerHTML = '<head></head><body></body>';
});

afterEach(() => {
  runtime?.stop();
  runtime = null;
});

describe('the content-script runtime', () => {
  it('badges the bounce of a thread once, in its own header, and asks the engine once', async () => {
    load('gmail/address-not-found.html');
    start(gmail);
    await settle();
    expect(badges()).toHaveLength(1);
    const badge = badges()[0]!;
    expect(badge.closest('[data-message-id]')?.getAttribute('data-message-id')).toBe('#msg-f:1811111111222222222');
    expect(badge.getAttribute('data-cause')).toBe('recipient-address-unknown');
    expect(badge.getAttribute('data-status')).toBe('5.1.1');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.input.sender).toBe('Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
    expect(requests[0]?.context).toMatchObject({ webmail: 'gmail' });
  });

  it('does no engine work again for mutations that leave the text unchanged', async () => {
    load('gmail/address-not-found.html');
    start(gmail);
    await settle();
    for (const stamp of document.querySelectorAll('span.g3')) stamp.textContent = '5 minutes ago';
    document.body.append(document.createElement('div'));
    await settle();
    expect(requests).toHaveLength(1);
    expect(badges()).toHaveLength(1);
    expect(mounted).toHaveLength(1);
  });

  it('analyses again when the body text changes, keeping one badge', async () => {
    load('gmail/address-not-found.html');
    start(gmail);
    await settle();
    const body = document.querySelectorAll('div.a3s')[0]!;
    body.append(
      Object.assign(document.createElement('p'), {
        textContent: 'Final-Recipient: rfc822; bob.keller@example-corp.com',
      }),
    );
    await settle();
    expect(requests).toHaveLength(2);
    expect(badges()).toHaveLength(1);
  });

  it('reads a message again when the page changed it while its analysis was pending', async () => {
    load('gmail/address-not-found.html');
    let answer: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    start(gmail, async (req) => {
      if (requests.length === 1) await held;
      return buildReport(analyzeText(req.input), req.context);
    });
    await settle();
    expect(requests).toHaveLength(1);
    document
      .querySelectorAll('div.a3s')[0]!
      .append(Object.assign(document.createElement('p'), { textContent: 'Final-Recipient: rfc822; x@example.org' }));
    await settle();
    answer();
    await settle();
    expect(requests).toHaveLength(2);
    expect(requests[1]?.input.text).toContain('x@example.org');
    expect(badges()).toHaveLength(1);
  });

  it('reads only the likely bounces of a long Gmail thread on load', async () => {
    loadLongGmailThread();
    const reads = vi.spyOn(gmail, 'readMessage');
    start(gmail);
    await settle();
    expect(badges()).toHaveLength(1);
    expect(requests).toHaveLength(1);
    // The bounce alone: the 41 ordinary messages are passed over by one query, not read.
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
  });

  it('asks for the likely bounces once when a page scan has to read every message', async () => {
    loadLongGmailThread();
    // A bounce subject: the scan reads all 42 messages.
    document.querySelector('h2.hP')!.textContent = 'Undeliverable: Quarterly figures';
    const likely = vi.spyOn(gmail, 'findLikelyBounces');
    const reads = vi.spyOn(gmail, 'readMessage');
    start(gmail);
    await settle();
    expect(reads).toHaveBeenCalledTimes(42);
    expect(likely).toHaveBeenCalledTimes(1);
    expect(badges()).toHaveLength(1);
    reads.mockRestore();
    likely.mockRestore();
  });

  it('reads only the likely bounces of a long Gmail thread inserted after load', async () => {
    loadLongGmailThread();
    const thread = document.body.innerHTML;
    document.body.innerHTML = '';
    const reads = vi.spyOn(gmail, 'readMessage');
    start(gmail);
    await settle();
    expect(reads).not.toHaveBeenCalled();
    // Opening the conversation: Gmail inserts the whole thread at once.
    document.body.innerHTML = thread;
    await settle();
    expect(badges()).toHaveLength(1);
    expect(requests).toHaveLength(1);
    expect(reads).toHaveBeenCalledTimes(1);
    // A few messages changing later are read as before, without asking for the likely bounces.
    const likely = vi.spyOn(gmail, 'findLikelyBounces');
    for (const message of [...document.querySelectorAll('div.adn')].slice(0, 3))
      message.append(document.createElement('i'));
    await settle();
    expect(likely).not.toHaveBeenCalled();
    expect(reads).toHaveBeenCalledTimes(4);
    reads.mockRestore();
    likely.mockRestore();
  });

  it('shows an answered message from the reading it was asked about when nothing changed', async () => {
    load('outlook/m365-5-1-10.html');
    const reads = vi.spyOn(outlook, 'readMessage');
    start(outlook);
    await settle();
    expect(badges()).toHaveLength(1);
    expect(requests).toHaveLength(1);
    // One reading per message found; the answer is shown without reading the bounce again.
    expect(reads).toHaveBeenCalledTimes(outlook.findMessages(document).length);
    reads.mockRestore();
  });

  it('shows a re-rendered message from the analysis it already has', async () => {
    load('outlook/m365-5-1-10.html');
    start(outlook);
    await settle();
    expect(requests).toHaveLength(1);
    // OWA rebuilds the reading pane on selection: a new element with the same message in it.
    const item = document.querySelector('[data-app-section="ItemContainer"]')!;
    const copy = item.cloneNode(true) as Element;
    for (const badge of copy.querySelectorAll('bounce-lens-badge')) badge.remove();
    item.replaceWith(copy);
    await settle();
    expect(requests).toHaveLength(1);
    expect(badges()).toHaveLength(1);
    expect(copy.querySelector('[data-bounce-lens="badge"]')).not.toBeNull();
  });

  it('removes the badge when its message goes away', async () => {
    load('outlook/m365-5-1-10.html');
    start(outlook);
    await settle();
    expect(badges()).toHaveLength(1);
    document.querySelector('[data-app-section="ItemContainer"]')?.remove();
    await settle();
    expect(badges()).toHaveLength(0);
  });

  it('never sends ordinary mail to the engine, even when it quotes an SMTP code', async () => {
    load('outlook/normal-quoting-code.html');
    start(outlook);
    await settle();
    expect(requests).toHaveLength(0);
    expect(badges()).toHaveLength(0);
  });

  it('schedules nothing while the page is idle', async () => {
    load('gmail/address-not-found.html');
    start(gmail);
    await settle();
    const wait = window.setTimeout.bind(window);
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    const timeout = vi.spyOn(window, 'setTimeout');
    const interval = vi.spyOn(window, 'setInterval');
    await new Promise((r) => wait(r, 300));
    expect(raf).not.toHaveBeenCalled();
    expect(timeout).not.toHaveBeenCalled();
    expect(interval).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('contains a failing analysis: no badge, nothing thrown, not retried for the same text', async () => {
    load('gmail/relay-denied.html');
    start(gmail, async () => {
      throw new Error('worker gone');
    });
    await settle();
    for (const stamp of document.querySelectorAll('span.g3')) stamp.textContent = 'now';
    await settle();
    expect(badges()).toHaveLength(0);
    expect(requests).toHaveLength(1);
  });

  it('follows navigation without a polling timer, with or without the Navigation API', async () => {
    load('gmail/address-not-found.html');
    for (const navigationApi of [false, true]) {
      if (navigationApi) vi.stubGlobal('navigation', new EventTarget());
      start(gmail);
      await settle();
      const reads = vi.spyOn(gmail, 'readMessage');
      // WXT's locationchange polls the URL every second where the Navigation API is missing, so it
      // is asked for only where that API is there.
      expect(ctx.listened.includes('wxt:locationchange')).toBe(navigationApi);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await settle();
      // Back or forward: the page is scanned again.
      expect(reads.mock.calls.length > 0).toBe(!navigationApi);
      reads.mockRestore();
      runtime?.stop();
      runtime = null;
      vi.unstubAllGlobals();
    }
  });

  it('tears everything down when the extension context is invalidated', async () => {
    load('gmail/address-not-found.html');
    start(gmail);
    await settle();
    expect(badges()).toHaveLength(1);
    ctx.invalidate();
    await settle();
    expect(badges()).toHaveLength(0);
    document.querySelector('div.a3s')?.append('more text');
    await settle();
    expect(requests).toHaveLength(1);
  });
});
