import type { Phrase } from '../matcher';

// systemerror: a fault on the receiving system (configuration, directory, internal errors).
export const phrases: readonly Phrase[] = [
  // WorkMail: "550 5.3.5 <x@example.org>... Internal System Error"; Yahoo "553 5.3.5 system config error"
  'internal system error',
  'internal error',
  'internal server error',
  'system error',
  'system config error',
  'configuration error',
  'config error',
  'local error',
  // Postfix: "451 Could not load DRD for domain"; "554 Transaction failed"; "554 Service currently unavailable"
  'could not load',
  'transaction failed',
  'service currently unavailable',
  'resources temporarily unavailable',
  'temporary system problem',
  'server error',
  'server failure',
  'alias loop',
  // Postfix: "451 4.3.0 Error: queue file write error"
  'write error',
  // German/French/Spanish
  'interner fehler',
  'erreur interne',
  'error interno',
  'errore interno',
  'erro interno',
  'внутренняя ошибка',
];
