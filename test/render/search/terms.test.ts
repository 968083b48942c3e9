import { describe, expect, it } from 'vitest';
import { isNumberTerm, termOf, tokenize, wordsOf } from '../../../src/render/search/terms.js';

describe('termOf', () => {
  it('reads every form of an English word as its stem', () => {
    const forms = ['report', 'reports', 'reported', 'reporting', 'Reported', 'REPORTS'];
    expect(new Set(forms.map(termOf))).toEqual(new Set(['report']));
    expect(termOf('acquisitions')).toBe(termOf('acquisition'));
  });

  it('drops accents, so that a word is found however it is typed', () => {
    expect(termOf('Société')).toBe(termOf('societe'));
    expect(termOf('Nestlé')).toBe(termOf('nestle'));
  });

  it('reads a number without its thousands separators, and never stems it', () => {
    expect(termOf('1,234,000')).toBe('1234000');
    expect(termOf('2.72')).toBe('2.72');
    expect(isNumberTerm('2004')).toBe(true);
    expect(isNumberTerm('q4')).toBe(false);
  });

  it('leaves out words too common to search for, and single letters', () => {
    expect(['the', 'of', 'and', 'The', 'a', 's'].map(termOf)).toEqual([null, null, null, null, null, null]);
    expect(termOf('Q4')).toBe('q4');
  });
});

describe('wordsOf', () => {
  it('finds words and numbers with where they are, and nothing else', () => {
    const text = 'Net income: $1,234.5 million (up 12%) — Société Générale’s Q4.';
    const words = [...wordsOf(text)];
    expect(words.map(({ word }) => word)).toEqual(['Net', 'income', '1,234.5', 'million', 'up', '12', 'Société', 'Générale', 's', 'Q4']);
    for (const { word, start, end } of words) expect(text.slice(start, end)).toBe(word);
    expect(tokenize(text)).toEqual(words.map(({ word }) => word));
  });
});
