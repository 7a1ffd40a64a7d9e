import { describe, expect, it } from 'vitest';
import { looksLikeBounce } from '../../../content/precheck';

const none = { senderName: null, senderAddress: null, subject: null, head: '' };

describe('looksLikeBounce', () => {
  it.each([
    ['mailer-daemon@googlemail.com'],
    ['MAILER-DAEMON@mail.example.org'],
    ['postmaster@outlook.com'],
    ['MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.onmicrosoft.com'],
  ])('accepts the bounce sender %s', (senderAddress) => {
    expect(looksLikeBounce({ ...none, senderAddress })).toBe(true);
  });

  it.each([['Mail Delivery Subsystem'], ['Mail Delivery System'], ['Microsoft Outlook']])(
    'accepts the bounce display name %s',
    (senderName) => {
      expect(looksLikeBounce({ ...none, senderName, senderAddress: 'x@example.org' })).toBe(true);
    },
  );

  it.each([
    ['Undeliverable: Contract draft'],
    ['Delivery Status Notification (Failure)'],
    ['Undelivered Mail Returned to Sender'],
    ['Mail delivery failed: returning message to sender'],
    ['failure notice'],
    ['Unzustellbar: Angebot'],
    ['Non remis : Facture'],
    ['No se puede entregar: Pedido'],
    ['Non recapitabile: Ordine'],
    ['Não é possível entregar: Pedido'],
    ['Onbestelbaar: Offerte'],
    ['Недоставляемое сообщение'],
    ['配信不能: 見積書'],
    ['FW: Undeliverable: Contract draft'],
  ])('accepts the bounce subject %s from an ordinary sender', (subject) => {
    expect(looksLikeBounce({ ...none, senderAddress: 'colleague@example.org', subject })).toBe(true);
  });

  it('rejects ordinary mail that quotes an SMTP code', () => {
    expect(
      looksLikeBounce({
        senderName: 'Maria Schulz',
        senderAddress: 'maria@example.com',
        subject: 'Re: Contract for Berlin',
        head: "I tried to forward it and got this back: 550 5.1.1 User unknown. Your message couldn't be delivered.",
      }),
    ).toBe(false);
  });

  it('reads the opening text only when the page shows no sender address', () => {
    const head = 'Delivery has failed to these recipients or groups: bob@example.com';
    expect(looksLikeBounce({ ...none, senderName: 'Some Gateway', head })).toBe(true);
    expect(looksLikeBounce({ ...none, senderName: 'Some Gateway', head: 'Lunch on Friday?' })).toBe(false);
  });

  it('does not treat a reply about a bounce as a bounce by its subject', () => {
    expect(looksLikeBounce({ ...none, senderAddress: 'bob@example.org', subject: 'Re: Undeliverable: report' })).toBe(
      false,
    );
  });
});
