import { browser } from 'wxt/browser';
import type { ClientId } from '../lib/types';

/*
 * User settings, the only module that reads or writes browser.storage for them.
 *
 *   const settings = await loadSettings();           // never throws; defaults when nothing is stored
 *   if (!settings.enabled.gmail) return;
 *   watchSettings((next) => apply(next), ctx.signal); // every later change, in every tab, no reload
 *   await saveSettings({ mode: 'auto-open' });       // options page; a partial patch is enough
 *
 * Everything that comes out of storage goes through normaliseSettings(): another version of the
 * extension, a sync from another machine or a hand edit may have left anything there, and one bad
 * field must not cost the user the others.
 */

export type WebmailId = 'gmail' | 'outlook';

/** 'badge' only marks bounces; 'auto-open' also opens the panel when a bounce is opened. */
export type PanelMode = 'badge' | 'auto-open';

export type Theme = 'auto' | 'light' | 'dark';

export interface Settings {
  /** Whether Bounce Lens runs on each webmail. */
  enabled: Readonly<Record<WebmailId, boolean>>;
  mode: PanelMode;
  /** "I send mail with …": whose fix steps come first. null: decide from where the bounce is read. */
  client: ClientId | null;
  theme: Theme;
}

export interface SettingsPatch {
  enabled?: Partial<Record<WebmailId, boolean>>;
  mode?: PanelMode;
  client?: ClientId | null;
  theme?: Theme;
}

export const WEBMAILS: readonly WebmailId[] = ['gmail', 'outlook'];
export const PANEL_MODES: readonly PanelMode[] = ['badge', 'auto-open'];
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

/** Every ClientId of lib/types.ts, in the order the options page lists them. */
export const CLIENT_IDS: readonly ClientId[] = [
  'gmail-web',
  'outlook-web',
  'outlook-new',
  'outlook-classic',
  'outlook-mac',
  'apple-mail',
  'thunderbird',
  'mobile',
  'm365-admin',
  'google-admin',
  'mail-server',
];

// With nothing configured Bounce Lens works everywhere it can and stays out of the way: a badge,
// no panel popping open uninvited, the page's own colour scheme.
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: Object.freeze({ gmail: true, outlook: true }),
  mode: 'badge',
  client: null,
  theme: 'auto',
});

/** The storage.sync key holding the whole settings object (well under sync's 8 KB per item). */
export const STORAGE_KEY = 'settings';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/**
 * Any stored value → valid Settings. Each field that is missing or invalid takes its value from
 * `fallback` (the defaults unless given).
 */
export function normaliseSettings(raw: unknown, fallback: Settings = DEFAULT_SETTINGS): Settings {
  const source = isRecord(raw) ? raw : {};
  const enabledRaw = isRecord(source.enabled) ? source.enabled : {};
  const enabled = {} as Record<WebmailId, boolean>;
  for (const id of WEBMAILS) {
    const value = enabledRaw[id];
    enabled[id] = typeof value === 'boolean' ? value : fallback.enabled[id];
  }
  const client =
    source.client === null ||
    (typeof source.client === 'string' && (CLIENT_IDS as readonly string[]).includes(source.client))
      ? (source.client as ClientId | null)
      : fallback.client;
  return {
    enabled,
    mode: oneOf(PANEL_MODES, source.mode, fallback.mode),
    client,
    theme: oneOf(THEMES, source.theme, fallback.theme),
  };
}

/** Applies a patch; a patch field that is not valid leaves that setting as it was. */
export function mergeSettings(base: Settings, patch: SettingsPatch): Settings {
  const merged = { ...base, ...patch, enabled: { ...base.enabled, ...patch.enabled } };
  return normaliseSettings(merged, base);
}

/** The current settings; defaults when nothing is stored or storage cannot be read. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(STORAGE_KEY);
    return normaliseSettings(stored[STORAGE_KEY]);
  } catch {
    return normaliseSettings(undefined);
  }
}

// Saves from one page run one after another, so two quick changes cannot overwrite each other.
let pendingSave: Promise<unknown> = Promise.resolve();

/** Stores a partial change and resolves with the settings as saved. Rejects if storage fails. */
export function saveSettings(patch: SettingsPatch): Promise<Settings> {
  const run = async (): Promise<Settings> => {
    const next = mergeSettings(await loadSettings(), patch);
    await browser.storage.sync.set({ [STORAGE_KEY]: next });
    return next;
  };
  const result = pendingSave.then(run, run);
  pendingSave = result.catch(() => undefined);
  return result;
}

/**
 * Calls `onChange` with the new settings whenever they change (from the options page, another
 * tab, or sync from another machine) until `signal` aborts.
 */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    const change = changes[STORAGE_KEY];
    if (areaName !== 'sync' || !change || signal.aborted) return;
    onChange(normaliseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
