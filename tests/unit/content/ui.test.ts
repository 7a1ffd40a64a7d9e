// @vitest-environment happy-dom
// The badge as the page gets it: a host next to the anchor carrying the test hooks, a real button in
// an open shadow root, and no click or key reaching the webmail's own handlers.
import { hydrate, render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildReport, hookAttributes } from '../../../components/report';
import { mountBadge } from '../../../content/ui';
import { analyzeText } from '../../../lib/analyze';

const NDR = [
  'Delivery to the following recipient failed permanently:',
  '',
  '     bob.keller@example-corp.com',
  '',
  "The recipient's email address was not found in the recipient's email domain.",
  '',
  'Remote-MTA: dns; mx.example-corp.com',
  'Diagnostic-Code: smtp; 550 5.1.1 <bob.keller@example-corp.com>: Recipient address rejected: User unknown',
].join('\n');

function report() {
  const analysis = analyzeText({
    text: NDR,
    sender: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    subject: null,
  });
  const built = buildReport(analysis, { webmail: 'gmail', host: 'mail.google.com', gmailAccountIndex: 0 });
  if (!built) throw new Error('the sample NDR was not read as a bounce');
  return built;
}

// Preact's entry points, watched: the badge's first frame must not call them.
vi.mock('preact', async (original) => {
  const preact = await original<typeof import('preact')>();
  return { ...preact, hydrate: vi.fn(preact.hydrate), render: vi.fn(preact.render) };
});

let anchor: HTMLElement;

beforeEach(() => {
  document.body.innerHTML =
    '<div id="header"><h3 id="anchor">Mail Delivery Subsystem</h3><span id="next">10:02</span></div>';
  anchor = document.getElementById('anchor')!;
});

const host = () => document.querySelector('[data-bounce-lens="badge"]') as HTMLElement | null;
const button = () => host()?.shadowRoot?.querySelector('button') ?? null;

describe('mountBadge', () => {
  it('puts one host right after the anchor, with the test hooks of the first failed recipient', () => {
    const r = report();
    mountBadge(anchor, 'after', { report: r, theme: 'light' }, () => {});
    expect(anchor.nextElementSibling).toBe(host());
    expect(host()?.tagName).toBe('BOUNCE-LENS-BADGE');
    const hooks = hookAttributes(r);
    expect(Object.keys(hooks).sort()).toEqual(['data-cause', 'data-reason', 'data-reply-code', 'data-status']);
    for (const [name, value] of Object.entries(hooks)) expect(host()?.getAttribute(name)).toBe(value);
    expect(host()?.getAttribute('data-reason')).not.toBe('');
  });

  it('goes before the anchor when asked', () => {
    mountBadge(anchor, 'before', { report: report(), theme: 'light' }, () => {});
    expect(anchor.previousElementSibling).toBe(host());
  });

  it('is a button named by its label, announcing a dialog, in an open shadow root', () => {
    const r = report();
    mountBadge(anchor, 'after', { report: r, theme: 'light' }, () => {});
    const b = button();
    expect(b?.getAttribute('type')).toBe('button');
    expect(b?.getAttribute('aria-haspopup')).toBe('dialog');
    expect(b?.getAttribute('aria-expanded')).toBe('false');
    expect(b?.textContent).toContain(r.explanations[r.primary]?.badge ?? '');
    // The page's styles stop at the host (the badge's own rules are a bundled string, empty here).
    expect(host()?.shadowRoot?.querySelector('style')?.textContent).toContain(':host{all:initial');
  });

  it('activates on click, and neither clicks nor keys reach the page', () => {
    const activate = vi.fn();
    const page = vi.fn();
    for (const type of ['click', 'keydown', 'mousedown']) document.addEventListener(type, page);
    mountBadge(anchor, 'after', { report: report(), theme: 'light' }, activate);
    button()?.click();
    button()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true, composed: true }));
    button()?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    expect(activate).toHaveBeenCalledTimes(1);
    expect(page).not.toHaveBeenCalled();
    for (const type of ['click', 'keydown', 'mousedown']) document.removeEventListener(type, page);
  });

  it('draws its first frame without Preact, and Preact takes the same nodes over on the first pointer or focus', () => {
    for (const trigger of ['pointerover', 'focusin', 'none'] as const) {
      document.body.innerHTML = '<div><h3 id="anchor">Mail Delivery Subsystem</h3></div>';
      anchor = document.getElementById('anchor')!;
      vi.mocked(hydrate).mockClear();
      vi.mocked(render).mockClear();
      const activate = vi.fn();
      const badge = mountBadge(anchor, 'after', { report: report(), theme: 'light' }, activate);
      const drawn = button();
      expect(hydrate).not.toHaveBeenCalled();
      expect(render).not.toHaveBeenCalled();
      if (trigger !== 'none') {
        drawn?.dispatchEvent(new Event(trigger, { bubbles: true, composed: true }));
        expect(hydrate).toHaveBeenCalledTimes(1);
      }
      // A click that comes first hydrates on its way to the button and still activates once.
      drawn?.click();
      drawn?.dispatchEvent(new Event('focusin', { bubbles: true, composed: true }));
      expect(hydrate).toHaveBeenCalledTimes(1);
      expect(activate).toHaveBeenCalledTimes(1);
      expect(button()).toBe(drawn);
      badge.setExpanded(true);
      expect(render).toHaveBeenCalledTimes(1);
      expect(button()).toBe(drawn);
      expect(drawn?.getAttribute('aria-expanded')).toBe('true');
    }
  });

  it('redraws before hydration only when what it shows changed, and focus reaches the drawn button', () => {
    const r = report();
    const badge = mountBadge(anchor, 'after', { report: r, theme: 'light' }, () => {});
    const first = button();
    badge.update({ report: r, theme: 'light' });
    expect(button()).toBe(first);
    badge.update({ report: r, theme: 'dark' });
    expect(host()?.shadowRoot?.querySelectorAll('button')).toHaveLength(1);
    expect(host()?.shadowRoot?.querySelector('.bl-dark button')).toBe(button());
    badge.focus();
    expect(host()?.shadowRoot?.activeElement).toBe(button());
  });

  it('follows updates, expansion and removal', () => {
    const badge = mountBadge(anchor, 'after', { report: report(), theme: 'light' }, () => {});
    expect(host()?.shadowRoot?.querySelector('.bl-dark')).toBeNull();
    badge.update({ report: report(), theme: 'dark' });
    expect(host()?.shadowRoot?.querySelector('.bl-dark')).not.toBeNull();
    expect(document.querySelectorAll('[data-bounce-lens="badge"]')).toHaveLength(1);
    badge.setExpanded(true);
    expect(button()?.getAttribute('aria-expanded')).toBe('true');
    expect(badge.isAt(anchor)).toBe(true);
    expect(badge.alive()).toBe(true);
    host()?.remove();
    expect(badge.alive()).toBe(false);
    badge.remove();
    expect(host()).toBeNull();
  });
});
