import type { Phrase } from '../matcher';

// speeding: the sender exceeded a sending-rate or volume limit ("try again slower").
export const phrases: readonly Phrase[] = [
  // Google: "550-5.2.1 The user you are trying to contact is receiving mail at a rate that prevents
  // additional messages from being delivered."; Yahoo: "user is receiving mail too quickly"
  'at a rate that prevents',
  'receiving mail too quickly',
  'receiving email too quickly',
  'too quickly',
  'too fast',
  'rate limit',
  'rate-limit',
  'ratelimit',
  'rate limited',
  'sending rate',
  'slow down',
  'throttl',
  'too many messages',
  // GoDaddy: "… has sent to too many recipients this hour. IB607"; cPanel "has exceeded the max emails per hour"
  'too many recipients this hour',
  'emails per hour',
  'messages per hour',
  'per hour message',
  'hourly limit',
  // cPanel: "Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed."
  'defers and failures per hour',
  'daily limit',
  'sending limit',
  // Microsoft/SES: "Submission quota exceeded", "Daily message quota exceeded", "Maximum sending rate exceeded"
  'submission quota',
  'submissionquotaexceeded',
  'daily message quota',
  'sending quota',
  'exceeded permitted limits',
  // German/French/Spanish
  'zu viele nachrichten',
  'trop de messages',
  'demasiados mensajes',
];
