import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isAnalyzeRequest } from '../content/engine-protocol';
import { answerAnalyze } from '../content/engine-service';

// The engine lives here, off the webmail's main thread: content scripts send a message's visible
// text and get the report back. Nothing leaves the browser.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id || !isAnalyzeRequest(message)) return undefined;
    return Promise.resolve(answerAnalyze(message));
  });
});
