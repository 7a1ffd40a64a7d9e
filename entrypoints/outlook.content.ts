import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runBounceLens } from '../content/boot';
import { type Analyzer, readReply } from '../content/engine-protocol';
import { outlook } from '../content/sites/outlook/adapter';

// The engine runs in the background worker (entrypoints/background.ts), not on the page.
const analyze: Analyzer = async (request) => readReply(await browser.runtime.sendMessage(request));

export default defineContentScript({
  matches: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  // "Open in new window" can start as an about:blank pop-out that the opener fills in: this flag
  // lets Chromium run the script there (tests/e2e/inbox-detect.spec.ts). Firefox does not match
  // top-level about:blank windows for host-limited scripts; deeplink pop-outs are covered by matches.
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT's window message announcing the script would reach every message listener of the webmail
  // (and cost a structured clone); scripts of this WXT version find each other by a DOM event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    return runBounceLens(ctx, outlook, analyze);
  },
});
