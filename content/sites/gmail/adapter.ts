import { closestOf, firstMatch, foldedText } from '../../dom';
import { BOUNCE_SENDER_WORDS, looksLikeBounceSubject } from '../../precheck';
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

// What one synchronous pass over the page would otherwise read once per message of a thread: the
// conversation it belongs to and that conversation's subject. Nothing on the page can change while
// a pass runs (no page script runs in between), and the memo is emptied as soon as it ends.
const scopeByNearest = new Map<Element, ParentNode>();
const subjectByScope = new Map<ParentNode, string | null>();
let memoInUse = false;

function memoise(): void {
  if (memoInUse) return;
  memoInUse = true;
  queueMicrotask(() => {
    scopeByNearest.clear();
    subjectByScope.clear();
    memoInUse = false;
  });
}

const ANY_THREAD_CONTAINER = sel.THREAD_CONTAINER.join(', ');

/**
 * The thread container of a message, THREAD_CONTAINER's first selector winning as in closestOf.
 * Nothing between the message and its nearest container of any kind matches, so the answer is the
 * nearest container's own, found once for all the messages it holds.
 */
function scopeOf(element: Element): ParentNode {
  const nearest = element.closest(ANY_THREAD_CONTAINER);
  if (!nearest) return element.ownerDocument;
  let scope = scopeByNearest.get(nearest);
  if (scope === undefined) {
    memoise();
    scope = closestOf(nearest, sel.THREAD_CONTAINER) ?? element.ownerDocument;
    scopeByNearest.set(nearest, scope);
  }
  return scope;
}

function subjectIn(scope: ParentNode): string | null {
  let subject = subjectByScope.get(scope);
  if (subject === undefined) {
    memoise();
    subject = foldedText(firstMatch(scope, sel.SUBJECT), 500) || null;
    subjectByScope.set(scope, subject);
  }
  return subject;
}

function messageId(element: Element): string {
  for (const attr of sel.MESSAGE_ID_ATTRIBUTES) {
    const id = element.getAttribute(attr);
    if (id) return id;
  }
  return '';
}

/**
 * One message as read for the pre-check: sender and subject now; id, body and badge anchor only
 * when asked, which in a long thread is for almost none. A class, so the view of each of a thread's
 * messages is one small object, its lazy parts shared on the prototype.
 */
class GmailMessage implements MessageView {
  readonly senderName: string | null;
  readonly senderAddress: string | null;
  readonly subject: string | null;
  private bodyFound: Element | null | undefined;
  private anchorFound: Element | undefined;

  constructor(
    readonly element: Element,
    private readonly sender: Element | null,
  ) {
    this.senderName = sender?.getAttribute('name') ?? (foldedText(sender, 200) || null);
    this.senderAddress = sender?.getAttribute('email') ?? null;
    this.subject = subjectIn(scopeOf(element));
  }

  get id(): string {
    return messageId(this.element);
  }

  get body(): Element | null {
    if (this.bodyFound === undefined) this.bodyFound = readBody(this.element);
    return this.bodyFound;
  }

  get badgeAnchor(): Element {
    this.anchorFound ??= firstMatch(this.element, sel.BADGE_ANCHOR) ?? this.sender?.parentElement ?? this.element;
    return this.anchorFound;
  }

  get badgeAppend(): 'after' {
    return 'after';
  }
}

function readMessage(element: Element): MessageView {
  return new GmailMessage(element, firstMatch(element, sel.SENDER));
}

const SUBJECT_LIST = sel.SUBJECT.join(', ');

// A sender span the pre-check could accept: a bounce word in its address or name, no name to
// read (its text decides then), or an empty address (the body's opening decides then).
const LIKELY_BOUNCE_SENDER = `${sel.SENDER[0]}:is(:not([name]), [email=""], ${[
  ...BOUNCE_SENDER_WORDS.address.map((word) => `[email*="${word}" i]`),
  ...BOUNCE_SENDER_WORDS.name.map((word) => `[name*="${word}" i]`),
].join(', ')})`;

/**
 * The messages on the page the pre-check could accept, or null when every message has to be read:
 * a subject on the page reads like a bounce's (a bounce alone in its thread), a message is found
 * only by a fallback selector, or the page has not one `span.gD[email]` sender per message. One
 * attribute query then finds the sender spans a bounce could have, where reading each message of
 * a long thread costs milliseconds on a page load.
 */
function findLikelyBounces(doc: Document): Element[] | null {
  // Every SUBJECT selector names an h2: the page's few h2s are each checked once, where a query per
  // selector walked the whole page four times and found the same heading in each.
  for (const heading of doc.getElementsByTagName('h2')) {
    if (heading.matches(SUBJECT_LIST) && looksLikeBounceSubject(foldedText(heading, 500))) return null;
  }
  for (const selector of sel.MESSAGE_EXTRAS) {
    if (doc.querySelector(selector)) return null;
  }
  // Counted, not matched up (a lookup per message is what this saves): Gmail draws one span.gD
  // sender in each message's header, the one readMessage takes. An extra one, in a body say, makes
  // the counts differ and every message is read; only a message without one and an extra one
  // elsewhere, both at once, would go unread.
  if (doc.querySelectorAll(sel.SENDER[0]).length !== doc.querySelectorAll(sel.MESSAGE_PARTS[0]).length) return null;
  const found = new Set<Element>();
  for (const sender of doc.querySelectorAll(LIKELY_BOUNCE_SENDER)) {
    const message = sender.closest(sel.MESSAGE);
    if (message) found.add(message);
  }
  return [...found];
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  findMessages(root) {
    if (root.nodeType !== 9) return [...root.querySelectorAll(sel.MESSAGE)];
    // The whole page: a selector list is matched against every element, while a single selector
    // like `div.adn[data-message-id]` takes Blink's class fast path. The fallbacks are asked only
    // for what the first selector misses, so on a normal page they find nothing and each message
    // is handed over once.
    const list = [...root.querySelectorAll(sel.MESSAGE_PARTS[0])];
    let extra = false;
    for (const selector of sel.MESSAGE_EXTRAS) {
      for (const el of root.querySelectorAll(selector)) {
        list.push(el);
        extra = true;
      }
    }
    // Page order, as the selector list gives it, when a fallback found messages the first missed.
    if (extra) list.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return list;
  },
  findLikelyBounces,
  closestMessage: (node) => node.closest(sel.MESSAGE),
  readMessage,
};
