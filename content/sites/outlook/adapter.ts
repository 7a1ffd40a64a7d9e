import { closestOf, firstMatch, foldedText, parseNameAddress } from '../../dom';
import type { MessageView, SiteAdapter } from '../../site';
import * as sel from './selectors';

const BODY_SELECTOR = sel.BODY.join(', ');
const MESSAGE_OR_BODY = `${sel.MESSAGE}, ${BODY_SELECTOR}`;

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
    // One pass over the page for items and bodies together: on a long message list each pass
    // costs more than the matching.
    const found = new Set<Element>();
    for (const el of root.querySelectorAll(MESSAGE_OR_BODY)) {
      if (el.matches(sel.MESSAGE)) found.add(el);
      else if (!el.closest(sel.MESSAGE)) {
        const message = messageOfBody(el);
        if (message) found.add(message);
      }
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
