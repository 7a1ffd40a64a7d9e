// Public API of the knowledge base.
export { adminSummary } from './admin-summary';
export { explain } from './explain';
export { isAllowedUrl } from './links';
export { relayCheck } from './relay-check';
export { reasonForCause, selectCause } from './select';
