// Mounting the badge and the panel into the page, each on its own custom-element host with an open
// shadow root, so the webmail's styles and ours never meet. Styles are bundled as strings: the
// badge's root gets only its own few rules, the panel's are parsed when a panel opens. Both are
// Preact components (components/Badge.tsx, components/Panel.tsx) rendered with preact's render()
// into a host made here, not through WXT's createShadowRootUi, whose name check, wrapper document
// and async mount cost more on a page load than the badge itself. The badge's first frame is plain
// DOM that Preact hydrates later (mountBadge).

import { createRef, h, hydrate, render } from 'preact';
import { Badge, type BadgeLook, drawBadge } from '../components/Badge';
import BADGE_CSS from '../components/badge.css?inline';
import { type BounceReport, hookAttributes } from '../components/report-model';
import type { ClientId } from '../lib/types';
import { PANEL_CSS, showPanel } from './panel-ui';

export const BADGE_TAG = 'bounce-lens-badge';
export const PANEL_TAG = 'bounce-lens-panel';

// The host inherits nothing from the page (a webmail's `* { … }` or inherited fonts), and the
// shadow styles start from the initial values.
const HOST_RESET = ':host{all:initial !important;}';

// Keyboard and pointer events stop at the shadow root: Gmail's shortcuts ("r", "e", "#", "j/k")
// and its header click (collapse/expand) must not fire on what the user does in our UI.
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'dblclick',
];

export function logFailure(what: string, err: unknown): void {
  // Message content is never logged, only what failed.
  console.debug(`[Bounce Lens] ${what} failed:`, err instanceof Error ? err.message : String(err));
}

const stop = (event: Event) => event.stopPropagation();

/** A host element with an open shadow root holding `css`; page events never see what happens inside. */
function isolatedHost(tag: string, css: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${HOST_RESET}\n${css}`;
  shadow.append(style);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, stop);
  return { host, shadow };
}

export interface BadgeState {
  report: BounceReport;
  theme: 'light' | 'dark';
}

export interface BadgeHandle {
  update(state: BadgeState): void;
  setExpanded(expanded: boolean): void;
  /** False once removed, or when the page threw the badge's host away. */
  alive(): boolean;
  isAt(anchor: Element): boolean;
  focus(): void;
  remove(): void;
}

// What makes the badge hydrate: a pointer over it or focus in it comes before any click made with
// a mouse or the keyboard; a click that comes first (a screen reader's or a script's) hydrates in
// the capture phase, before it reaches the button.
const HYDRATE_ON = ['pointerover', 'focusin', 'click'];

/**
 * The marker on a bounce's header: a real button whose visible text is its accessible name
 * ("Relay denied — how to fix"), placed next to `anchor`. The host carries the test-hook
 * attributes (data-bounce-lens="badge", data-reason, data-cause, data-status, data-reply-code).
 *
 * The badge is components/Badge.tsx. Its first frame is drawn by drawBadge(), the same markup as
 * plain DOM, because it is drawn while the webmail loads; Preact hydrates it on the first pointer
 * or focus, and renders it from then on.
 */
export function mountBadge(
  anchor: Element,
  append: 'after' | 'before',
  initial: BadgeState,
  onActivate: () => void,
): BadgeHandle {
  let removed = false;
  let hydrated = false;
  let expanded = false;
  let current = initial;
  const { host, shadow } = isolatedHost(BADGE_TAG, BADGE_CSS);
  host.setAttribute('data-bounce-lens', 'badge');
  const container = document.createElement('span');
  shadow.append(container);
  const buttonRef = createRef<HTMLButtonElement>();
  let drawn: { look: BadgeLook; button: HTMLButtonElement } | null = null;

  const lookOf = (state: BadgeState): BadgeLook => {
    const exp = state.report.explanations[state.report.primary];
    return {
      label: exp?.badge ?? 'Not delivered — details',
      temporary: exp?.temporary ?? false,
      theme: state.theme,
      expanded,
    };
  };

  const hydrateNow = () => {
    if (hydrated || removed) return;
    hydrated = true;
    for (const type of HYDRATE_ON) shadow.removeEventListener(type, hydrateNow, true);
    hydrate(h(Badge, { ...lookOf(current), onActivate, buttonRef }), container);
  };

  const paint = (state: BadgeState) => {
    current = state;
    for (const [name, value] of Object.entries(hookAttributes(state.report))) host.setAttribute(name, value);
    const look = lookOf(state);
    if (hydrated) {
      render(h(Badge, { ...look, onActivate, buttonRef }), container);
    } else if (!drawn || (Object.keys(look) as (keyof BadgeLook)[]).some((key) => look[key] !== drawn?.look[key])) {
      const { root, button } = drawBadge(document, look);
      container.replaceChildren(root);
      drawn = { look, button };
    }
  };
  paint(initial);
  for (const type of HYDRATE_ON) shadow.addEventListener(type, hydrateNow, true);
  anchor.parentElement?.insertBefore(host, append === 'after' ? anchor.nextSibling : anchor);

  return {
    update: paint,
    setExpanded(value) {
      expanded = value;
      paint(current);
    },
    alive: () => !removed && host.isConnected,
    isAt: (el) => el === anchor,
    focus: () => (hydrated ? buttonRef.current : drawn?.button)?.focus(),
    remove() {
      removed = true;
      if (hydrated) render(null, container);
      host.remove();
    },
  };
}

export interface PanelOptions {
  report: BounceReport;
  theme: 'light' | 'dark';
  preferredClient: ClientId | null;
  onClosed: () => void;
}

export interface PanelHandle {
  report: BounceReport;
  close(): void;
}

export function openPanel(options: PanelOptions): PanelHandle {
  const { host, shadow } = isolatedHost(PANEL_TAG, PANEL_CSS);
  return { report: options.report, close: showPanel(host, shadow, options) };
}
