import { defineContentScript } from 'wxt/utils/define-content-script';
import { startBounceLens } from '../content/runtime';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startBounceLens(ctx, { id: 'gmail' });
  },
});
