import type { Reason } from '../../types';
import { type Phrase, PhraseTable, type Rule } from '../matcher';

/** What a provider rule looks at, prepared once per recipient. */
export interface Evidence {
  /** normalize()d diagnostic: lower case, single spaces, padded with one space each side. */
  text: string;
  /** Lower-cased remote host, or the reporting host when no remote host is known. */
  host: string;
  /** Enhanced status code ("5.7.1"), from the decoder or the text. */
  status: string | null;
  /** Reply code ("550"), from the decoder or the text. */
  reply: string | null;
}

export interface ProviderSpec {
  id: string;
  /** Domains (matched with their subdomains) or name fragments without a dot, lower case. */
  hosts: readonly string[];
  /** Text fragments only this provider prints (e.g. "- gsmtp", "[tss04]"). */
  markers: readonly Phrase[];
  /** Ordered: the first rule whose phrase occurs decides. */
  rules: readonly Rule<Reason>[];
  /** Provider-specific meaning of codes (enhanced status, own tokens), consulted after the phrases. */
  byCode?: (ev: Evidence) => Reason | null;
}

export interface Provider {
  id: string;
  /** Text fragments that identify the provider (scanned for all providers at once by the registry). */
  markers: readonly Phrase[];
  /** The remote (or reporting) host belongs to this provider. */
  ownsHost(host: string): boolean;
  classify(ev: Evidence): Reason | null;
}

export function defineProvider(spec: ProviderSpec): Provider {
  const rules = new PhraseTable(spec.rules);
  const hosts = compileHosts(spec.hosts);
  return {
    id: spec.id,
    markers: spec.markers,
    ownsHost: (host) => host.length > 0 && hostMatches(host, hosts),
    classify(ev) {
      const byText = rules.first(ev.text);
      if (byText) return byText;
      return spec.byCode ? spec.byCode(ev) : null;
    },
  };
}

interface HostEntries {
  /** Entries with a dot, as given ("me.com") and with the leading dot of a subdomain (".me.com"). */
  domains: readonly string[];
  dotted: readonly string[];
  fragments: readonly string[];
}

/**
 * A host entry with a dot is a domain: it matches itself and its subdomains only ("me.com" must not
 * claim "acme.com"). One without a dot is a name fragment ("mimecast", "gmail-smtp-in").
 * The dotted forms are built once: every recipient is checked against every provider's hosts.
 */
function compileHosts(entries: readonly string[]): HostEntries {
  const domains = entries.filter((e) => e.includes('.'));
  return { domains, dotted: domains.map((d) => `.${d}`), fragments: entries.filter((e) => !e.includes('.')) };
}

function hostMatches(host: string, { domains, dotted, fragments }: HostEntries): boolean {
  for (let i = 0; i < domains.length; i++) if (host === domains[i] || host.endsWith(dotted[i]!)) return true;
  for (const f of fragments) if (host.includes(f)) return true;
  return false;
}

/** "5.7.606" → 606; null when the code has another class/subject. */
export function detail(status: string, prefix: string): number | null {
  if (!status.startsWith(prefix)) return null;
  const n = Number(status.slice(prefix.length));
  return Number.isInteger(n) ? n : null;
}

/** Shorthand for rule tables: each phrase of `phrases` → `value`. */
export function each(value: Reason, ...phrases: Phrase[]): Rule<Reason>[] {
  return phrases.map((phrase) => ({ phrase, value }));
}
