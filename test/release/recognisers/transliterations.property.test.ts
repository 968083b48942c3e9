import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transliterate, transliterateKeepingColumns } from '../../../src/release/recognisers/transliterations.js';

/** EDGAR's stand-ins as filers' software set them after a name, with the symbol each is shown as. */
const STAND_INS: readonly (readonly [string, string])[] = [
  ['-Registered Trademark-', '®'], ['-Trademark-', '™'], ['-Service Mark-', '℠'], ['-Copyright-', '©'],
  ['-TM-', '™'], ['-SM-', '℠'], ['-R-', '®'],
];
const word = fc.constantFrom('Acme', 'Widget', 'Mac', 'OS', 'Plus', 'net', 'sales', '2004', '(a)', 'well-known');
const piece = fc.record({ name: word, mark: fc.option(fc.constantFrom(...STAND_INS), { nil: null }) });
/** A cell of a laid-out line: words, a stand-in at its end at most (the gap after it takes the width it gives up). */
const cell = fc.tuple(fc.array(word, { maxLength: 2 }), piece).map(([words, last]) => [...words.map((name) => ({ name, mark: null })), last]);
const cells = fc.array(cell, { minLength: 2, maxLength: 4 });

const filed = (cell: readonly { name: string; mark: readonly [string, string] | null }[]): string => cell.map((p) => p.name + (p.mark?.[0] ?? '')).join(' ');
const shown = (cell: readonly { name: string; mark: readonly [string, string] | null }[]): string => cell.map((p) => p.name + (p.mark?.[1] ?? '')).join(' ');

describe('EDGAR stand-ins shown as symbols', () => {
  it('shows each stand-in as its symbol and changes nothing else', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        expect(transliterate(filed(pieces))).toBe(shown(pieces));
      }),
    );
  });

  it('keeps every cell of a laid-out line at the column it was filed at', () => {
    fc.assert(
      fc.property(cells, fc.integer({ min: 2, max: 6 }), (row, gap) => {
        const width = Math.max(...row.map((cell) => filed(cell).length)) + gap;
        const line = row.map((cell) => filed(cell).padEnd(width)).join('').trimEnd();
        const out = transliterateKeepingColumns(line);
        row.forEach((cell, index) => {
          expect(out.slice(index * width).startsWith(shown(cell))).toBe(true);
        });
      }),
    );
  });
});
