import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allAtOnce, concatenated, keptFor } from '../../src/render/steps.js';

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

describe('keptFor', () => {
  it('makes a value once per key object, and takes a step only when it makes one', () => {
    const made: object[] = [];
    const entryOf = keptFor((key: object) => {
      made.push(key);
      return made.length % 2 === 0 ? null : { n: made.length };
    });
    const pausesFor = (key: object): number => {
      const steps = entryOf(key);
      let pauses = 0;
      while (steps.next().done !== true) pauses++;
      return pauses;
    };
    const [a, b] = [{}, {}];
    expect(pausesFor(a)).toBe(1);
    expect(pausesFor(b)).toBe(1);
    expect(pausesFor(a)).toBe(0);
    expect(pausesFor(b)).toBe(0);
    expect(allAtOnce(entryOf(a))).toEqual({ n: 1 });
    expect(allAtOnce(entryOf(b))).toBeNull();
    expect(made).toEqual([a, b]);
  });
});
