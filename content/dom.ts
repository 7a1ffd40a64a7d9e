// Small DOM helpers shared by the site adapters and the runtime. Reading only, never writing.

/**
 * First element under `root` matching one of `selectors`, tried in order (preferred hook first),
 * skipping anything inside `exclude`. querySelector stops at the first hit, so a lookup costs the
 * distance to it, not the size of the page.
 */
export function firstMatch(root: ParentNode, selectors: readonly string[], exclude?: Element | null): Element | null {
  for (const selector of selectors) {
    const first = root.querySelector(selector);
    if (!first) continue;
    if (!exclude?.contains(first)) return first;
    for (const el of root.querySelectorAll(selector)) {
      if (!exclude.contains(el)) return el;
    }
  }
  return null;
}

/** First ancestor-or-self of `el` matching one of `selectors`, tried in order. */
export function closestOf(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

/** Text of an element with runs of whitespace folded, at most `max` characters. */
export function foldedText(el: Element | null, max = 500): string {
  if (!el) return '';
  return (el.textContent ?? '')
    .slice(0, max * 2)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

const ANGLE_ADDRESS = /<\s*([^<>\s@]{1,128}@[^<>\s@]{1,255})\s*>/;
const BARE_ADDRESS = /^[^\s<>@]{1,128}@[^\s<>@]{1,255}$/;

/** Splits "Name <address>" (OWA labels, also without the space) into its parts. */
export function parseNameAddress(label: string): { name: string | null; address: string | null } {
  const text = label.replace(/\s+/g, ' ').trim().slice(0, 600);
  const angle = ANGLE_ADDRESS.exec(text);
  if (angle) {
    const name = text.slice(0, angle.index).trim().replace(/^"|"$/g, '');
    return { name: name || null, address: angle[1] ?? null };
  }
  if (BARE_ADDRESS.test(text)) return { name: null, address: text };
  return { name: text || null, address: null };
}
