import type { DecodedMessage, MessageParts } from '../types';

/** One mail system's bounce layout. Returns null when the message is not in its format. */
export interface FormatDecoder {
  id: string;
  decode(parts: MessageParts): DecodedMessage | null;
}

// The order is written once, here. Reports that are not bounces (ARF, RFC 3834) come first,
// mail-system layouts next, the generic RFC 3464 decoder last.
const DECODERS: readonly FormatDecoder[] = [];

export function decodeMessage(parts: MessageParts): DecodedMessage | null {
  for (const decoder of DECODERS) {
    const result = decoder.decode(parts);
    if (result) return result;
  }
  return null;
}
