import { createRequire } from 'node:module';
import vm from 'node:vm';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { POLYFILL_ALIAS } from '../../../wxt.config';

// `wxt/browser` is @wxt-dev/webextension-polyfill's `browser` export; bundle it the way the
// extension's build does (alias included) and run the bundle against fake extension globals.
async function bundle(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: [POLYFILL_ALIAS] },
    build: {
      write: false,
      minify: false,
      lib: {
        entry: createRequire(import.meta.url).resolve('@wxt-dev/webextension-polyfill/browser'),
        formats: ['iife'],
        name: 'entry',
      },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = out[0]?.output[0];
  if (chunk?.type !== 'chunk') throw new Error('no bundle');
  return chunk.code;
}

/** A native-style `browser` whose API namespaces count how often anything reads them. */
function nativeBrowser() {
  const reads = { count: 0 };
  const target: Record<string, unknown> = {};
  for (const name of ['runtime', 'storage', 'tabs', 'i18n', 'alarms', 'dom', 'extension', 'permissions']) {
    Object.defineProperty(target, name, {
      enumerable: true,
      get() {
        reads.count++;
        return name === 'runtime' ? { id: 'bounce-lens' } : {};
      },
    });
  }
  return {
    browser: new Proxy(target, {
      getOwnPropertyDescriptor(t, key) {
        // Chromium's namespaces are lazy data properties: a descriptor read builds the binding.
        reads.count++;
        return Reflect.getOwnPropertyDescriptor(t, key);
      },
    }),
    reads,
  };
}

describe('webextension-polyfill as the extension bundles it', () => {
  it('hands over a native browser object without touching its other API namespaces', async () => {
    const code = await bundle();
    const { browser, reads } = nativeBrowser();
    const sandbox: Record<string, unknown> = { chrome: { runtime: { id: 'bounce-lens' } }, browser };
    sandbox.globalThis = sandbox;
    vm.runInNewContext(code, sandbox);
    const exported = (sandbox.entry as { browser: unknown }).browser;
    expect(exported).toBe(browser);
    // One read of `runtime` to see it is a real extension `browser`, nothing else.
    expect(reads.count).toBe(1);
  });

  it('wraps chrome in the polyfill where the browser has no `browser` of its own', async () => {
    const code = await bundle();
    const chrome = { runtime: { id: 'bounce-lens', getURL: (p: string) => `chrome-extension://x/${p}` } };
    const sandbox: Record<string, unknown> = { chrome };
    sandbox.globalThis = sandbox;
    vm.runInNewContext(code, sandbox);
    const exported = (sandbox.entry as { browser: { runtime: { id: string; getURL(p: string): string } } }).browser;
    expect(exported).not.toBe(chrome);
    expect(exported.runtime.id).toBe('bounce-lens');
    expect(exported.runtime.getURL('popup.html')).toBe('chrome-extension://x/popup.html');
  });
});
