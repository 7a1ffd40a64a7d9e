import { classifyReason, classifyTrace } from '../../../lib/classify';
import type { ClassifyContext, DecodedRecipient, Reason } from '../../../lib/types';

/** A failed recipient with only the fields a test names. */
function rec(diagnostic: string | null, extra: Partial<DecodedRecipient> = {}): DecodedRecipient {
  return {
    address: 'kijitora@example.org',
    action: 'failed',
    status: null,
    replyCode: null,
    remoteHost: null,
    command: null,
    diagnostic,
    ...extra,
  };
}

const ctx: ClassifyContext = { format: null, kind: 'failure', reportingHost: null, from: null, subject: null };

export function classify(
  diagnostic: string | null,
  extra: Partial<DecodedRecipient> = {},
  c: Partial<ClassifyContext> = {},
): Reason {
  return classifyReason(rec(diagnostic, extra), { ...ctx, ...c });
}

export function step(diagnostic: string | null, extra: Partial<DecodedRecipient> = {}): string {
  return classifyTrace(rec(diagnostic, extra), ctx).step;
}
