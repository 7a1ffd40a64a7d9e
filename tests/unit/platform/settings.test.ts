import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The real module imports the polyfilled `browser`, which only exists inside an extension; WXT's
// in-memory fake stands in for it (storage areas and onChanged included).
vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const {
  CLIENT_IDS,
  DEFAULT_SETTINGS,
  STORAGE_KEY,
  loadSettings,
  mergeSettings,
  normaliseSettings,
  saveSettings,
  watchSettings,
} = await import('../../../platform/settings');

describe('normaliseSettings', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'dark'],
    ['an array', ['badge']],
    ['an empty object', {}],
  ])('gives the defaults for %s', (_label, raw) => {
    expect(normaliseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field', () => {
    const raw = { enabled: { gmail: false, outlook: true }, mode: 'auto-open', client: 'thunderbird', theme: 'dark' };
    expect(normaliseSettings(raw)).toEqual(raw);
  });

  it('replaces only the invalid fields with defaults', () => {
    const result = normaliseSettings({
      enabled: { gmail: 'no', outlook: false },
      mode: 'popup',
      client: 'outlook-classic',
      theme: 42,
    });
    expect(result).toEqual({
      enabled: { gmail: DEFAULT_SETTINGS.enabled.gmail, outlook: false },
      mode: DEFAULT_SETTINGS.mode,
      client: 'outlook-classic',
      theme: DEFAULT_SETTINGS.theme,
    });
  });

  it('drops unknown clients and unknown keys', () => {
    const result = normaliseSettings({ client: 'eudora', extra: true, enabled: { yahoo: true } });
    expect(result.client).toBe(DEFAULT_SETTINGS.client);
    expect(result).not.toHaveProperty('extra');
    expect(result.enabled).not.toHaveProperty('yahoo');
  });

  it('accepts every ClientId and an explicit "no preference"', () => {
    for (const client of CLIENT_IDS) expect(normaliseSettings({ client }).client).toBe(client);
    expect(normaliseSettings({ client: null }, { ...DEFAULT_SETTINGS, client: 'mobile' }).client).toBeNull();
  });

  it('defaults to showing badges on both webmails without opening panels uninvited', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      enabled: { gmail: true, outlook: true },
      mode: 'badge',
      client: null,
      theme: 'auto',
    });
  });
});

describe('mergeSettings', () => {
  const base = normaliseSettings({ enabled: { gmail: false, outlook: true }, mode: 'auto-open', theme: 'dark' });

  it('changes one webmail without touching the other', () => {
    expect(mergeSettings(base, { enabled: { outlook: false } }).enabled).toEqual({ gmail: false, outlook: false });
  });

  it('ignores an invalid patch value instead of resetting the setting to its default', () => {
    const patch = { mode: 'sometimes', theme: 'sepia' } as unknown as Parameters<typeof mergeSettings>[1];
    expect(mergeSettings(base, patch)).toEqual(base);
  });
});

describe('stored settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('loads the defaults when nothing was ever saved', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs a corrupt stored value on load', async () => {
    await fakeBrowser.storage.sync.set({ [STORAGE_KEY]: { mode: 'auto-open', theme: 'neon' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, mode: 'auto-open' });
  });

  it('saves patches to storage.sync and reads them back', async () => {
    await saveSettings({ enabled: { gmail: false } });
    const saved = await saveSettings({ theme: 'light', client: 'apple-mail' });
    expect(saved).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: { gmail: false, outlook: true },
      theme: 'light',
      client: 'apple-mail',
    });
    expect(await loadSettings()).toEqual(saved);
    expect((await fakeBrowser.storage.sync.get(STORAGE_KEY))[STORAGE_KEY]).toEqual(saved);
  });

  it('does not lose either of two saves started together', async () => {
    await Promise.all([saveSettings({ mode: 'auto-open' }), saveSettings({ enabled: { outlook: false } })]);
    const loaded = await loadSettings();
    expect(loaded.mode).toBe('auto-open');
    expect(loaded.enabled.outlook).toBe(false);
  });

  it('tells watchers about changes until their signal aborts', async () => {
    const seen: boolean[] = [];
    const controller = new AbortController();
    watchSettings((settings) => seen.push(settings.enabled.gmail), controller.signal);
    await saveSettings({ enabled: { gmail: false } });
    await saveSettings({ enabled: { gmail: true } });
    controller.abort();
    await saveSettings({ enabled: { gmail: false } });
    expect(seen).toEqual([false, true]);
  });

  it('ignores changes to other keys and other storage areas', async () => {
    const seen: unknown[] = [];
    const controller = new AbortController();
    watchSettings((settings) => seen.push(settings), controller.signal);
    await fakeBrowser.storage.sync.set({ unrelated: 1 });
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: { theme: 'dark' } });
    controller.abort();
    expect(seen).toEqual([]);
  });

  it('normalises what watchers receive', async () => {
    const seen: unknown[] = [];
    const controller = new AbortController();
    watchSettings((settings) => seen.push(settings), controller.signal);
    await fakeBrowser.storage.sync.set({ [STORAGE_KEY]: { theme: 'dark', mode: 12 } });
    controller.abort();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, theme: 'dark' }]);
  });
});
