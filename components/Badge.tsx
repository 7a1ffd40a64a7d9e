import type { Ref } from 'preact';
import { PANEL_TEXT } from '../lib/causes/panel-text';

export interface BadgeProps {
  /** Few words from the explanation: "Relay denied — how to fix". */
  label: string;
  temporary: boolean;
  theme: 'light' | 'dark';
  expanded: boolean;
  onActivate: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** The marker on a bounce's header: a real button whose visible text is its accessible name. */
export function Badge({ label, temporary, theme, expanded, onActivate, buttonRef }: BadgeProps) {
  return (
    <span class={`bl bl-badge-wrap${theme === 'dark' ? ' bl-dark' : ''}`}>
      <button
        type="button"
        ref={buttonRef}
        class={`bl-badge${temporary ? ' bl-temporary' : ''}`}
        aria-haspopup="dialog"
        aria-expanded={expanded}
        title={PANEL_TEXT.badgeTitle}
        onClick={(event) => {
          event.preventDefault();
          event.stopPropagation();
          onActivate();
        }}
      >
        <span class="bl-badge-icon" aria-hidden="true">
          {temporary ? '◷' : '⚠'}
        </span>
        {label}
      </button>
    </span>
  );
}
