// Every Outlook-on-the-web selector Bounce Lens uses, and nothing else. Evidence for each hook is in
// ../shared/reference/webmail/README.md §2 (gabeosx live ARIA capture 2026-04, Trocker, toggl,
// fperezdev, public extension code). OWA's class names are build-hashed and churn yearly, so only
// ids, data-app-section and ARIA roles are used. The same React app serves outlook.office.com,
// outlook.office365.com, outlook.cloud.microsoft and (consumer) outlook.live.com, and renders the
// same item markup in the reading pane, the full-page view (/mail/id/<ItemID>) and the pop-out
// window (about:blank or projection URL driven by the opener).

/**
 * One message (header + body): `[data-app-section="ItemContainer"]`, one per item of the open
 * conversation (collapsed ones too, marked aria-expanded="false"). Reading pane, full page and
 * pop-out alike.
 */
export const MESSAGE = '[data-app-section="ItemContainer"]';

/**
 * The body, rendered inline in the top document: `div#UniqueMessageBody_<n>` with role=document
 * and a localized aria-label ("Message body", zh-CN "邮件正文"). One per expanded message. When no
 * ItemContainer wraps it (older builds), the body's parent is taken as the message.
 */
export const BODY = [
  'div[id^="UniqueMessageBody"]',
  '[role="document"][aria-label="Message body"]',
  '[role="document"]',
] as const;

/**
 * The sender: the level-3 heading whose name starts "From: " (gabeosx), inner
 * `span[id$="_FROM"]` / `span[aria-label^="From:"]` carrying "From: Name <address>" (public
 * extension code). English UI; the last fallback, the contact-card button "Opens card for …",
 * is English too, so an address found anywhere in the header is used when both miss.
 */
export const SENDER = [
  'span[aria-label^="From:"]',
  '[id$="_FROM"]',
  '[role="heading"][aria-label^="From:"]',
  'button[aria-label^="Opens card for "]',
] as const;

/** Prefixes the sender labels above start with. */
export const SENDER_LABEL_PREFIXES = ['From:', 'Opens card for '] as const;

/**
 * The subject: `span[id$="_SUBJECT"][role=heading]` (ids CONV_<id>_SUBJECT in the conversation,
 * ITEM_SUBJECT in the pop-out); else the first level-3 heading of the reading pane. One per page.
 */
export const SUBJECT = [
  '[id$="_SUBJECT"][role="heading"]',
  '[id$="_SUBJECT"]',
  '[role="heading"][aria-level="3"]',
] as const;

/** Where the subject is looked up, innermost first: conversation, reading pane, pop-out app root. */
export const SUBJECT_SCOPE = [
  '[data-app-section="ConversationContainer"]',
  '#ReadingPaneContainerId',
  '[data-app-section="MailReadCompose"]',
  '[role="main"]',
] as const;

/** Header element after which the badge goes: the "From:" heading, else the sender element. */
export const BADGE_ANCHOR = [
  '[role="heading"][aria-label^="From:"]',
  '[id$="_FROM"]',
  'span[aria-label^="From:"]',
] as const;
