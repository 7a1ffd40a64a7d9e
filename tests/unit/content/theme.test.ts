// Light or dark from the colours the page computes: the text colour where the badge goes decides
// when it is clearly light or dark, the backgrounds behind it otherwise.
import { describe, expect, it } from 'vitest';
import { themeBehind } from '../../../content/theme';

interface Painted {
  color?: string;
  backgroundColor?: string;
}

/** A chain of elements, innermost first, whose computed styles are `styles`. */
function chain(...styles: Painted[]): { el: Element; lookups: () => number } {
  let lookups = 0;
  const view = {
    getComputedStyle(node: { style: Painted }) {
      lookups++;
      return { color: 'rgb(0, 0, 0)', backgroundColor: 'rgba(0, 0, 0, 0)', ...node.style };
    },
  };
  let parent: unknown = null;
  for (const style of [...styles].reverse())
    parent = { style, parentElement: parent, ownerDocument: { defaultView: view } };
  return { el: parent as Element, lookups: () => lookups };
}

describe('themeBehind', () => {
  it('reads light text as a dark theme in one lookup', () => {
    const page = chain({ color: 'rgb(227, 227, 227)' }, {}, {}, { backgroundColor: 'rgb(17, 17, 17)' });
    expect(themeBehind(page.el)).toBe('dark');
    expect(page.lookups()).toBe(1);
  });

  it('reads dark text as a light theme in one lookup', () => {
    const page = chain({ color: 'rgb(31, 31, 31)' }, {}, { backgroundColor: 'rgb(255, 255, 255)' });
    expect(themeBehind(page.el)).toBe('light');
    expect(page.lookups()).toBe(1);
  });

  it('leaves mid-grey text to the first opaque background behind it', () => {
    const dark = chain(
      { color: 'rgb(154, 160, 166)' },
      { backgroundColor: 'rgba(255, 255, 255, 0.2)' },
      { backgroundColor: 'rgb(32, 33, 36)' },
    );
    expect(themeBehind(dark.el)).toBe('dark');
    const light = chain({ color: 'rgb(117, 117, 117)' }, { backgroundColor: 'rgb(250, 250, 250)' });
    expect(themeBehind(light.el)).toBe('light');
  });

  it('leaves translucent text to the backgrounds', () => {
    const page = chain({ color: 'rgba(255, 255, 255, 0.5)' }, { backgroundColor: 'rgb(255, 255, 255)' });
    expect(themeBehind(page.el)).toBe('light');
  });

  it('is light when nothing behind is painted', () => {
    expect(themeBehind(chain({ color: 'rgb(120, 120, 120)' }, {}).el)).toBe('light');
  });
});
