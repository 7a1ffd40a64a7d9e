// Public API of the knowledge base.
export { adminSummary } from './admin-summary';
export { enhancedMeaning, replyMeaning } from './codes';
export { explain } from './explain';
export { isAllowedUrl, resolveLink } from './links';
export { CAUSES, causeById } from './registry';
export type { RelayCheckInput, RelayCheckResult, RelayFix } from './relay-check';
export { RELAY_CHECK_TEXT, relayCheck } from './relay-check';
export { selectCause } from './select';
