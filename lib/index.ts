// What the content scripts take from the engine: visible-text analysis and explanations (raw-message
// parsing is for the popup and the CLI). The size budget bundles exactly this
// (scripts/vite.engine-size.config.ts) to report the engine's share of a content script.
export { analyzeText } from './analyze';
export { adminSummary, explain, relayCheck } from './causes';
