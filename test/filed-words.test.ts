import { describe, expect, it } from 'vitest';
import { missingWords } from './fixtures/filed-words.js';

describe('missingWords, the check that every filed word is shown', () => {
  it('counts a word missing when it is shown fewer times than it is filed', () => {
    expect(missingWords('the Company and the USPS', 'the Company and USPS')).toEqual(['the']);
    expect(missingWords('the the the', 'the the')).toEqual(['the']);
  });

  it('leaves out bullets and EDGAR page markers with their page numbers', () => {
    expect(missingWords('• Revenue\n<PAGE>   3\ngrew', 'Revenue grew')).toEqual([]);
  });
});
