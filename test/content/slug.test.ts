import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseSlug, slugAllocator, slugWords } from '../../src/content/slug.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
const slugSource = fc.record({ date: fc.option(isoDate), headline: fc.option(anyText), stem: anyText });

describe('baseSlug', () => {
  it('reads the seed headline as date plus telling words', () => {
    expect(
      baseSlug({
        date: '2004-10-13',
        headline: 'AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION',
        stem: 'american-locker-2004-05',
      }),
    ).toBe('2004-10-13-american-locker-group-postal-contract-extension');
  });

  it('drops corporate suffixes and little words', () => {
    expect(baseSlug({ date: null, headline: 'The Acme Co. and Widgets Ltd to Merge, with Its Rivals, by Year-End', stem: 'x' })).toBe(
      'acme-widgets-merge-rivals-year-end',
    );
  });

  it('keeps at most eight words after the date', () => {
    const slug = baseSlug({ date: '2001-02-03', headline: 'one two three four five six seven eight nine ten', stem: 'x' });
    expect(slug).toBe('2001-02-03-one-two-three-four-five-six-seven-eight');
  });

  it('folds accents and ligatures to ASCII and joins apostrophes', () => {
    expect(baseSlug({ date: null, headline: 'Nestlé’s Café Straße Œuvre: Ærø ﬁnal', stem: 'x' })).toBe(
      'nestles-cafe-strasse-oeuvre-aero-final',
    );
  });

  it('uses the words alone when there is no date', () => {
    expect(baseSlug({ date: null, headline: 'Quarterly Results', stem: 'q' })).toBe('quarterly-results');
  });

  it('falls back to the file name when the headline leaves no word', () => {
    expect(baseSlug({ date: '2004-10-13', headline: 'The Inc. of the Co.', stem: 'Acme_Q4 2005' })).toBe('acme-q4-2005');
    expect(baseSlug({ date: null, headline: null, stem: 'cisco-1995-combinet' })).toBe('cisco-1995-combinet');
    expect(baseSlug({ date: null, headline: '株式会社', stem: '発表' })).toBe('release');
  });

  it('ignores a date that is not an ISO date', () => {
    expect(baseSlug({ date: 'October 13, 2004', headline: 'Results', stem: 'x' })).toBe('results');
  });

  it('always gives a well-formed slug', () => {
    fc.assert(
      fc.property(slugSource, (source) => {
        expect(baseSlug(source)).toMatch(SLUG);
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(slugSource, (source) => {
        expect(baseSlug({ ...source })).toBe(baseSlug(source));
      }),
    );
  });
});

describe('slugWords', () => {
  it('gives only lowercase ASCII letters and digits', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const word of slugWords(text)) expect(word).toMatch(/^[a-z0-9]+$/);
      }),
    );
  });
});

describe('slugAllocator', () => {
  const allocate = (bases: string[]): string[] => bases.map(slugAllocator(bases));

  it('numbers repeats from 2 in the order claimed', () => {
    expect(allocate(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a-2', 'a-3']);
  });

  it('lets a release keep a unique base that looks like a suffixed one', () => {
    expect(allocate(['a', 'a', 'a-2'])).toEqual(['a', 'a-3', 'a-2']);
  });

  it('always gives unique, well-formed slugs', () => {
    const base = fc.constantFrom('a', 'a-2', 'a-3', 'b', '2004-10-13-results', 'a-2-2');
    fc.assert(
      fc.property(fc.array(base, { maxLength: 30 }), (bases) => {
        const slugs = allocate(bases);
        expect(new Set(slugs).size).toBe(slugs.length);
        for (const slug of slugs) expect(slug).toMatch(SLUG);
      }),
    );
  });

  it('gives unique slugs for any sources, and the same ones every time', () => {
    fc.assert(
      fc.property(fc.array(slugSource, { maxLength: 20 }), (sources) => {
        const bases = sources.map(baseSlug);
        const slugs = allocate(bases);
        expect(new Set(slugs).size).toBe(slugs.length);
        expect(allocate(sources.map(baseSlug))).toEqual(slugs);
      }),
    );
  });

  it('gives a base back unchanged when it is unique', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), { maxLength: 20 }), (bases) => {
        expect(allocate(bases)).toEqual(bases);
      }),
    );
  });
});
