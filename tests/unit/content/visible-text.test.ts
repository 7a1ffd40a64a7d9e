// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { walkText } from '../../../content/visible-text';

function el(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('visibleText', () => {
  it('puts blocks and table rows on their own lines and keeps cells apart', () => {
    const text = walkText(
      el(
        '<p>Error Details</p><table><tr><td>Error:</td><td>550 5.1.10 not found</td></tr><tr><td>Message rejected by:</td><td>host.example</td></tr></table>',
      ),
    );
    expect(text.split('\n').filter(Boolean)).toEqual([
      'Error Details',
      'Error:  550 5.1.10 not found',
      'Message rejected by:  host.example',
    ]);
  });

  it('turns <br> into line breaks and folds other whitespace', () => {
    expect(walkText(el('The response was:<br>\n   550   5.1.1   no such user'))).toBe(
      'The response was:\n550 5.1.1 no such user',
    );
  });

  it('skips hidden elements, scripts and styles', () => {
    const text = walkText(
      el(
        '<p>shown</p><div style="display:none">hidden</div><script>x()</script><style>p{}</style><p hidden>also hidden</p>',
      ),
    );
    expect(text).toBe('shown');
  });

  it('keeps preformatted text as written', () => {
    expect(walkText(el('<pre>Received: from a\n  by b</pre>'))).toContain('Received: from a\nby b');
  });

  it('stops at the length bound', () => {
    expect(walkText(el(`<p>${'x'.repeat(500)}</p>`), 100).length).toBeLessThanOrEqual(100);
  });
});
