import { classifyReason, classifyTrace } from '../../../lib/classify';
import type { ClassifyContext, DecodedRecipient, Reason } from '../../../lib/types';
import { decoded } from '../helpers/builders';

// The evidence tables quote this recipient's address in diagnostics ("550 <kijitora@example.org>: rejected").
const RECIPIENT = 'kijitora@example.org';

const ctx: ClassifyContext = { format: null, kind: 'failure', reportingHost: null, from: null, subject: null };

export function classify(
  diagnostic: string | null,
  extra: Partial<DecodedRecipient> = {},
  c: Partial<ClassifyContext> = {},
): Reason {
  return classifyReason(decoded(diagnostic, { address: RECIPIENT, ...extra }), { ...ctx, ...c });
}

export function step(diagnostic: string | null, extra: Partial<DecodedRecipient> = {}): string {
  return classifyTrace(decoded(diagnostic, { address: RECIPIENT, ...extra }), ctx).step;
}
