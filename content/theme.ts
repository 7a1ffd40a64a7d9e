// Light or dark, read from the colours the webmail actually paints (Gmail and OWA dark themes set
// their own backgrounds; neither follows prefers-color-scheme reliably).

function parseRgb(value: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  const alphaText = m[4];
  let alpha = 1;
  if (alphaText !== undefined) alpha = alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number(alphaText);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) … 1 (white). */
function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The theme where `el` sits. Its text colour usually decides in one style lookup instead of one per
 * ancestor: readable text (3:1 contrast) at luminance ≥ 0.45 needs a background ≤ 0.12, text at
 * ≤ 0.1 one ≥ 0.4. Text in between (mid grey) or translucent is left to the background walk.
 */
export function themeBehind(el: Element): 'light' | 'dark' {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  const text = parseRgb(view.getComputedStyle(el).color);
  if (text && text[3] >= 0.9) {
    const l = luminance(text[0], text[1], text[2]);
    if (l >= 0.45) return 'dark';
    if (l <= 0.1) return 'light';
  }
  return backgroundTheme(el, view);
}

/** The first ancestor-or-self with an opaque background decides. */
function backgroundTheme(el: Element, view: Window): 'light' | 'dark' {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const rgb = parseRgb(view.getComputedStyle(node).backgroundColor);
    if (rgb && rgb[3] >= 0.5) return luminance(rgb[0], rgb[1], rgb[2]) < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}
