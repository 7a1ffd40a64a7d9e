// Microsoft Exchange 2007 and later, Exchange Online / Microsoft 365 and Outlook.com. One decoder:
// they share the "Diagnostic information for administrators" block, which follows the recipient's
// or tenant's language (README §3.3), and newer notices add the card layout (§3.2).
//
//   Delivery has failed to these recipients or groups:
//   user@example.com<mailto:user@example.com>
//   …
//   Diagnostic information for administrators:
//   Generating server: XXXX.prod.outlook.com
//   user@example.com
//   Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
//   (Exchange 2007: "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##")
//
// The 2017+ card: "Your message to user@example.com couldn't be delivered." … "Status code: 550 5.1.10"
// … "Reported error: 550 5.1.10 …" (2026: "Error: …"), "Remote server: …" / "Message rejected by: …".
import type { DecodedRecipient, MessageParts } from '../types';
import type { FormatDecoder } from './index';
import {
  dsnRecipients,
  findAddress,
  fold,
  fromAddress,
  fromDiagnostic,
  kindOf,
  lines,
  mergeDsn,
  message,
} from './shared';

// "Diagnostic information for administrators:" in English, German, French, Spanish, Italian,
// Portuguese, Dutch, Japanese (Exchange's localized NDRs).
const DIAG_HEADING =
  /^(?:Diagnostic information for administrators|Diagnoseinformationen für Administratoren|Informations de diagnostic pour les administrateurs|Información de diagnóstico para administradores|Informazioni di diagnostica per gli amministratori|Informações de diagnóstico para administradores|Diagnostische gegevens voor beheerders|管理者向けの診断情報)\s*:?\s*$/i;
const GENERATING =
  /^(?:Generating server|Generierender Server|Serveur de génération|Servidor de generación|Server di generazione|Servidor de origem|Bronserver|生成元サーバー)\s*:\s*(\S{1,253})/i;
const RECIPIENTS_HEADING =
  /^(?:Delivery has failed to these recipients or (?:groups|distribution lists)|Delivery is delayed to these recipients or (?:groups|distribution lists)|Your message did not reach some or all of the intended recipients|Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen|Échec de la remise pour ces destinataires ou groupes|Error en la entrega a estos destinatarios o grupos|No se pudo entregar a estos destinatarios o grupos|Il recapito non è riuscito per i seguenti destinatari o gruppi|Falha na entrega a estes destinatários ou grupos|Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen|Delivery to the following recipients failed|Unable to deliver message to the following recipients|.{1,253} rejected your message to the following e-?mail addresses)/i;
const END =
  /^(?:Original message headers|Ursprüngliche Nachrichtenkopfzeilen|En-têtes de message d'origine|Encabezados del mensaje original|Intestazioni originali del messaggio|Cabeçalhos da mensagem original|Oorspronkelijke berichtkoppen|元のメッセージ ヘッダー)\s*:?\s*$/i;

// "Remote Server returned '550 5.1.1 …'", "#550 5.1.1 RESOLVER… ##", "… - Server at host returned '450 …'"
const RETURNED =
  /(?:Remote Server returned|Server at (\S{1,253}) (?:\([\d.:a-fA-F]{3,45}\) )?returned) '(.{1,1000})'\s*$/i;
const HASH_FORM = /^#(.{1,1000}?) ?##/;

// DIAG_HEADING's phrases anywhere: a line can only match the heading when the text holds one, so
// most messages that reach this decoder skip splitting 20,000 characters into lines.
const DIAG_HEADING_ANYWHERE =
  /Diagnostic information for administrators|Diagnoseinformationen für Administratoren|Informations de diagnostic pour les administrateurs|Información de diagnóstico para administradores|Informazioni di diagnostica per gli amministratori|Informações de diagnóstico para administradores|Diagnostische gegevens voor beheerders|管理者向けの診断情報/i;

function isMicrosoft(parts: MessageParts): boolean {
  if (parts.headers.has('x-ms-exchange-message-is-ndr')) return true;
  const head = parts.text.slice(0, 20000);
  return (
    /Diagnostic information for administrators|Generating server|Sent by Microsoft Exchange|Office 365|couldn't be delivered\.|This is an automatically generated Delivery Status Notification/i.test(
      head,
    ) ||
    (DIAG_HEADING_ANYWHERE.test(head) && head.split('\n').some((l) => DIAG_HEADING.test(l.trim())))
  );
}

function adminBlock(all: string[]): DecodedRecipient[] {
  const start = all.findIndex((l) => DIAG_HEADING.test(l.trim()));
  if (start < 0) return [];
  const out: DecodedRecipient[] = [];
  let current: { address: string; host: string | null; diag: string[]; returnedHost: string | null } | null = null;
  const flush = () => {
    if (!current) return;
    const text = current.diag.join('\n');
    out.push(fromDiagnostic(current.address, text || null, { remoteHost: current.returnedHost ?? current.host }));
  };
  for (let i = start + 1; i < all.length && i < start + 200; i++) {
    const l = all[i]!.trim();
    if (END.test(l)) break;
    if (!l || GENERATING.test(l) || /^Receiving server:/i.test(l)) continue;
    const onlyAddr = /^<?([^\s<>@]{1,64}@[\w.-]{1,253})>?$/.exec(l);
    if (onlyAddr) {
      flush();
      current = { address: onlyAddr[1]!, host: null, diag: [], returnedHost: null };
      continue;
    }
    if (!current) continue;
    const ret = RETURNED.exec(l);
    if (ret) {
      // Newest attempt first: keep the first "returned" line as the diagnostic.
      if (!current.diag.length) {
        current.diag.push(ret[2]!);
        if (ret[1]) current.returnedHost = ret[1];
      }
      continue;
    }
    const hash = HASH_FORM.exec(l);
    if (hash) {
      if (!current.diag.length) current.diag.push(hash[1]!.replace(/^[\w.-]{1,253} #/, ''));
      continue;
    }
    // A bare host name right after the address is the remote server that answered.
    if (!current.diag.length && !current.host && /^[A-Za-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10}\.?$/.test(l)) {
      current.host = l;
    }
  }
  flush();
  return out;
}

function cardLayout(all: string[]): DecodedRecipient[] {
  const text = all.join('\n');
  const to = /Your message to (\S{1,64}@[\w.-]{1,253}?) couldn't be delivered/i.exec(text);
  if (!to) return [];
  const reported = /^\s*(?:Reported error|Error)\s*:\s*(.{3,1000})$/im.exec(text)?.[1];
  const statusLine = /^\s*Status code:? ([245]\d\d [245]\.\d{1,3}\.\d{1,3})/im.exec(text)?.[1];
  const remote = /^\s*(?:Remote server|Message rejected by)\s*:\s*(\S{1,253})/im.exec(text)?.[1] ?? null;
  const headline = all[all.findIndex((l) => l.includes(to[0])) + 1]?.trim() ?? '';
  const diag = reported ?? statusLine ?? headline;
  return [fromDiagnostic(findAddress(to[1]), fold(diag), { remoteHost: remote })];
}

/** Recipients listed under the user-facing heading (used when there is neither DSN nor admin block). */
function listedRecipients(all: string[]): DecodedRecipient[] {
  const start = all.findIndex((l) => RECIPIENTS_HEADING.test(l.trim()));
  if (start < 0) return [];
  const out: DecodedRecipient[] = [];
  // "Unable to deliver message to the following recipients, because the message was forwarded more
  // than the maximum allowed times." — the heading itself may carry the cause.
  const heading = all[start]!.trim();
  let cause = /\bbecause\b|due to/i.test(heading) ? heading : null;
  const addresses: string[] = [];
  let i = start + 1;
  for (; i < all.length && i < start + 50; i++) {
    const l = all[i]!.trim();
    if (!l) continue;
    const a = findAddress(l);
    if (!a || l.length > 300 || !/^(?:\S{1,64}@|[^@]{0,100}<mailto:|"?[^@]{0,100}"? ?<)/.test(l)) break;
    addresses.push(a);
  }
  // Otherwise the user-facing sentence under the list says it in words: "The recipient's mailbox is
  // full and can't accept messages now."
  const sentence = all[i]?.trim();
  if (!cause && sentence && sentence.length <= 400 && !/^_{3,}|^Diagnostic|^Sent by Microsoft/i.test(sentence)) {
    cause = sentence;
  }
  for (const a of addresses) out.push(fromDiagnostic(a, cause));
  return out;
}

/** "<host> gave this error: …": the remote server's words, relayed by Exchange Online. */
function gaveThisError(all: string[]): { host: string; text: string } | null {
  const at = all.findIndex((l) => /^\S{1,253} gave this error:\s*$/.test(l.trim()));
  if (at < 0) return null;
  const host = all[at]!.trim().split(' ')[0]!;
  const text = all[at + 1]?.trim();
  return text ? { host, text } : null;
}

export const exchange: FormatDecoder = {
  id: 'exchange',
  decode(parts) {
    if (!isMicrosoft(parts)) return null;
    const all = lines(parts.text);
    let fromText = adminBlock(all);
    if (!fromText.length) fromText = cardLayout(all);
    if (!fromText.length) fromText = listedRecipients(all);
    const dsn = dsnRecipients(parts);
    if (!fromText.length && !dsn.length) return null;
    const gave = gaveThisError(all);
    if (gave) {
      for (const r of fromText) if (!r.remoteHost) r.remoteHost = gave.host;
    }
    const recipients = mergeDsn(fromText, dsn);
    // "Delivery is delayed to these recipients or groups:" … "This message hasn't been delivered yet."
    const delayed =
      /Delivery is delayed to these recipients|hasn't been delivered yet|will (?:continue to )?(?:retry|try to deliver)/i.test(
        parts.text.slice(0, 5000),
      );
    if (delayed) for (const r of recipients) r.action ??= 'delayed';
    const from = fromAddress(parts) ?? '';
    const format = /hotmail|outlook\.com|live\.com|msn\.com/.test(from) ? 'outlook' : 'exchange';
    return message(parts, format, recipients, kindOf(recipients, delayed));
  },
};
