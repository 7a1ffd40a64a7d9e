// Probes the engine and knowledge base with the shared code fact base
// (../shared/reference/codes/codes.json, read at run time): each provider or enhanced-code entry
// with a reply code or match phrases becomes the bounce its provider would print, goes through
// analyzeText (as the popup does for pasted text) and explain(), and the panel's who-acts is
// compared with the entry's who_acts. The entries are not in the corpus, so this measures how the
// rules carry over to bounces we have no sample of.
import fs from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../../../lib/analyze';
import { explain } from '../../../lib/causes';
import type { WhoActs } from '../../../lib/types';
import { shared } from '../helpers/corpus';

export const codesFile = path.join(shared, 'reference/codes/codes.json');

export interface CodeEntry {
  code: string;
  kind: 'enhanced' | 'basic' | 'client' | 'provider';
  provider: string;
  product?: string;
  meaning: string;
  who_acts: 'sender' | 'sender_admin' | 'recipient_side' | 'wait' | 'none';
  severity: 'temporary' | 'permanent' | 'varies' | 'info';
  reply?: string | null;
  match?: string[] | null;
}

/** The reference's actor in the panel's terms; `wait` also agrees with any answer marked temporary. */
const WHO: Readonly<Record<Exclude<CodeEntry['who_acts'], 'none'>, WhoActs>> = {
  sender: 'you',
  sender_admin: 'your-admin',
  recipient_side: 'recipient',
  wait: 'nobody',
};

interface ProbeResult {
  index: number;
  entry: CodeEntry;
  text: string;
  skipped?: string;
  expected?: WhoActs;
  got?: WhoActs | 'not-a-bounce';
  temporary?: boolean;
  reason?: string;
  cause?: string;
  agree?: boolean;
}

const ENHANCED = /^[45]\.\d{1,3}\.\d{1,3}/;

/** "550/554" → "550"; "5xx/4xx" → 550 or 450 by severity; none → by the enhanced code's class. */
function replyOf(e: CodeEntry, status: string | null): string {
  const first = (e.reply ?? '').split('/')[0] ?? '';
  if (/^[245]\d\d$/.test(first)) return first;
  const temporary = e.severity === 'temporary' || status?.startsWith('4') === true || first.startsWith('4');
  return temporary ? (status ? '451' : '421') : status?.startsWith('4') ? '451' : '550';
}

/** "5.7.606-649" → "5.7.606"; provider tokens ("TSS04", "IB401") have no enhanced code. */
function statusOf(e: CodeEntry): string | null {
  return ENHANCED.exec(e.code)?.[0] ?? null;
}

// Provider tokens print in capitals: "[TSS04]", "(S3140)", "IB401", "AUP#1000", "OFR004_101", "RP-001".
const TOKEN = /^[[(]?[a-z]{0,6}[-#]?[io]?\d{2,4}[\])]?$|^_\d{3}$/;

function phraseText(e: CodeEntry): string {
  const phrases = (e.match ?? []).map((p) => p.trim()).filter(Boolean);
  const parts = phrases.map((p) => (TOKEN.test(p) ? (p.startsWith('_') ? `OFR004${p}` : p.toUpperCase()) : p));
  const text = parts.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The answering server a provider's bounce names ("host … said:"), when the provider receives mail. */
const MX: Readonly<Record<string, string>> = {
  google: 'gmail-smtp-in.l.google.com',
  yahoo: 'mta5.am0.yahoodns.net',
  apple: 'mx01.mail.icloud.com',
  mimecast: 'eu-smtp-inbound-1.mimecast.com',
  godaddy: 'smtp.secureserver.net',
  cox: 'cxr.mx.a.cox.net',
  spectrum: 'dnvrco-cmedge01.email.rr.com',
  orange: 'smtp-in.orange.fr',
  zoho: 'mx.zoho.com',
  proofpoint: 'mx0a-00123401.pphosted.com',
  barracuda: 'd123456a.ess.barracudanetworks.com',
  broadcom: 'cluster1.eu.messagelabs.com',
  spamhaus: 'mx.example.net',
  dnsbl: 'mx.example.net',
  'amazon-ses': 'email-smtp.us-east-1.amazonaws.com',
  microsoft: 'example-net.mail.protection.outlook.com',
  outlookcom: 'outlook-com.olc.protection.outlook.com',
};

const RCPT = 'pat@example.net';

function postfix(line: string, temporary: boolean): string {
  const head = temporary
    ? '####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n'
    : "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n";
  return `This is the mail system at host mail.example.com.\n\n${head}\n                   The mail system\n\n<${RCPT}>: ${line}\n`;
}

function microsoft(line: string, temporary: boolean): string {
  if (temporary) {
    return `Delivery is delayed to these recipients or groups:\n\n${RCPT}\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n\nDiagnostic information for administrators:\n\nGenerating server: AM6PR04MB5678.eurprd04.prod.outlook.com\n${RCPT}\nServer at mx.example.net (192.0.2.25) returned '${line}'\n`;
  }
  return `Your message to ${RCPT} couldn't be delivered.\n\nDiagnostic information for administrators:\n\nGenerating server: AM6PR04MB5678.eurprd04.prod.outlook.com\n\n${RCPT}\nRemote Server returned '${line}'\n`;
}

function exim(line: string, temporary: boolean): string {
  const head = temporary
    ? 'A message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mail.example.com.\n\nThe message identifier is:     1abcDE-000123-4F\n\nThe address to which the message has not yet been delivered is:\n'
    : 'A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n';
  return `This message was created automatically by mail delivery software.\n\n${head}\n  ${RCPT}\n    ${line}\n`;
}

function qmail(line: string): string {
  return `Hi. This is the qmail-send program at mail.example.com.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<${RCPT}>:\n${line}\n`;
}

function sendmail(line: string, temporary: boolean): string {
  if (temporary) {
    return `    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\nThe original message was received at Sun, 1 Mar 2026 10:00:00 +0000\nfrom localhost [127.0.0.1]\n\n   ----- Transcript of session follows -----\n<${RCPT}>... ${line}\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n`;
  }
  return `The original message was received at Sun, 1 Mar 2026 10:00:00 +0000\nfrom localhost [127.0.0.1]\n\n   ----- The following addresses had permanent fatal errors -----\n<${RCPT}>\n    (reason: ${line})\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.net.:\n>>> DATA\n<<< ${line}\n`;
}

/** The bounce a user would see for this entry, or why the entry cannot be probed. */
function bounceFor(e: CodeEntry): { text: string; temporary: boolean } | { skip: string } {
  if (e.who_acts === 'none') return { skip: 'who_acts "none": not a failure with an actor' };
  const phrase = phraseText(e);
  const status = statusOf(e);
  if (!phrase && !status) return { skip: 'no match phrase and no concrete code to print' };
  const reply = replyOf(e, status);
  const temporary = e.severity === 'temporary' || (e.severity === 'varies' && reply.startsWith('4'));
  const line = [reply, status, phrase].filter(Boolean).join(' ');
  const product = e.product ?? '';
  switch (e.provider) {
    case 'microsoft':
      if (/outlook\.com \(consumer\)/i.test(product)) {
        return {
          text: postfix(`host ${MX.outlookcom}[192.0.2.25] said: ${line} (in reply to RCPT TO command)`, temporary),
          temporary,
        };
      }
      return { text: microsoft(line, temporary), temporary };
    case 'google':
      if (!status)
        return { text: postfix(`host ${MX.google}[192.0.2.25] said: ${line} - gsmtp`, temporary), temporary };
      // Gmail's multi-line answer as Postfix joins it: "550-5.7.26 … 550 5.7.26 … - gsmtp".
      return {
        text: postfix(
          `host ${MX.google}[192.0.2.25] said: ${reply}-${status} ${phrase}. ${reply} ${status} a1si123 - gsmtp (in reply to end of DATA command)`,
          temporary,
        ),
        temporary,
      };
    case 'exim':
    case 'cpanel':
      return { text: exim(line, temporary), temporary };
    case 'qmail':
      return { text: qmail(line), temporary: false };
    case 'sendmail':
      return { text: sendmail(line, temporary), temporary };
    case 'postfix':
    case 'dovecot':
      return { text: postfix(line, temporary), temporary };
    default: {
      const mx = MX[e.provider] ?? 'mx.example.net';
      return {
        text: postfix(`host ${mx}[192.0.2.25] said: ${line} (in reply to RCPT TO command)`, temporary),
        temporary,
      };
    }
  }
}

function loadEntries(): CodeEntry[] {
  return JSON.parse(fs.readFileSync(codesFile, 'utf8')) as CodeEntry[];
}

/** One entry through the engine and explain(), as the popup shows a pasted bounce. */
export function probeEntry(entry: CodeEntry, index = -1): ProbeResult {
  const built = bounceFor(entry);
  if ('skip' in built) return { index, entry, text: '', skipped: built.skip };
  const expected = WHO[entry.who_acts as keyof typeof WHO];
  const analysis = analyzeText({ text: built.text });
  const diag = analysis.recipients[0];
  if (!analysis.bounce || !diag) return { index, entry, text: built.text, expected, got: 'not-a-bounce', agree: false };
  const ex = explain(diag, analysis, { webmail: null });
  return {
    index,
    entry,
    text: built.text,
    expected,
    got: ex.whoActs,
    temporary: ex.temporary,
    reason: diag.reason,
    cause: ex.cause,
    agree: ex.whoActs === expected || (entry.who_acts === 'wait' && ex.temporary),
  };
}

/** Every provider/enhanced entry with a reply code or match phrases, probed. */
export function probeAll(entries: readonly CodeEntry[] = loadEntries()): ProbeResult[] {
  const out: ProbeResult[] = [];
  entries.forEach((entry, index) => {
    if (entry.kind !== 'provider' && entry.kind !== 'enhanced') return;
    if (!entry.reply && !(entry.match && entry.match.length > 0)) return;
    out.push(probeEntry(entry, index));
  });
  return out;
}

export function agreement(results: readonly ProbeResult[]): { agree: number; probed: number; skipped: number } {
  const probed = results.filter((r) => !r.skipped);
  return {
    agree: probed.filter((r) => r.agree).length,
    probed: probed.length,
    skipped: results.length - probed.length,
  };
}
