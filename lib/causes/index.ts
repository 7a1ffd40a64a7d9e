import type { ClassifyContext, DecodedRecipient, Reason } from '../types';

// PLACEHOLDER (owner: knowledge-base work): replaced by the cause registry.
export function selectCause(rec: DecodedRecipient & { reason: Reason }, _ctx: ClassifyContext): string {
  return `generic-${rec.reason}`;
}
