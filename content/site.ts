// The contract between the shared content-script runtime and one webmail's DOM knowledge. An
// adapter only reads the page; the runtime decides what to analyse and where to mount.

type WebmailId = 'gmail' | 'outlook';

/** One opened message as the page shows it. */
export interface MessageView {
  /** The element that holds exactly one message (header and body). */
  element: Element;
  /** Id the page gives the message (Gmail data-message-id, OWA body id); '' when none. */
  id: string;
  senderName: string | null;
  senderAddress: string | null;
  subject: string | null;
  /** The rendered body; null while the message is collapsed or still loading. */
  body: Element | null;
  /** Element the badge is inserted next to. */
  badgeAnchor: Element;
  badgeAppend: 'after' | 'before';
}

export interface SiteAdapter {
  id: WebmailId;
  /** Every message element currently under `root`. */
  findMessages(root: ParentNode): Element[];
  /**
   * For a scan of the whole page, optionally: the messages that could pass the pre-check (a
   * superset of them), found without reading each message; null when this page needs every
   * message read.
   */
  findLikelyBounces?(doc: Document): Element[] | null;
  /** The message element `node` belongs to, if any. */
  closestMessage(node: Element): Element | null;
  /** Reads one message element; null when it is not (yet) a readable message. */
  readMessage(element: Element): MessageView | null;
}
