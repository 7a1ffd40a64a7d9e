// TextDecoder/TextEncoder exist in every runtime lib/ runs in (browsers, Node ≥ 11), but lib/ is
// compiled without DOM or Node types on purpose; these are the few members it uses.

export interface Decoder {
  decode(input?: Uint8Array): string;
}
type DecoderClass = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;
type EncoderClass = new () => { encode(input?: string): Uint8Array };

const g = globalThis as unknown as { TextDecoder: DecoderClass; TextEncoder: EncoderClass };

export const TextDecoderImpl: DecoderClass = g.TextDecoder;

let encoder: { encode(input?: string): Uint8Array } | null = null;

/** UTF-8 bytes of a string (the encoder is made on first use, so importing this costs nothing). */
export function encodeUtf8(s: string): Uint8Array {
  encoder ??= new g.TextEncoder();
  return encoder.encode(s);
}
