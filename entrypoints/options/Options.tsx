import { useEffect, useRef, useState } from 'preact/hooks';
import {
  CLIENT_IDS,
  loadSettings,
  mergeSettings,
  PANEL_MODES,
  type PanelMode,
  type Settings,
  type SettingsPatch,
  saveSettings,
  THEMES,
  type Theme,
  WEBMAILS,
  type WebmailId,
} from '../../platform/settings';
import { CLIENT_LABELS } from './labels';

const WEBMAIL_LABELS: Record<WebmailId, { name: string; hosts: string }> = {
  gmail: { name: 'Gmail', hosts: 'mail.google.com' },
  outlook: {
    name: 'Outlook on the web',
    hosts: 'outlook.office.com, outlook.office365.com, outlook.live.com, outlook.cloud.microsoft',
  },
};

const MODE_LABELS: Record<PanelMode, string> = {
  badge: 'Mark bounces with a badge; open the explanation when I click it',
  'auto-open': 'Mark bounces and open the explanation automatically',
};

const THEME_LABELS: Record<Theme, string> = {
  auto: 'Same as my system',
  light: 'Light',
  dark: 'Dark',
};

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function Options({ initial, onSaved }: { initial: Settings; onSaved?: (settings: Settings) => void }) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  // Another tab (or sync from another machine) may change the settings while this page is open.
  useEffect(() => setSettings(initial), [initial]);

  const pending = useRef(0);

  const save = (patch: SettingsPatch) => {
    // Shown at once: a controlled input re-rendered with the old value would undo the user's click.
    setSettings((current) => mergeSettings(current, patch));
    setStatus({ kind: 'saving' });
    pending.current++;
    saveSettings(patch).then(
      (saved) => {
        // Saves run in order; only the last one holds every change made meanwhile.
        if (--pending.current > 0) return;
        setSettings(saved);
        setStatus({ kind: 'saved' });
        onSaved?.(saved);
      },
      (error: unknown) => {
        pending.current--;
        // Show what is really stored, not the change that failed.
        void loadSettings().then(setSettings);
        setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  return (
    <main class="page options">
      <h1>Bounce Lens settings</h1>
      <p class="lead">Changes are saved as you make them and apply to open mail tabs at once.</p>

      <fieldset>
        <legend>Explain bounces in</legend>
        {WEBMAILS.map((id) => (
          <label class="choice" key={id}>
            <input
              type="checkbox"
              name={`enabled-${id}`}
              checked={settings.enabled[id]}
              onChange={(event) => save({ enabled: { [id]: event.currentTarget.checked } })}
            />
            <span>
              {WEBMAIL_LABELS[id].name} <span class="hint">({WEBMAIL_LABELS[id].hosts})</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>When a bounce is found</legend>
        {PANEL_MODES.map((mode) => (
          <label class="choice" key={mode}>
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={settings.mode === mode}
              onChange={() => save({ mode })}
            />
            <span>{MODE_LABELS[mode]}</span>
          </label>
        ))}
      </fieldset>

      <div class="field">
        <label for="client">I send mail with</label>
        <select
          id="client"
          aria-describedby="client-hint"
          value={settings.client ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            save({ client: value === '' ? null : (value as Settings['client']) });
          }}
        >
          <option value="">No preference (the webmail I read the bounce in)</option>
          {CLIENT_IDS.map((id) => (
            <option key={id} value={id}>
              {CLIENT_LABELS[id]}
            </option>
          ))}
        </select>
        <p id="client-hint" class="hint">
          Fix steps for this app are shown first.
        </p>
      </div>

      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((theme) => (
          <label class="choice" key={theme}>
            <input
              type="radio"
              name="theme"
              value={theme}
              checked={settings.theme === theme}
              onChange={() => save({ theme })}
            />
            <span>{THEME_LABELS[theme]}</span>
          </label>
        ))}
      </fieldset>

      <p class={`status ${status.kind}`} role="status" aria-live="polite">
        {status.kind === 'saving' ? 'Saving…' : status.kind === 'saved' ? 'Saved' : ''}
      </p>
      {status.kind === 'error' ? (
        <p class="status error" role="alert">
          Not saved: {status.message}
        </p>
      ) : null}
    </main>
  );
}
