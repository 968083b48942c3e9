import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FiledBytes } from '../../src/content/filed-bytes.js';

describe('FiledBytes', () => {
  it('gives back exactly the bytes it was given, whatever they are', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40_000 }), (bytes) => {
        const filed = FiledBytes.of(bytes);
        expect(filed.byteLength).toBe(bytes.byteLength);
        expect(filed.bytes().equals(bytes)).toBe(true);
      }),
    );
  });

  it('gives back a filing larger than its window, repeated text and all', () => {
    const filing = Buffer.from(`${'Net sales rose 12% to $41.2 million.   \n'.repeat(3000)}\u00e9\u2019\r\n`, 'utf8');
    const filed = FiledBytes.of(filing);
    expect(filed.bytes().equals(filing)).toBe(true);
  });
});
