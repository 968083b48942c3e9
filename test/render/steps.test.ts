import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allAtOnce, concatenated } from '../../src/render/steps.js';

describe('concatenated', () => {
  it('gives the bytes Buffer.concat gives, for any pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 8 }), { maxLength: 3000 }), (pieces) => {
        expect(allAtOnce(concatenated(pieces)).equals(Buffer.concat(pieces))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('pauses between every thousand pieces, so that no step copies more', () => {
    const steps = concatenated(Array.from({ length: 2500 }, () => new Uint8Array([1])));
    let pauses = 0;
    while (steps.next().done !== true) pauses++;
    expect(pauses).toBe(2);
  });
});
