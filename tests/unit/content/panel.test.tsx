// @vitest-environment happy-dom
// The panel outside any webmail (as the popup uses it): props in, text out, the relay check works.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../../components/Panel';
import { buildReport } from '../../../components/report';
import { analyzeText } from '../../../lib/analyze';

// What Outlook's desktop error dialog says when the outgoing server refuses to relay (written for
// this test after the 0x800CCC79 layout in ../shared/reference/codes).
const OUTLOOK_RELAY =
  "The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was 'jane.doe@example.org'. Subject 'Figures', Account: 'mail.example.com', Server: 'smtp.example.com', Protocol: SMTP, Server Response: '550 5.7.1 Unable to relay for jane.doe@example.org', Port: 25, Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79";

const INJECTED = `Address not found

Your message wasn't delivered to <img src=x onerror="globalThis.pwned=1">bob@example.com because the address couldn't be found.

The response from the remote server was:
550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown <b>bold</b>`;

// Gmail's delay warning as its web view shows it (written for this test).
const GMAIL_DELAY = `Delivery incomplete

There was a temporary problem delivering your message to friend@example.org. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
451 4.7.1 Greylisting in action, please come back later`;

let host: HTMLElement;

function mount(text: string, onClose?: () => void) {
  const report = buildReport(analyzeText({ text }), { webmail: null });
  if (!report) throw new Error('expected a bounce');
  host = document.createElement('div');
  document.body.append(host);
  render(<Panel report={report} onClose={onClose} />, host);
  return report;
}

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('Panel', () => {
  it('offers the relay check when the explanation asks for it, and answers it', async () => {
    const report = mount(OUTLOOK_RELAY);
    expect(report.explanations[report.primary]?.relayCheck).toBe(true);
    const check = host.querySelector('[data-bounce-lens="relay-check"]')!;
    expect(check).not.toBeNull();
    const pick = (value: string) => {
      const input = check.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
      input.click();
    };
    pick('travelling');
    pick('isp');
    pick('other');
    await new Promise((r) => setTimeout(r, 10));
    expect(check.querySelector('[role="status"]')?.textContent).toMatch(/relaying/i);
  });

  it('says once that a delay is temporary: no retry suffix when nobody has to act', () => {
    const report = mount(GMAIL_DELAY);
    const explanation = report.explanations[report.primary];
    expect(explanation?.temporary).toBe(true);
    expect(explanation?.whoActs).toBe('nobody');
    const who = host.querySelector('.bl-who')?.textContent ?? '';
    expect(who).toContain(explanation?.whoActsLabel ?? '?');
    expect(who).not.toMatch(/temporary:|keeps retrying\.?$/);
  });

  it('shows message text as text only, never as markup', () => {
    mount(INJECTED);
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('b')).toBeNull();
    expect(host.textContent).toContain('User unknown <b>bold</b>');
  });

  it('has no close button where it cannot be closed, and one that calls back where it can', () => {
    mount(INJECTED);
    expect(host.querySelector('button[aria-label="Close explanation"]')).toBeNull();
    render(null, host);
    host.remove();
    let closed = 0;
    mount(INJECTED, () => closed++);
    host.querySelector<HTMLButtonElement>('button[aria-label="Close explanation"]')!.click();
    expect(closed).toBe(1);
  });
});
