import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse, isWhiteSpace, lastWord, spacesCollapsed, wordCount, wordCountUpTo } from '../../../src/release/recognisers/words.js';
import { words } from '../../../src/release/table/tokens.js';

/** Text from words and every kind of white space a filing may hold, in runs of any length. */
const SPACES = [' ', '  ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff', '\u200b'];
const text = fc.array(fc.oneof(fc.constantFrom(...SPACES), fc.constantFrom('Acme', 'net', '$', '(1)', '2,004', 'é', '—')), { maxLength: 30 }).map((parts) => parts.join(''));

describe('reading white space by code unit', () => {
  it('takes as white space exactly what \\s matches', () => {
    for (let code = 0; code <= 0xffff; code++) {
      expect(isWhiteSpace(code), `U+${code.toString(16)}`).toBe(/\s/.test(String.fromCharCode(code)));
    }
  });

  it('collapses every run of white space to one space, as replacing each run does', () => {
    fc.assert(
      fc.property(text, (filed) => {
        expect(spacesCollapsed(filed)).toBe(filed.replace(/\s+/g, ' '));
      }),
    );
  });

  it('collapses every run of white space to one space and trims the ends, as replacing each run does', () => {
    fc.assert(
      fc.property(text, (filed) => {
        expect(collapse(filed)).toBe(filed.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the words \\S+ finds, with their columns, and counts them', () => {
    fc.assert(
      fc.property(text, (filed) => {
        const expected = [...filed.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
        expect(words(filed)).toEqual(expected);
        expect(wordCount(filed)).toBe(expected.length);
      }),
    );
  });

  it('counts words no further than asked', () => {
    fc.assert(
      fc.property(text, fc.nat(12), (filed, most) => {
        expect(wordCountUpTo(filed, most)).toBe(Math.min(wordCount(filed), most));
      }),
    );
  });

  it('reads the last word \\S+ finds, or nothing on a blank line', () => {
    fc.assert(
      fc.property(text, (filed) => {
        expect(lastWord(filed)).toBe(filed.match(/\S+/g)?.at(-1) ?? '');
      }),
    );
  });
});
