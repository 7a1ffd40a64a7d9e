import { PhraseTable } from '../matcher';
import { apple } from './apple';
import { cox } from './cox';
import { docomo } from './docomo';
import { facebook } from './facebook';
import { godaddy } from './godaddy';
import { google } from './google';
import { iua } from './iua';
import { kddi } from './kddi';
import { messagelabs } from './messagelabs';
import { microsoft } from './microsoft';
import { mimecast } from './mimecast';
import { orange } from './orange';
import { spectrum } from './spectrum';
import { tencent } from './tencent';
import type { Evidence, Provider } from './types';
import { yahoo } from './yahoo';
import { zoho } from './zoho';

export type { Evidence, Provider } from './types';

/**
 * Receiver-specific readings, tried in this order; the first provider that both claims the
 * recipient (by host or marker) and recognises its text decides. Gateways come before mailbox
 * providers: a Mimecast or MessageLabs reply quotes its own wording even for an Outlook domain.
 */
const PROVIDERS: readonly Provider[] = [
  mimecast, // security gateway in front of many domains, incl. Microsoft 365 tenants
  messagelabs, // Broadcom Email Security.cloud gateway
  google, // "- gsmtp": 5.7.1 means spam, reputation, RFC 5322 or authentication by text
  microsoft, // 5.4.1 / 5.7.5xx-7xx / S3140: Microsoft's own meanings
  yahoo, // [TSS04] / [TSS09] / dd texts, also AOL and Verizon
  apple, // [CS01] / [HME1] / inactive address
  orange, // OFR/LPN tokens, the number after "_" is the reason
  tencent, // frequency limits that also print "Blocked IP"
  docomo, // "550 Unknown user" means the recipient's filter refused the sender
  kddi, // "550 : User unknown" means au's reception filter refused
  iua, // "Mailbox is frozen"
  facebook, // RCP-/POL-/CON- tokens
  zoho, // refusals at Zoho's outbound are about the sender's message
  godaddy, // IBnnn tokens
  cox, // CX* tokens
  spectrum, // AUP#nnnn ranges
];

/** Every provider's markers in one table: one pass over the text tells which providers it names. */
const MARKERS = new PhraseTable(PROVIDERS.flatMap((p, i) => p.markers.map((phrase) => ({ phrase, value: i }))));

/** Providers that claim this recipient (by host or by a marker in the text), in registry order. */
export function claimingProviders(ev: Evidence): Provider[] {
  const byMarker = MARKERS.all(ev.text);
  return PROVIDERS.filter((p, i) => byMarker.includes(i) || p.ownsHost(ev.host));
}
