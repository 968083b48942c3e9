import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROSE_WORDS } from '../../../src/release/blocks/layout.js';
import { hasWords } from '../../../src/release/recognisers/words.js';

/** Lines from words and every kind of white space a filing may hold, in runs of any length. */
const SPACES = [' ', '  ', '   ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b'];
const line = fc.array(fc.oneof(fc.constantFrom(...SPACES), fc.constantFrom('net', 'Acme', '$1.2', '—', 'é', 'a')), { maxLength: 24 }).map((parts) => parts.join(''));

describe('telling a line of prose by its words', () => {
  it('finds eight words where counting them finds eight', () => {
    fc.assert(
      fc.property(fc.oneof(line, fc.string()), (text) => {
        expect(PROSE_WORDS.test(text)).toBe(hasWords(text, 8));
      }),
      { numRuns: 3000 },
    );
  });
});
