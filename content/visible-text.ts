// The message text as the user sees it, with the line structure the engine's visible-text mode
// reads ("Label: value" rows, one recipient per line). Only text nodes are read; nothing is ever
// written back to the page.

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
const CELL = new Set(['TD', 'TH']);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'IMG',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
]);

/** Upper bound on the text handed to the engine; NDR text that matters is at the top. */
export const MAX_TEXT = 100_000;

function hidden(el: Element): boolean {
  if (SKIP.has(el.tagName) || el.tagName.startsWith('BOUNCE-LENS')) return true;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/**
 * Visible text of `root`: blocks on their own lines, table cells apart, hidden parts left out.
 * A rendered element's innerText gives exactly that in one native call (walking the nodes from a
 * content script's isolated world costs a wrapper per node: milliseconds on an NDR); elements
 * without layout fall back to the walk.
 */
export function visibleText(root: Element, max: number = MAX_TEXT): string {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (line breaks, hidden parts) is the point.
  const rendered = (root as HTMLElement).innerText;
  if (typeof rendered === 'string' && root.isConnected && (root as HTMLElement).offsetParent !== null) {
    return tidy(rendered.slice(0, max).replace(/\t/g, '  '));
  }
  return walkText(root, max);
}

/** No blanks at either end of a line, at most one empty line in a row: a few native passes. */
function tidy(text: string): string {
  return text
    .replace(/^[ \t\u00a0]+|[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The same text by walking the nodes, for elements without layout (detached, display:none). */
export function walkText(root: Element, max: number = MAX_TEXT): string {
  const out: string[] = [];
  let length = 0;
  let preDepth = 0;
  // Explicit stack instead of recursion: message HTML nests deeply (Gmail wraps tables in tables).
  const stack: Array<Node | { close: Element }> = [root];
  while (stack.length > 0 && length < max) {
    const item = stack.pop()!;
    if ('close' in item) {
      const tag = item.close.tagName;
      if (tag === 'PRE') preDepth--;
      if (BLOCK.has(tag)) out.push('\n');
      else if (CELL.has(tag)) out.push('  ');
      continue;
    }
    if (item.nodeType === 3) {
      const raw = (item as Text).data;
      const text = preDepth > 0 ? raw : raw.replace(/\s+/g, ' ');
      out.push(text);
      length += text.length;
      continue;
    }
    if (item.nodeType !== 1) continue;
    const el = item as Element;
    if (el !== root && hidden(el)) continue;
    const tag = el.tagName;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    if (BLOCK.has(tag)) out.push('\n');
    if (tag === 'PRE') preDepth++;
    stack.push({ close: el });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return tidy(out.join('').slice(0, max));
}

/** The first `chars` characters of the text, for the cheap pre-check (stops early). */
export function headText(root: Element, chars: number): string {
  return walkText(root, chars);
}
