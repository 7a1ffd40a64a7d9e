import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from './site';

// PLACEHOLDER (owner: inbox): observes the page, analyses opened messages, mounts badges.
export function startBounceLens(_ctx: ContentScriptContext, _site: SiteAdapter): void {}
