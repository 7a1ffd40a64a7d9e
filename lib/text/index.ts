// PLACEHOLDER (owner: engine-formats; minimal version by engine-mime so the pipeline runs):
// visible-text mode — what a webmail page or a pasted error shows, without headers or MIME.
import { findAddress, findCodes, findCommand, findRemoteHost, fold, kindOf } from '../formats/shared';
import type { DecodedMessage, DecodedRecipient, VisibleTextInput } from '../types';

const CODE_LINE = /(?<![\w.])[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3})?|(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?![\w.])/;

export function decodeVisibleText(input: VisibleTextInput): DecodedMessage {
  const text = input.text.slice(0, 200_000);
  const lines = text.split(/\r?\n/);
  const idx = lines.findIndex((l) => CODE_LINE.test(l));
  const recipients: DecodedRecipient[] = [];
  if (idx >= 0) {
    const diagnostic = fold(lines.slice(idx, idx + 3).join(' ')).slice(0, 1000);
    const codes = findCodes(diagnostic);
    const address = findAddress(lines.slice(Math.max(0, idx - 5), idx + 3).join('\n')) ?? findAddress(text);
    recipients.push({
      address,
      action: codes.status?.startsWith('4') ? 'delayed' : 'failed',
      status: codes.status,
      replyCode: codes.replyCode,
      remoteHost: findRemoteHost(text),
      command: findCommand(text),
      diagnostic,
    });
  }
  return {
    kind: kindOf(recipients),
    format: recipients.length ? 'text' : null,
    from: input.sender ?? null,
    subject: input.subject ?? null,
    reportingHost: null,
    recipients,
  };
}
