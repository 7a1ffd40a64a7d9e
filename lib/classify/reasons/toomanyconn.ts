import type { Phrase } from '../matcher';

// toomanyconn: too many simultaneous connections or sessions from the sender.
export const phrases: readonly Phrase[] = [
  // "421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later"
  'too many connections',
  'too many concurrent',
  'too many simultaneous',
  'too many sessions',
  'too many smtp sessions',
  'connection limit',
  'connections from your host',
  'connections from your ip',
  'maximum number of connections',
  'max connections',
  'concurrent connections',
  // Yahoo: "421 Max message per connection reached, closing transmission channel"
  'max message per connection',
  // Tencent: "550 Ip frequency limited", "550 Connection frequency limited"
  'frequency limited',
  // German/French/Spanish
  'zu viele verbindungen',
  'trop de connexions',
  'demasiadas conexiones',
];
