import '../components/bounce-lens.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runBounceLens } from '../content/boot';
import { gmail } from '../content/sites/gmail/adapter';

// Gmail renders conversations in the top document (no iframes), so the top frame is enough.
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    return runBounceLens(ctx, gmail);
  },
});
