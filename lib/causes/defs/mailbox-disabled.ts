import { defineCause } from '../model';
import { STEP_CONTACT_RECIPIENT } from '../steps';

export default defineCause({
  id: 'mailbox-disabled',
  reason: 'suspend',
  evidence: [
    // Gmail: "550-5.2.1 The email account that you tried to reach is inactive."; "… is disabled."
    // AOL/Yahoo: "554 delivery error: dd This mailbox is disabled (554.30)"
    {
      phrases: [
        'tried to reach is inactive',
        'tried to reach is disabled',
        'mailbox is disabled',
        'account is disabled',
        'account has been disabled',
        'account disabled',
        'mailbox disabled',
        'account is inactive',
        'inactive email address',
        'inactive user',
        'account has been suspended',
        'account is suspended',
        'mailbox is inactive',
        'is no longer valid',
        '554.30',
        'disableduser',
        // "550 Mailbox is frozen. See http://mail.example.net/err/3/"
        'mailbox is frozen',
        'account is frozen',
        // La Poste: "550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426"
        'recipient account is blocked',
        'recipient account is closed',
      ],
    },
    { reply: ['525'] },
    { status: ['5.2.1', '4.2.1'], reasons: ['suspend'] },
  ],
  defaultFor: ['suspend'],
  codeNotes: { '5.2.1': 'The mailbox is disabled or inactive.' },
  temporary: false,
  whoActs: 'recipient',
  title: "The recipient's mailbox has been disabled",
  badge: 'Mailbox disabled — contact them',
  summary:
    'The address exists, but the mailbox has been switched off: the person may have left the organisation, the account may be unused for a long time, or the provider suspended it. Mail will not arrive until it is switched back on, which only the recipient or their provider can do.',
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        STEP_CONTACT_RECIPIENT,
        { text: 'If the person has left the organisation, ask who took over their work.' },
      ],
    },
  ],
});
