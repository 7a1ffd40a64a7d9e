import type { ClassifyContext, DecodedRecipient, Reason } from '../types';

// PLACEHOLDER (owner: classification work): replaced by the ordered rule registry.
export function classifyReason(rec: DecodedRecipient, _ctx: ClassifyContext): Reason {
  return rec.reasonHint ?? 'undefined';
}
