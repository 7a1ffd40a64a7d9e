// Every Gmail selector Bounce Lens uses, and nothing else. Evidence for each hook is in
// ../shared/reference/webmail/README.md §1 (InboxSDK, gmail.js, FlowCrypt, Trocker, a 2016 DOM dump).
// Class names are obfuscated and change; the data-* ids, span[email] and role=list/listitem are the
// long-lived hooks, so they come first and class-based fallbacks second. Expected matches are per
// page with one conversation open.

/**
 * One message (header + body), conversation view and preview pane alike: `div.adn.ads` carrying
 * `data-message-id="#msg-f:<n>"` (2016 dump through 2026 code). A just-sent reply can lack the
 * legacy id, never the new one. Matches: one per message of the open thread, collapsed ones included.
 */
export const MESSAGE_PARTS = [
  'div.adn[data-message-id]',
  'div[data-message-id][data-legacy-message-id]',
  'div.adn.ads',
] as const;
export const MESSAGE = MESSAGE_PARTS.join(', ');

/**
 * The messages each later MESSAGE_PARTS selector adds to the ones before it (without class `adn`;
 * without `data-message-id`), so that a whole-page scan queries the first selector and these,
 * and gets each message once. tests/unit/content/selectors.test.ts checks they add up to MESSAGE.
 */
export const MESSAGE_EXTRAS = [
  'div[data-message-id][data-legacy-message-id]:not(.adn)',
  'div.adn.ads:not([data-message-id])',
] as const;

/** Attributes that identify a message, newest format first (gmail.js is_email_id / legacy id). */
export const MESSAGE_ID_ATTRIBUTES = ['data-message-id', 'data-legacy-message-id'] as const;

/**
 * The sender: `h3.iw > span.gD[email][name]` inside `td.gF` (InboxSDK getSender 'td.gF span[email]',
 * gmail.js 'span[email].gD'). The fallbacks skip the class names and take the first span[email] in
 * the header (`.gE` / `.gs`), which is always the sender, recipients come later (`.hb span.g2`).
 * One per message.
 */
export const SENDER = ['span.gD[email]', 'h3 span[email]', 'td.gF span[email]', '.gs span[email]'] as const;

/**
 * The conversation subject `h2.hP` (gmail.js api.dom.email_subject) or `.ha h2` (InboxSDK
 * getSubject). A Gmail bounce is threaded under the original, so this is usually the original
 * subject, only a hint for the engine, never the detection key. One per open conversation.
 * Each selector ends in an `h2` (findLikelyBounces checks the page's h2s only; a test keeps it so).
 */
export const SUBJECT = ['h2.hP', '.ha h2', 'h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]'] as const;

/** Where a message's subject is looked up: the thread container, else the main region. */
export const THREAD_CONTAINER = ['.a98.iY', 'table.Bs', 'div.if', '[role="main"]'] as const;

/**
 * The rendered body `div.ii.gt > div.a3s.aiL` (class aXjCH before ~2019), innermost first so the
 * text is read once. Gmail keeps a second, hidden `div.ii.gt[style="display:none"]` copy: skipped
 * by HIDDEN. Absent while the message is collapsed (`.kv`) or hidden (`.kQ`, `.kx`).
 */
export const BODY = ['div.a3s', 'div.ii.gt', '.adP'] as const;

/** Inline styles Gmail uses to hide duplicate or trimmed content. */
export const HIDDEN = '[style*="display:none"], [style*="display: none"]';

/**
 * Header element after which the badge goes: the sender line `h3.iw` (Trocker's header anchor);
 * else the sender span's parent. One per message.
 */
export const BADGE_ANCHOR = ['h3.iw', 'h3'] as const;
