import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The five Outlook/Gmail origins are the only hosts the extension ever touches.
export const WEBMAIL_MATCHES = {
  gmail: ['https://mail.google.com/*'],
  outlook: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
} as const;

// webextension-polyfill through platform/webextension-polyfill/index.mjs: the same object, without
// an interop copy that costs every page load (see there). Exported for its test.
export const POLYFILL_ALIAS = {
  find: /^webextension-polyfill$/,
  replacement: fileURLToPath(new URL('./platform/webextension-polyfill/index.mjs', import.meta.url)),
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
    resolve: { alias: [POLYFILL_ALIAS] },
  }),
  manifest: ({ browser }) => ({
    name: 'Bounce Lens',
    description:
      'Explains bounced email in Gmail and Outlook on the web: what failed, why, who has to act and how to fix it.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'bounce-lens@bounce-lens.dev',
              strict_min_version: '142.0',
              // Bounce Lens collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
