import type { Phrase } from '../matcher';

// securityerror: authentication or security problems other than SPF/DKIM/DMARC.
export const phrases: readonly Phrase[] = [
  // "530 5.7.0 Authentication required"; Exchange: "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required"
  'authentication required',
  'authentication is required',
  'authrequired',
  'must authenticate',
  'must be authenticated',
  'auth required',
  // Sendmail: "550 Unauthenticated senders not allowed"; Microsoft 5.7.57 "Client not authenticated to send mail"
  'unauthenticated senders',
  'not authenticated',
  'client was not authenticated',
  // Exchange/generic 5.7.1: "Delivery not authorized, message refused"
  'delivery not authorized',
  'notauthorized',
  // Outlook on the web NDR for the same code: "Your message can't be delivered because delivery to this address is restricted."
  'delivery to this address is restricted',
  // SMTP AUTH failures: "535 5.7.8 Username and Password not accepted", "535 5.7.3 Authentication unsuccessful"
  'authentication failed',
  'authentication unsuccessful',
  'authentication failure',
  'username and password not accepted',
  'invalid credentials',
  'incorrect authentication data',
  'password',
  'smtpclientauthentication',
  'basic authentication is disabled',
  'submitter failed to authenticate',
  // Certificates and encryption other than STARTTLS itself
  'certificate',
  'insecure',
  'encryption needed',
  // German/French/Spanish: "Authentifizierung erforderlich", "authentification requise"
  'authentifizierung erforderlich',
  'authentification requise',
  'autenticación requerida',
  'autenticazione richiesta',
  'autenticação necessária',
];
