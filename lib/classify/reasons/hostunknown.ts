import type { Phrase } from '../matcher';

// hostunknown: the recipient domain does not exist or resolves to no mail host (RFC 3463 X.1.2).
export const phrases: readonly Phrase[] = [
  // Sendmail: "550 Host unknown", "Host unknown (Name server: example.jp: host not found)"
  'host unknown',
  'unknown host',
  // Postfix: "Host or domain name not found. Name service error for name=example.jp type=A: Host not found"
  'host or domain name not found',
  'host not found',
  // DragonFly: "DNS lookup failure: host example.org not found"
  'dns lookup failure',
  // Courier: "No such domain."
  'no such domain',
  'domain does not exist',
  "domain doesn't exist",
  'domain not found',
  'domain name not found',
  'unknown domain',
  'nonexistent domain',
  'non-existent domain',
  'domain is not reachable',
  // Gmail: "Your message wasn't delivered to x@example.cmo because the domain example.cmo couldn't be found."
  ['the domain ', " couldn't be found"],
  ['the domain ', ' could not be found'],
  'recipient domain not found',
  // Exim: "all relevant MX records point to non-existent hosts"
  'point to non-existent hosts',
  // Exim: "Unrouteable address"; "unrouteable mail domain"
  'unrouteable address',
  'unrouteable mail domain',
  'unroutable address',
  // qmail-remote: "Sorry, I couldn't find any host named example.jp. (#5.1.2)"
  "couldn't find any host",
  // Google: "We weren't able to find the recipient domain."
  'able to find the recipient domain',
  // Exchange: "SMTPSEND.DNS.NonExistentDomain", "InfoDomainNonexistent"
  'nonexistentdomain',
  'infodomainnonexistent',
  // French/Spanish/German/Italian/Portuguese/Dutch/Russian/Japanese: "domaine inexistant" …
  'domaine inexistant',
  'domaine introuvable',
  'dominio inexistente',
  'dominio no existe',
  'dominio inesistente',
  'domínio inexistente',
  'domain existiert nicht',
  'domein bestaat niet',
  'домен не существует',
  'домен не найден',
  'ドメインが存在しません',
];
