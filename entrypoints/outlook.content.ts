import { defineContentScript } from 'wxt/utils/define-content-script';
import { startBounceLens } from '../content/runtime';

export default defineContentScript({
  matches: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    startBounceLens(ctx, { id: 'outlook' });
  },
});
