import type { Ref } from 'preact';
import { PANEL_TEXT } from '../lib/causes/panel-text';

/** What the badge shows. */
export interface BadgeLook {
  /** Few words from the explanation: "Relay denied — how to fix". */
  label: string;
  temporary: boolean;
  theme: 'light' | 'dark';
  expanded: boolean;
}

export interface BadgeProps extends BadgeLook {
  onActivate: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

const wrapClass = (look: BadgeLook) => `bl bl-badge-wrap${look.theme === 'dark' ? ' bl-dark' : ''}`;
const buttonClass = (look: BadgeLook) => `bl-badge${look.temporary ? ' bl-temporary' : ''}`;
const icon = (look: BadgeLook) => (look.temporary ? '◷' : '⚠');

/** The marker on a bounce's header: a real button whose visible text is its accessible name. */
export function Badge({ onActivate, buttonRef, ...look }: BadgeProps) {
  return (
    <span class={wrapClass(look)}>
      <button
        type="button"
        ref={buttonRef}
        class={buttonClass(look)}
        aria-haspopup="dialog"
        aria-expanded={look.expanded}
        title={PANEL_TEXT.badgeTitle}
        onClick={(event) => {
          event.preventDefault();
          event.stopPropagation();
          onActivate();
        }}
      >
        <span class="bl-badge-icon" aria-hidden="true">
          {icon(look)}
        </span>
        {look.label}
      </button>
    </span>
  );
}

/**
 * <Badge>'s markup written as plain DOM, without its click handler, for `hydrate()` to adopt.
 * A badge is drawn while the webmail loads, where Preact's first render costs more than the badge
 * (its diff code is compiled on first use); this draws the same nodes in a fraction of that.
 * tests/unit/content/badge.test.tsx holds the two to the same output in every state.
 */
export function drawBadge(doc: Document, look: BadgeLook): { root: HTMLElement; button: HTMLButtonElement } {
  const root = doc.createElement('span');
  root.className = wrapClass(look);
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = buttonClass(look);
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', String(look.expanded));
  button.title = PANEL_TEXT.badgeTitle;
  const mark = doc.createElement('span');
  mark.className = 'bl-badge-icon';
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = icon(look);
  button.append(mark, doc.createTextNode(look.label));
  root.append(button);
  return { root, button };
}
