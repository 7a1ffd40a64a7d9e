// Builds MessageParts for decoder tests from a short, hand-written notice (no MIME parsing).
import type { DeliveryStatus, MessageParts } from '../../../lib/types';

export function parts(p: {
  from?: string;
  subject?: string;
  text: string;
  dsn?: DeliveryStatus | null;
  headers?: Record<string, string>;
}): MessageParts {
  const headers = new Map<string, string[]>();
  for (const [k, v] of Object.entries(p.headers ?? {})) headers.set(k.toLowerCase(), [v]);
  return {
    headers,
    from: p.from ?? null,
    subject: p.subject ?? null,
    text: p.text,
    dsn: p.dsn ?? null,
    feedback: null,
    originalHeaders: null,
  };
}
