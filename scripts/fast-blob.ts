// postal-mime joins every MIME part's decoded chunks through `new Blob(chunks).arrayBuffer()`.
// Node 20 implements Blob.arrayBuffer() over a stream reader, which made Blob handling about two
// thirds of the CLI's parse time (measured with --cpu-prof on the corpus: readNext, getSource,
// makeTransferable, createBlob). The Node entry points (CLI, score, bench) therefore install this
// in-memory Blob; the extension keeps the browser's own.

type Part = ArrayBuffer | ArrayBufferView | string | { bytes: Uint8Array };

const encoder = new TextEncoder();
const NEWLINE = encoder.encode('\n');
let decoder: TextDecoder | undefined;

class InMemoryBlob {
  readonly bytes: Uint8Array;
  readonly size: number;
  readonly type: string;

  constructor(parts: readonly Part[] = [], options: { type?: string } = {}) {
    // postal-mime passes each line as bytes followed by the string "\n"; strings are encoded
    // once each (a one-character "\n" is common enough to special-case).
    let length = 0;
    const arrays: Uint8Array[] = new Array(parts.length);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      let a: Uint8Array;
      if (typeof p === 'string') a = p === '\n' ? NEWLINE : encoder.encode(p);
      // Lines arrive as Uint8Array views; wrapping each in a new view was one allocation per line.
      else if (p instanceof Uint8Array) a = p;
      else if (p instanceof InMemoryBlob) a = p.bytes;
      else if (ArrayBuffer.isView(p)) a = new Uint8Array(p.buffer, p.byteOffset, p.byteLength);
      else if (p instanceof ArrayBuffer) a = new Uint8Array(p);
      else a = (p as { bytes: Uint8Array }).bytes;
      arrays[i] = a;
      length += a.length;
    }
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const a of arrays) {
      // Every other part is the one-byte "\n": a store is far cheaper than a set() call.
      if (a === NEWLINE) {
        bytes[offset++] = 0x0a;
        continue;
      }
      bytes.set(a, offset);
      offset += a.length;
    }
    this.bytes = bytes;
    this.size = length;
    this.type = options.type ?? '';
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.bytes.buffer as ArrayBuffer);
  }

  text(): Promise<string> {
    decoder ??= new TextDecoder();
    return Promise.resolve(decoder.decode(this.bytes));
  }

  get [Symbol.toStringTag](): string {
    return 'Blob';
  }
}

/** Replaces the global Blob with InMemoryBlob, for Node processes that only parse mail. */
export function installFastBlob(): void {
  (globalThis as { Blob: unknown }).Blob = InMemoryBlob;
}
