// @vitest-environment happy-dom
// The badge's two renderings: drawBadge() (its first frame, plain DOM) must write exactly the nodes
// <Badge> renders, in every state, because hydrate() adopts them without checking attributes.
import { createRef, hydrate, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Badge, type BadgeLook, drawBadge } from '../../../components/Badge';

/** Every node in order, attributes sorted, text nodes kept apart: what hydration walks. */
function shape(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return { text: (node as Text).data };
  const el = node as Element;
  return {
    tag: el.localName,
    attributes: [...el.attributes].map((a) => `${a.name}=${a.value}`).sort(),
    children: [...el.childNodes].map(shape),
  };
}

const LABELS = ['Relay denied — how to fix', 'Mailbox full — try later', '<b>&amp; "quoted" \'x\'</b>'];
const LOOKS: BadgeLook[] = LABELS.flatMap((label) =>
  (['light', 'dark'] as const).flatMap((theme) =>
    [false, true].flatMap((temporary) => [false, true].map((expanded) => ({ label, theme, temporary, expanded }))),
  ),
);

function preactShape(look: BadgeLook) {
  const box = document.createElement('div');
  render(<Badge {...look} onActivate={() => {}} />, box);
  return [...box.childNodes].map(shape);
}

function plainShape(look: BadgeLook) {
  const box = document.createElement('div');
  box.append(drawBadge(document, look).root);
  return [...box.childNodes].map(shape);
}

describe('drawBadge', () => {
  it.each(LOOKS.map((look) => [JSON.stringify(look), look] as const))(
    'writes the nodes <Badge> renders: %s',
    (_name, look) => {
      expect(plainShape(look)).toEqual(preactShape(look));
    },
  );

  it('tells the states apart (the comparison above sees what changes)', () => {
    const shapes = new Set(LOOKS.map((look) => JSON.stringify(plainShape(look))));
    expect(shapes.size).toBe(LOOKS.length);
  });

  it('keeps the label as text, never markup', () => {
    const { root } = drawBadge(document, { ...LOOKS[0]!, label: '<img src=x onerror=alert(1)>' });
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('hydrating the plain badge', () => {
  it('adopts the drawn nodes, then clicks activate once and re-renders in place', () => {
    const look = LOOKS[0]!;
    const box = document.createElement('div');
    document.body.append(box);
    const { root, button } = drawBadge(document, look);
    box.append(root);
    const activate = vi.fn();
    const ref = createRef<HTMLButtonElement>();
    hydrate(<Badge {...look} onActivate={activate} buttonRef={ref} />, box);
    expect(box.firstChild).toBe(root);
    expect(ref.current).toBe(button);
    button.click();
    expect(activate).toHaveBeenCalledTimes(1);
    render(<Badge {...look} expanded={true} onActivate={activate} buttonRef={ref} />, box);
    expect(box.querySelector('button')).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    box.remove();
  });
});
