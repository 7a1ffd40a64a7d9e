// What the webmail integration takes from the engine: visible-text analysis and explanations (raw
// MIME parsing is for the popup and the CLI). It runs in the background worker, which answers the
// content scripts; the size budget bundles exactly this (scripts/vite.engine-size.config.ts) to
// report the engine's share.
export { analyzeText } from './analyze';
export { adminSummary, explain, relayCheck } from './causes';
