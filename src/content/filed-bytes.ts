import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** A window and state sized for files of kilobytes: tens of microseconds a filing, either way. */
const WINDOW_BITS = 13;
const PACKING = { level: 1, windowBits: WINDOW_BITS, memLevel: 4 };

/** Bytes deflated, with their length as they were: plain data, which can be sent to another thread. */
export interface PackedBytes {
  packed: Uint8Array<ArrayBuffer>;
  byteLength: number;
}

/** Deflates `bytes` into a buffer of their own, which can be sent to another thread or kept alone. */
export function packBytes(bytes: Uint8Array): PackedBytes {
  // Copied out: zlib's answer is a view on a buffer of 16 KB, which it would keep whole (or send whole).
  return { packed: new Uint8Array(deflateRawSync(bytes, PACKING)), byteLength: bytes.byteLength };
}

/**
 * A filing's bytes as filed, kept deflated: they are read back only for the text as filed (its
 * `.txt`, made once and then kept by the body cache, and a rendering that falls back to it), and
 * at ten thousand releases they took 69 MB as they were, 22 MB deflated.
 */
export class FiledBytes {
  readonly byteLength: number;
  readonly #packed: Uint8Array<ArrayBuffer>;

  /** Keeps bytes packed by `packBytes`, here or on another thread. */
  constructor({ packed, byteLength }: PackedBytes) {
    this.byteLength = byteLength;
    this.#packed = packed;
  }

  static of(bytes: Uint8Array): FiledBytes {
    return new FiledBytes(packBytes(bytes));
  }

  /** The bytes as filed, exactly. */
  bytes(): Buffer {
    return inflateRawSync(this.#packed, { windowBits: WINDOW_BITS });
  }
}
