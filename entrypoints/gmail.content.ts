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
  // WXT's window message announcing the script would reach every message listener of the webmail
  // (and cost a structured clone); scripts of this WXT version find each other by a DOM event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    return runBounceLens(ctx, gmail, analyze);
  },
});
