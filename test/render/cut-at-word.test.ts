import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutAtWord } from '../../src/render/cut-at-word.js';

describe('cutAtWord', () => {
  it('keeps text that fits, with its spaces collapsed', () => {
    expect(cutAtWord('  Short   and  sweet ', 40)).toBe('Short and sweet');
  });

  it('cuts at the last word boundary and drops the punctuation left dangling', () => {
    expect(cutAtWord('The Company announced results, and more news today', 32)).toBe('The Company announced results…');
  });

  it('cuts a single long word where it must', () => {
    expect(cutAtWord('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });

  it('never exceeds the limit and always keeps a prefix of the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '.', '-', 'é') }), fc.integer({ min: 2, max: 200 }), (text, max) => {
        const whole = text.trim().replace(/\s+/g, ' ');
        const cut = cutAtWord(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (cut.endsWith('…') && whole.length > max) expect(whole.startsWith(cut.slice(0, -1))).toBe(true);
        else expect(cut).toBe(whole);
      }),
    );
  });
});
