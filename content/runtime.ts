// The content-script runtime shared by Gmail and Outlook: watches the page, reads each opened
// message through the site adapter, asks the engine about likely bounces and keeps exactly one
// badge per bounce. The WXT context owns every listener, observer and UI, so reloading or disabling
// the extension tears everything down.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BounceReport } from '../components/report-model';
import type { ClientId, ExplainContext } from '../lib/types';
import { ANALYZE_MESSAGE, type Analyzer } from './engine-protocol';
import { HEAD_CHARS, looksLikeBounce } from './precheck';
import type { MessageView, SiteAdapter } from './site';
import { themeBehind } from './theme';
import { BADGE_TAG, type BadgeHandle, logFailure, mountBadge, openPanel, PANEL_TAG, type PanelHandle } from './ui';
import { headText, visibleText } from './visible-text';

export interface RuntimeOptions {
  /** Where the engine runs (the background worker, through runtime messaging). */
  analyze: Analyzer;
  /** Fix steps shown first; null: the webmail the user is in. */
  preferredClient?: ClientId | null;
  theme?: 'auto' | 'light' | 'dark';
  /** Open the panel as soon as a bounce is opened, not only on a click. */
  autoOpen?: boolean;
}

export interface Runtime {
  stop(): void;
}

interface Tracked {
  /** Message id and everything the analysis read; equal key, equal result. */
  key: string;
  report: BounceReport | null;
  badge: BadgeHandle | null;
  /** The analysis for `key` has been requested and not answered yet. */
  pending: boolean;
  /** While pending: the message as read for the request, shown as is if nothing changed since. */
  view?: MessageView;
}

/**
 * Analyses kept for messages that re-render (Outlook rebuilds items on every selection): the last
 * CACHE_LIMIT, as long as their keys (the texts) add up to at most CACHE_CHARS characters.
 */
const CACHE_LIMIT = 64;
const CACHE_CHARS = 1_000_000;
/**
 * A batch with at least this many messages not read before (Gmail inserting a whole thread) asks
 * the adapter for the likely bounces first: one query where reading each message costs more.
 */
const LIKELY_FROM = 8;
const OWN_TAGS = `${BADGE_TAG}, ${PANEL_TAG}`;

function isOwn(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).closest(OWN_TAGS) !== null;
}

/**
 * The webmail host the user is on. An OWA pop-out is an about:blank window (no host in its URL)
 * that inherits its opener's origin, so fall back to the document's origin.
 */
function pageHost(): string {
  if (location.host) return location.host;
  try {
    return new URL(self.origin).host;
  } catch {
    return '';
  }
}

function explainContext(adapter: SiteAdapter): ExplainContext {
  const account = /\/mail\/u\/(\d{1,2})\//.exec(location.pathname);
  return {
    webmail: adapter.id,
    host: pageHost(),
    gmailAccountIndex: account ? Number(account[1]) : null,
  };
}

function senderLine(view: MessageView): string | null {
  if (view.senderName && view.senderAddress) return `${view.senderName} <${view.senderAddress}>`;
  return view.senderAddress ?? view.senderName;
}

/**
 * The pre-check on a message as its adapter read it. Sender and subject first: the body's opening
 * is read only when the page shows no sender address, so for ordinary mail the body is never
 * looked at.
 */
export function passesPrecheck(view: MessageView): boolean {
  return looksLikeBounce({
    senderName: view.senderName,
    senderAddress: view.senderAddress,
    subject: view.subject,
    head: view.senderAddress || !view.body ? '' : headText(view.body, HEAD_CHARS),
  });
}

function hasNavigationApi(): boolean {
  return typeof (globalThis as { navigation?: EventTarget }).navigation?.addEventListener === 'function';
}

export function startBounceLens(ctx: ContentScriptContext, adapter: SiteAdapter, options: RuntimeOptions): Runtime {
  const tracked = new Map<Element, Tracked>();
  const cache = new Map<string, BounceReport | null>();
  let cacheChars = 0;
  const dirty = new Set<Element>();
  /** Elements whose analysis came back since the last pass. */
  const answered = new Set<Element>();
  const defaultClient: ClientId = adapter.id === 'gmail' ? 'gmail-web' : 'outlook-web';
  let fullScan = true;
  let sweep = false;
  let scheduled = false;
  let stopped = false;
  let frame = 0;
  let panel: { handle: PanelHandle; element: Element } | null = null;
  const autoOpened = new Set<string>();

  const schedule = () => {
    if (scheduled || stopped || ctx.isInvalid) return;
    scheduled = true;
    // One pass per frame however many mutation batches arrived; nothing is scheduled while idle.
    // (Not ctx.requestAnimationFrame: it adds an invalidation listener per call, for good.)
    frame = requestAnimationFrame(flush);
  };

  const closePanel = () => panel?.handle.close();

  const togglePanel = (element: Element) => {
    // After an extension reload or disable the old script stays on the page; asking tears it down.
    if (ctx.isInvalid) return;
    const entry = tracked.get(element);
    if (!entry?.report || !entry.badge) return;
    const wasThis = panel?.element === element;
    closePanel();
    if (wasThis) return;
    const badge = entry.badge;
    const theme = options.theme && options.theme !== 'auto' ? options.theme : themeBehind(element);
    const handle = openPanel({
      report: entry.report,
      theme,
      preferredClient: options.preferredClient ?? defaultClient,
      onClosed: () => {
        if (panel?.handle === handle) panel = null;
        badge.setExpanded(false);
        if (badge.alive()) badge.focus();
      },
    });
    panel = { handle, element };
    badge.setExpanded(true);
  };

  const drop = (element: Element) => {
    const entry = tracked.get(element);
    if (!entry) return;
    tracked.delete(element);
    if (panel?.element === element) closePanel();
    entry.badge?.remove();
  };

  const forget = (key: string) => {
    if (cache.delete(key)) cacheChars -= key.length;
  };

  const remember = (key: string, report: BounceReport | null) => {
    forget(key);
    for (const oldest of cache.keys()) {
      if (cache.size < CACHE_LIMIT && cacheChars + key.length <= CACHE_CHARS) break;
      forget(oldest);
    }
    cache.set(key, report);
    cacheChars += key.length;
  };

  const process = (element: Element) => {
    if (!element.isConnected) {
      drop(element);
      return;
    }
    const view = adapter.readMessage(element);
    if (!view) {
      drop(element);
      return;
    }
    const body = passesPrecheck(view) ? view.body : null;
    if (!body) {
      drop(element);
      return;
    }
    const text = visibleText(body);
    // The text itself (in JSON, so no two fields run together), not a hash of it: Map and ===
    // compare strings natively, where a hash loop over a few thousand characters ran in the
    // interpreter (0.6 ms of an OWA page load).
    const key = JSON.stringify([view.id, senderLine(view), view.subject, text]);
    const previous = tracked.get(element);
    if (
      previous &&
      previous.key === key &&
      !previous.pending &&
      (!previous.badge || (previous.badge.alive() && previous.badge.isAt(view.badgeAnchor)))
    ) {
      return;
    }
    const report = cache.get(key);
    if (report === undefined) {
      if (previous?.key === key && previous.pending) {
        previous.view = view;
        return;
      }
      tracked.set(element, { key, report: null, badge: previous?.badge ?? null, pending: true, view });
      options
        .analyze({
          type: ANALYZE_MESSAGE,
          input: { text, sender: senderLine(view), subject: view.subject },
          context: explainContext(adapter),
        })
        .then(
          (answer) => remember(key, answer),
          (err) => {
            // Not retried for this text: a failing analysis must not turn into a loop.
            remember(key, null);
            logFailure('Analysing a message', err);
          },
        )
        .finally(() => {
          if (stopped || tracked.get(element)?.key !== key) return;
          answered.add(element);
          schedule();
        });
      return;
    }
    show(element, view, key, report, previous);
  };

  /** Puts the badge for `report` on the message, or takes it away when it is not a bounce. */
  const show = (element: Element, view: MessageView, key: string, report: BounceReport | null, previous?: Tracked) => {
    if (!report) {
      drop(element);
      tracked.set(element, { key, report: null, badge: null, pending: false });
      return;
    }
    const theme = options.theme && options.theme !== 'auto' ? options.theme : themeBehind(view.badgeAnchor);
    let badge = previous?.badge ?? null;
    if (badge?.alive() && badge.isAt(view.badgeAnchor)) {
      badge.update({ report, theme });
    } else {
      badge?.remove();
      badge = mountBadge(view.badgeAnchor, view.badgeAppend, { report, theme }, () => togglePanel(element));
    }
    if (panel?.element === element && previous?.key !== key) closePanel();
    tracked.set(element, { key, report, badge, pending: false });
    if (options.autoOpen && !autoOpened.has(key) && !panel) {
      if (autoOpened.size >= CACHE_LIMIT) autoOpened.delete(autoOpened.values().next().value as string);
      autoOpened.add(key);
      // After the badge exists, so focus can return to it when the panel closes.
      queueMicrotask(() => togglePanel(element));
    }
  };

  /**
   * The batch without the messages never read before that cannot be bounces, when that is cheaper.
   * `asked`: the adapter's answer when this pass already asked it (a page scan), else undefined.
   */
  const likelyOnly = (batch: Element[], asked: Element[] | null | undefined): Element[] => {
    if (!adapter.findLikelyBounces) return batch;
    let fresh = 0;
    for (const element of batch) if (!tracked.has(element)) fresh++;
    if (fresh < LIKELY_FROM) return batch;
    const likely = asked === undefined ? adapter.findLikelyBounces(document) : asked;
    if (!likely) return batch;
    const keep = new Set(likely);
    // A message read before is read again: it may carry a badge that must go.
    return batch.filter((element) => tracked.has(element) || keep.has(element));
  };

  function flush() {
    scheduled = false;
    if (stopped) return;
    let likely: Element[] | null | undefined;
    if (fullScan) {
      fullScan = false;
      sweep = true;
      likely = adapter.findLikelyBounces?.(document) ?? null;
      const scan = likely ?? adapter.findMessages(document);
      for (const element of scan) dirty.add(element);
      // What was read before is read again: a message the scan passes over keeps no stale badge.
      for (const element of tracked.keys()) dirty.add(element);
    }
    if (sweep) {
      sweep = false;
      for (const [element, entry] of tracked) {
        if (!element.isConnected) drop(element);
        else if (entry.badge && !entry.badge.alive()) dirty.add(element);
      }
    }
    // An answered message that no mutation touched since it was read is shown from that reading:
    // reading its body again (innerText, hash) would only find the same text.
    for (const element of answered) {
      const entry = tracked.get(element);
      const view = entry?.pending ? entry.view : undefined;
      const report = entry && view ? cache.get(entry.key) : undefined;
      if (
        !entry ||
        !view ||
        report === undefined ||
        dirty.has(element) ||
        !element.isConnected ||
        !view.badgeAnchor.isConnected
      ) {
        dirty.add(element);
        continue;
      }
      try {
        show(element, view, entry.key, report, entry);
      } catch (err) {
        logFailure('Showing a message', err);
      }
    }
    answered.clear();
    const batch = likelyOnly([...dirty], likely);
    dirty.clear();
    for (const element of batch) {
      try {
        process(element);
      } catch (err) {
        // One odd message must not cost the others, nor surface in the page.
        logFailure('Reading a message', err);
      }
    }
  }

  const onMutations = (records: MutationRecord[]) => {
    for (const record of records) {
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      if (!target || isOwn(target)) continue;
      let foreign = record.type !== 'childList';
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || isOwn(node)) continue;
        foreign = true;
        const el = node as Element;
        const own = adapter.closestMessage(el);
        if (own) dirty.add(own);
        for (const inner of adapter.findMessages(el)) dirty.add(inner);
      }
      for (const node of record.removedNodes) {
        if (node.nodeName.toLowerCase() === BADGE_TAG || !isOwn(node)) {
          sweep = true;
          foreign = true;
        }
      }
      if (!foreign && record.addedNodes.length + record.removedNodes.length > 0) continue;
      const message = adapter.closestMessage(target);
      if (message) dirty.add(message);
    }
    if (dirty.size > 0 || sweep) schedule();
  };

  const observer = new MutationObserver(onMutations);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  const onNavigate = () => {
    fullScan = true;
    schedule();
  };
  // Gmail routes by hash, OWA by pushState; WXT's locationchange follows both through the Navigation
  // API. Without that API (Firefox before 147) WXT would poll the URL every second, so there only
  // back and forward are heard, and a pushState navigation is seen in the DOM it changes.
  if (hasNavigationApi()) ctx.addEventListener(window, 'wxt:locationchange', onNavigate);
  else ctx.addEventListener(window, 'popstate', onNavigate);
  ctx.addEventListener(window, 'hashchange', onNavigate);

  const stop = () => {
    if (stopped) return;
    stopped = true;
    cancelAnimationFrame(frame);
    observer.disconnect();
    closePanel();
    for (const element of [...tracked.keys()]) drop(element);
  };
  ctx.onInvalidated(stop);
  schedule();
  return { stop };
}
