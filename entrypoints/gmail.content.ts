import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runBounceLens } from '../content/boot';
import { type Analyzer, readReply } from '../content/engine-protocol';
import { gmail } from '../content/sites/gmail/adapter';

// Gmail renders conversations in the top document (no iframes), so the top frame is enough.
// The engine runs in the background worker (entrypoints/background.ts), not on the page.
const analyze: Analyzer = async (request) => readReply(await browser.runtime.sendMessage(request));

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    return runBounceLens(ctx, gmail, analyze);
  },
});
