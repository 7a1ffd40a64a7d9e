import type { MessageAnalysis, RecipientDiagnosis } from '../../../lib/types';

/** A failed recipient with nothing known but its address; tests fill in what they need. */
export function diag(over: Partial<RecipientDiagnosis> = {}): RecipientDiagnosis {
  return {
    address: 'pat@example.org',
    action: 'failed',
    status: null,
    replyCode: null,
    remoteHost: null,
    command: null,
    diagnostic: null,
    reason: 'undefined',
    cause: 'generic-undefined',
    ...over,
  };
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
