// The shape of one cause file (lib/causes/defs/<id>.ts). A cause is data: the evidence that selects
// it, and every user-facing string the panel shows for it, so the whole text can be translated
// without touching code.
import type { ClientId, Reason, WhoActs } from '../types';

/**
 * One way a bounce can prove a cause. All fields present in a rule must hold (AND); within a field
 * any listed value is enough (OR). A cause matches when any of its rules matches.
 */
export interface EvidenceRule {
  /** Lower-case substrings of the diagnostic text (whitespace folded). */
  phrases?: readonly string[];
  /** A second list of lower-case substrings, one of which must also be present. */
  andPhrases?: readonly string[];
  /**
   * Enhanced status codes: "5.7.520", a range "5.7.606-649", or "x.2.2" for both classes 4 and 5.
   * Compared with the recipient's Status and with every code printed in the diagnostic.
   */
  status?: readonly string[];
  /** RFC 5321 reply codes, compared with the recipient's reply code and the one leading the text. */
  reply?: readonly string[];
  /** Host name suffixes of the answering or reporting server ("protection.outlook.com"). */
  hosts?: readonly string[];
  /** The engine's reason must be one of these. */
  reasons?: readonly Reason[];
  /** Only for delay notices (kind "delay" or Action "delayed"). */
  delayed?: boolean;
  /**
   * true: only in a mail server's bounce (its next hop refused); false: only in a desktop client's
   * send error (Outlook 0x800CCCxx, Thunderbird, Apple Mail), where no server accepted the message.
   */
  serverReport?: boolean;
}

/** A link id from lib/causes/links.ts; resolved for the page the user is on. */
type LinkId = string;

export interface StepDef {
  text: string;
  link?: LinkId;
  /** Shown only when the bounce shows one of these enhanced codes ("5.7.511"). */
  codes?: readonly string[];
}

/** `any`: the steps do not depend on the mail app; shown as one group for the user's own client. */
type FixClient = ClientId | 'any';

export interface FixDef {
  client: FixClient;
  audience: 'sender' | 'admin';
  steps: readonly StepDef[];
}

export interface CauseDef {
  /** Stable kebab-case id; the file name in defs/ is the same. */
  id: string;
  /** The reason of reasons.md this cause refines. */
  reason: Reason;
  evidence: readonly EvidenceRule[];
  /**
   * When no cause's evidence matches, the first cause listing the engine's reason here is used
   * before falling back to the generic per-reason explanation.
   */
  defaultFor?: readonly Reason[];
  /**
   * Other reasons of the classifier this cause is a fair refinement of (besides `reason` and
   * `defaultFor`): "550 5.1.1 user unknown" refused after DATA is classed `filtered`, yet the
   * advice is the unknown-address one.
   */
  alsoFits?: readonly Reason[];
  /**
   * The evidence is circumstantial (only the delay state, a broad code class or common words), so
   * the cause is not chosen against a specific reason of the classifier it does not fit: a delay
   * notice about a full mail system keeps its "out of storage" reason instead of "still trying".
   */
  weakEvidence?: boolean;
  temporary: boolean;
  /**
   * For a temporary cause whose own text says "your server keeps retrying": what to say when the
   * bounce is a final failure instead (Postfix returned the mail, Gmail "failed permanently", DSN
   * Action: failed). `steps` replace the sender's app-independent steps; admin steps stay.
   */
  gaveUp?: { whoActs: WhoActs; title?: string; badge: string; summary: string; steps: readonly StepDef[] };
  /**
   * A final failure even when the notice reads like a delay: Exchange reports an expired queue as
   * "550 4.4.7 QUEUE.Expired; message expired", with a temporary-looking enhanced code.
   */
  finalFailure?: boolean;
  whoActs: WhoActs;
  title: string;
  badge: string;
  summary: string;
  fixes: readonly FixDef[];
  /** Provider meanings of codes that differ from the RFC wording, shown in the code list. */
  codeNotes?: Readonly<Record<string, string>>;
  /** Offer the interactive relay check (lib/causes/relay-check.ts). */
  relayCheck?: boolean;
}

export function defineCause(def: CauseDef): CauseDef {
  return def;
}
