// Test builders for the engine's per-recipient and per-message records, shared by the classifier,
// cause-selection, explanation and popup tests: tests name only the fields they are about.
import type { DecodedRecipient, MessageAnalysis, Reason, RecipientDiagnosis } from '../../../lib/types';

/** A failed recipient as a format decoder reads it: the diagnostic and whatever `extra` sets. */
export function decoded(diagnostic: string | null = null, extra: Partial<DecodedRecipient> = {}): DecodedRecipient {
  return {
    address: 'pat@example.org',
    action: 'failed',
    status: null,
    replyCode: null,
    remoteHost: null,
    command: null,
    diagnostic,
    ...extra,
  };
}

/** The same recipient with the classifier's reason, as selectCause takes it. */
export function classified(
  diagnostic: string | null,
  reason: Reason = 'undefined',
  extra: Partial<DecodedRecipient> = {},
): DecodedRecipient & { reason: Reason } {
  return { ...decoded(diagnostic, extra), reason };
}

/** A finished diagnosis with nothing known but its address; tests fill in what they need. */
export function diag(over: Partial<RecipientDiagnosis> = {}): RecipientDiagnosis {
  return { ...decoded(), reason: 'undefined', cause: 'generic-undefined', ...over };
}

/** A Postfix failure notice holding `recipients`. */
export function analysis(recipients: RecipientDiagnosis[] = [], over: Partial<MessageAnalysis> = {}): MessageAnalysis {
  return {
    bounce: true,
    kind: 'failure',
    format: 'postfix',
    from: 'MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    subject: 'Undelivered Mail Returned to Sender',
    reportingHost: 'mail.example.com',
    recipients,
    ...over,
  };
}
