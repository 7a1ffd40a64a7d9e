// Starts the runtime with the user's settings and restarts it when they change (enable/disable per
// webmail, panel mode, theme, preferred client) without a page reload.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadSettings, type Settings, watchSettings } from '../platform/settings';
import type { Analyzer } from './engine-protocol';
import { type Runtime, startBounceLens } from './runtime';
import type { SiteAdapter } from './site';

export async function runBounceLens(ctx: ContentScriptContext, adapter: SiteAdapter, analyze: Analyzer): Promise<void> {
  let runtime: Runtime | null = null;
  const apply = (settings: Settings) => {
    runtime?.stop();
    runtime = null;
    if (ctx.isInvalid || !settings.enabled[adapter.id]) return;
    runtime = startBounceLens(ctx, adapter, {
      analyze,
      preferredClient: settings.client,
      theme: settings.theme,
      autoOpen: settings.mode === 'auto-open',
    });
  };
  apply(await loadSettings());
  watchSettings(apply, ctx.signal);
}
