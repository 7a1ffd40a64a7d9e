import { closestOf, firstMatch, foldedText } from '../../dom';
import type { MessageView, SiteAdapter } from '../../site';
import * as sel from './selectors';

function readBody(message: Element): Element | null {
  for (const selector of sel.BODY) {
    for (const el of message.querySelectorAll(selector)) {
      if (!el.closest(sel.HIDDEN)) return el;
    }
  }
  return null;
}

function readMessage(element: Element): MessageView | null {
  const sender = firstMatch(element, sel.SENDER);
  const scope = closestOf(element, sel.THREAD_CONTAINER) ?? element.ownerDocument;
  let id = '';
  for (const attr of sel.MESSAGE_ID_ATTRIBUTES) {
    id = element.getAttribute(attr) ?? '';
    if (id) break;
  }
  // Body and anchor are looked up only for messages that pass the pre-check: in a long thread
  // almost none do.
  let body: Element | null | undefined;
  let anchor: Element | undefined;
  return {
    element,
    id,
    senderName: sender?.getAttribute('name') ?? (foldedText(sender, 200) || null),
    senderAddress: sender?.getAttribute('email') ?? null,
    subject: foldedText(firstMatch(scope, sel.SUBJECT), 500) || null,
    get body() {
      if (body === undefined) body = readBody(element);
      return body;
    },
    get badgeAnchor() {
      anchor ??= firstMatch(element, sel.BADGE_ANCHOR) ?? sender?.parentElement ?? element;
      return anchor;
    },
    badgeAppend: 'after',
  };
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  findMessages: (root) => [...root.querySelectorAll(sel.MESSAGE)],
  closestMessage: (node) => node.closest(sel.MESSAGE),
  readMessage,
};
