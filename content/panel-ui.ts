// The panel's mount: Preact renders the explanation into a host made by ui.ts. Kept apart from
// the badge's mount so this module could be loaded on the first click instead of with every page.
import { h, render } from 'preact';
import PANEL_CSS from '../components/bounce-lens.css?inline';
import { Panel } from '../components/Panel';
import type { PanelOptions } from './ui';

export { PANEL_CSS };

async function copyToClipboard(text: string, shadow: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older Firefox and unfocused documents refuse the async API; fall back to a selection copy.
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

/** Puts the panel into the page at the end of the body; returns what closes it. */
export function showPanel(host: HTMLElement, shadow: ShadowRoot, options: PanelOptions): () => void {
  let closed = false;
  const container = document.createElement('div');
  shadow.append(container);
  const close = () => {
    if (closed) return;
    closed = true;
    render(null, container);
    host.remove();
    options.onClosed();
  };
  document.body.append(host);
  render(
    h(
      'div',
      { class: `bl bl-panel-layer${options.theme === 'dark' ? ' bl-dark' : ''}` },
      h(Panel, {
        report: options.report,
        theme: options.theme,
        preferredClient: options.preferredClient,
        onClose: close,
        copyText: (text: string) => copyToClipboard(text, shadow),
        autoFocus: true,
      }),
    ),
    container,
  );
  return close;
}
