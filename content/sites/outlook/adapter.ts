import { closestOf, firstMatch, foldedText, parseNameAddress } from '../../dom';
import type { MessageView, SiteAdapter } from '../../site';
import * as sel from './selectors';

const BODY_SELECTOR = sel.BODY.join(', ');

function readSender(element: Element, body: Element | null): { name: string | null; address: string | null } {
  for (const selector of sel.SENDER) {
    for (const el of element.querySelectorAll(selector)) {
      if (body?.contains(el)) continue;
      let label = el.getAttribute('aria-label') ?? '';
      const prefix = sel.SENDER_LABEL_PREFIXES.find((p) => label.startsWith(p));
      label = prefix ? label.slice(prefix.length) : foldedText(el, 600);
      const parsed = parseNameAddress(label);
      if (!parsed.address) {
        // The label held only the name: the address may be in the element's text ("Name<addr>").
        const fromText = parseNameAddress(foldedText(el, 600));
        if (fromText.address) return { name: parsed.name ?? fromText.name, address: fromText.address };
      }
      if (parsed.name || parsed.address) return parsed;
    }
  }
  return { name: null, address: null };
}

/** The message element for a body that no ItemContainer wraps (older builds): its parent. */
function messageOfBody(body: Element): Element | null {
  return body.closest(sel.MESSAGE) ?? body.parentElement;
}

function readMessage(element: Element): MessageView | null {
  const body = firstMatch(element, sel.BODY);
  const sender = readSender(element, body);
  const explicitAnchor = firstMatch(element, sel.BADGE_ANCHOR, body);
  const anchor = explicitAnchor ?? body;
  if (!anchor) return null;
  const scope = closestOf(element, sel.SUBJECT_SCOPE) ?? element.ownerDocument;
  return {
    element,
    id: body?.id || element.id || '',
    senderName: sender.name,
    senderAddress: sender.address,
    subject: foldedText(firstMatch(scope, sel.SUBJECT, body), 500) || null,
    body,
    badgeAnchor: anchor,
    badgeAppend: explicitAnchor ? 'after' : 'before',
  };
}

export const outlook: SiteAdapter = {
  id: 'outlook',
  findMessages(root) {
    const found = new Set<Element>(root.querySelectorAll(sel.MESSAGE));
    for (const body of root.querySelectorAll(BODY_SELECTOR)) {
      if (body.closest(sel.MESSAGE)) continue;
      const message = messageOfBody(body);
      if (message) found.add(message);
    }
    return [...found];
  },
  closestMessage(node) {
    const item = node.closest(sel.MESSAGE);
    if (item) return item;
    const body = node.closest(BODY_SELECTOR);
    return body ? messageOfBody(body) : null;
  },
  readMessage,
};
