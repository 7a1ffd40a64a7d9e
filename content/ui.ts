// Mounting the badge and the panel into the page, each in its own open shadow root
// (createShadowRootUi). Styles are bundled as strings and passed as `css`: WXT's cssInjectionMode
// 'ui' would fetch the entry's whole stylesheet from the extension on every mount, and the badge
// needs only its own few rules; the panel's are parsed when a panel opens.
import { createRef, h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Badge } from '../components/Badge';
import BADGE_CSS from '../components/badge.css?inline';
import PANEL_CSS from '../components/bounce-lens.css?inline';
import { Panel } from '../components/Panel';
import { type BounceReport, hookAttributes } from '../components/report-model';
import type { ClientId } from '../lib/types';

export const BADGE_TAG = 'bounce-lens-badge';
export const PANEL_TAG = 'bounce-lens-panel';

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

export function mountBadge(
  ctx: ContentScriptContext,
  anchor: Element,
  append: 'after' | 'before',
  initial: BadgeState,
  onActivate: () => void,
): BadgeHandle {
  let state = initial;
  let expanded = false;
  let removed = false;
  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;
  const button = createRef<HTMLButtonElement>();

  const paint = () => {
    if (!container || !host) return;
    for (const [name, value] of Object.entries(hookAttributes(state.report))) host.setAttribute(name, value);
    const exp = state.report.explanations[state.report.primary];
    render(
      h(Badge, {
        label: exp?.badge ?? 'Not delivered — details',
        temporary: exp?.temporary ?? false,
        theme: state.theme,
        expanded,
        onActivate,
        buttonRef: button,
      }),
      container,
    );
  };

  const uiPromise = createShadowRootUi(ctx, {
    name: BADGE_TAG,
    css: BADGE_CSS,
    position: 'inline',
    anchor,
    append,
    isolateEvents: ISOLATED_EVENTS,
    onMount(uiContainer, _shadow, shadowHost) {
      host = shadowHost;
      container = uiContainer;
      shadowHost.setAttribute('data-bounce-lens', 'badge');
      paint();
    },
    onRemove() {
      if (container) render(null, container);
      container = null;
    },
  });
  uiPromise
    .then((ui) => {
      if (removed || !anchor.isConnected) {
        removed = true;
        return;
      }
      ui.mount();
    })
    .catch((err) => logFailure('Showing the badge', err));

  return {
    update(next) {
      state = next;
      paint();
    },
    setExpanded(value) {
      expanded = value;
      paint();
    },
    alive: () => !removed && (host === null || host.isConnected),
    isAt: (el) => el === anchor,
    focus: () => button.current?.focus(),
    remove() {
      if (removed) return;
      removed = true;
      uiPromise.then((ui) => ui.remove()).catch(() => {});
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

async function copyToClipboard(text: string, shadow: ShadowRoot | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older Firefox and unfocused documents refuse the async API; fall back to a selection copy.
    if (!shadow) return false;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('aria-hidden', 'true');
    area.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
    shadow.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export function openPanel(ctx: ContentScriptContext, options: PanelOptions): PanelHandle {
  let closed = false;
  let container: HTMLElement | null = null;
  let shadowRoot: ShadowRoot | null = null;
  const close = () => {
    if (closed) return;
    closed = true;
    uiPromise.then((ui) => ui.remove()).catch(() => {});
    options.onClosed();
  };
  const uiPromise = createShadowRootUi(ctx, {
    name: PANEL_TAG,
    css: PANEL_CSS,
    position: 'inline',
    anchor: document.body,
    append: 'last',
    isolateEvents: ISOLATED_EVENTS,
    onMount(uiContainer, shadow) {
      container = uiContainer;
      shadowRoot = shadow;
      render(
        h(
          'div',
          { class: `bl bl-panel-layer${options.theme === 'dark' ? ' bl-dark' : ''}` },
          h(Panel, {
            report: options.report,
            theme: options.theme,
            preferredClient: options.preferredClient,
            onClose: close,
            copyText: (text: string) => copyToClipboard(text, shadowRoot),
            autoFocus: true,
          }),
        ),
        uiContainer,
      );
    },
    onRemove() {
      if (container) render(null, container);
      container = null;
    },
  });
  uiPromise
    .then((ui) => {
      if (!closed) ui.mount();
    })
    .catch((err) => logFailure('Opening the panel', err));
  return { report: options.report, close };
}
