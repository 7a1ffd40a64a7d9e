// The contract between the shared content-script runtime and one webmail's DOM knowledge.
// PLACEHOLDER shape (owner: inbox) — extended as the runtime is built.
export interface SiteAdapter {
  id: 'gmail' | 'outlook';
}
