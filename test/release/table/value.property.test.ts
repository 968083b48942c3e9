import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellValue, isEntry, isNil } from '../../../src/release/table/value.js';

/** The entry test as first written: a nil dash or "n/a", or a number read, for any text holding a digit, a dash or an "n". */
function isEntryAsWritten(text: string): boolean {
  return /[\d\-—–−nN]/.test(text) && (isNil(text) || cellValue(text) !== null);
}

/** Cells and words from the pieces entries and labels are made of, white space included. */
const cell = fc
  .array(fc.constantFrom('1', '0', '12', ',', '.', '$', '%', '(', ')', '(a)', '*', '†', '-', '—', '–', '−', 'n', 'N', '/', 'a', 'A', 'm', 'one', 'il', 'x', 'pts', ' ', '\t', '\u00a0', 'Net', 'income'), { maxLength: 8 })
  .map((parts) => parts.join(''));

describe('telling an entry of a number column', () => {
  it('gives what reading every word as a cell gives, on words of any kind', () => {
    fc.assert(
      fc.property(fc.oneof(cell, fc.string(), fc.string({ unit: 'binary', maxLength: 6 })), (text) => {
        expect(isEntry(text)).toBe(isEntryAsWritten(text));
      }),
      { numRuns: 2000 },
    );
  });
});
