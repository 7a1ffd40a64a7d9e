// RFC 3464 §2 field blocks ("Name: value", folded lines, groups separated by blank lines), used
// for message/delivery-status and message/feedback-report parts and for DSN text pasted inline.

import type { DeliveryStatus } from '../types';

const FIELD = /^([A-Za-z][A-Za-z0-9_-]{0,80})[ \t]*:[ \t]*(.*)$/;
const MAX_VALUE = 4000;

type Fields = Record<string, string>;

/** Parses "Name: value" lines into lower-cased fields; continuation lines are unfolded. */
function parseBlock(lines: readonly string[]): Fields {
  const fields: Fields = {};
  let last: string | null = null;
  for (const line of lines) {
    const first = line.charCodeAt(0);
    const m = first === 0x20 || first === 0x09 ? null : FIELD.exec(line);
    if (!m) {
      // Folded continuation (RFC 5322 §2.2.3) — or an unindented wrap, which real servers emit
      // for long Diagnostic-Code lines; either way it belongs to the field above.
      if (last !== null) {
        const more = line.trim();
        const prev = fields[last] ?? '';
        if (more && prev.length < MAX_VALUE) fields[last] = prev ? `${prev} ${more}` : more;
      }
      continue;
    }
    const name = m[1]!.toLowerCase();
    if (name in fields) {
      last = null;
      continue;
    }
    fields[name] = (m[2] ?? '').trim().slice(0, MAX_VALUE);
    last = name;
  }
  return fields;
}

function splitBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  // A plain split when there is no CR (most reports): cheaper than the regex split.
  for (const line of text.includes('\r') ? text.split(/\r?\n|\r/) : text.split('\n')) {
    if (line.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks;
}

const RECIPIENT_FIELDS = ['final-recipient', 'original-recipient', 'x-actual-recipient', 'action', 'status'];

/**
 * Parses a delivery-status body. Blocks naming a recipient or carrying Action/Status are
 * per-recipient groups (RFC 3464 §2.3); everything else is per-message (§2.2) — some servers omit
 * the per-message block or split it, so position alone is not trusted.
 */
export function parseDeliveryStatus(text: string): DeliveryStatus | null {
  const perMessage: Fields = {};
  const perRecipient: Fields[] = [];
  for (const block of splitBlocks(text)) {
    const fields = parseBlock(block);
    const names = Object.keys(fields);
    if (!names.length) continue;
    if (RECIPIENT_FIELDS.some((n) => n in fields)) perRecipient.push(fields);
    else for (const n of names) if (!(n in perMessage)) perMessage[n] = fields[n]!;
  }
  if (!perRecipient.length && !Object.keys(perMessage).length) return null;
  return { perMessage, perRecipient };
}

/**
 * All fields of a single-block report (ARF, RFC 5965). A repeated field (Original-Rcpt-To names
 * each complaining recipient) keeps every value, one per line.
 */
export function parseFields(text: string): Readonly<Record<string, string>> {
  const all: Fields = {};
  for (const block of splitBlocks(text)) {
    for (const line of block) {
      const m = FIELD.exec(line);
      if (!m || /^[ \t]/.test(line)) continue;
      const name = m[1]!.toLowerCase();
      const value = (m[2] ?? '').trim().slice(0, MAX_VALUE);
      all[name] = name in all ? `${all[name]}\n${value}` : value;
    }
  }
  return all;
}
