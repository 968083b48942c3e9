import { describe, expect, it } from 'vitest';
import { NO_FRONT_MATTER, readFrontMatter, type FrontMatter } from '../../../src/content/front-matter/read.js';
import { ContentError } from '../../../src/release/content-error.js';

/** Front matter as a file has it: its YAML starts on line 2, under the opening `---`. */
const read = (yaml: string): FrontMatter => readFrontMatter(yaml, 2, 'a.txt');

function refusal(yaml: string): { line: number; reason: string } {
  try {
    read(yaml);
  } catch (error) {
    if (error instanceof ContentError) return { line: error.line, reason: error.reason };
    throw error;
  }
  throw new Error('front matter was accepted');
}

describe('readFrontMatter', () => {
  it('reads every key', () => {
    const front = read(
      [
        'slug: 2004-10-13-acme-postal-contract',
        'date: 2004-10-14',
        'headline: "Acme Wins   Postal Contract"',
        'summary: >',
        '  Acme extends its contract',
        '  with the USPS.',
        'canonical: https://investors.example.com/news/postal',
        'aliases:',
        '  - acme-postal',
        '  - 2004-10-13-american-locker',
        'publishAt: 2004-10-13T08:30:00-04:00',
        'updated: 2004-10-15T09:00:00Z',
        'tags: [contracts, USPS, 2004]',
        'language: EN-us',
        'id: tag:investors.example.com,2004:postal',
      ].join('\n'),
    );
    expect(front).toMatchObject({
      slug: '2004-10-13-acme-postal-contract',
      date: '2004-10-14',
      headline: 'Acme Wins Postal Contract',
      summary: 'Acme extends its contract with the USPS.',
      canonical: 'https://investors.example.com/news/postal',
      aliases: ['acme-postal', '2004-10-13-american-locker'],
      publishAt: { iso: '2004-10-13T08:30:00-04:00', epochMs: Date.parse('2004-10-13T12:30:00Z') },
      updated: '2004-10-15T09:00:00Z',
      tags: ['contracts', 'USPS', '2004'],
      language: 'en-US',
      id: 'tag:investors.example.com,2004:postal',
    });
    expect(front.lines.keys.get('slug')).toBe(2);
    expect(front.lines.keys.get('publishAt')).toBe(12);
    expect(front.lines.aliases).toEqual(new Map([['acme-postal', 10], ['2004-10-13-american-locker', 11]]));
  });

  it('takes a single alias or tag written on its own, and a number as text', () => {
    expect(read('aliases: old-slug\ntags: earnings\nid: 12345\n')).toMatchObject({ aliases: ['old-slug'], tags: ['earnings'], id: '12345' });
  });

  it('gives nothing for empty front matter or comments only', () => {
    expect(read('')).toBe(NO_FRONT_MATTER);
    expect(read('# drafted by IR\n')).toBe(NO_FRONT_MATTER);
  });

  it('refuses an unknown key at its line, and suggests the key meant', () => {
    expect(refusal('slug: a\ntitle: Results\n')).toEqual({
      line: 3,
      reason: expect.stringMatching(/^unknown front-matter key "title" \(known keys: slug, date, headline, summary, canonical, aliases, publishAt, updated, tags, language, id\)$/) as unknown,
    });
    expect(refusal('publishat: 2025-01-01T00:00:00Z\n')).toEqual({ line: 2, reason: 'unknown front-matter key "publishat" (did you mean publishAt?)' });
  });

  it('refuses a bad value at the line of its key, or of the list item at fault', () => {
    expect(refusal('\n\nslug: Acme Results\n')).toEqual({
      line: 4,
      reason: 'slug "Acme Results" must be lowercase letters and digits in words joined by single hyphens, such as 2004-10-13-acme-results',
    });
    expect(refusal('aliases:\n  - fine\n  - Not_Fine\n').line).toBe(4);
    expect(refusal('date: 2004-02-30\n')).toEqual({ line: 2, reason: 'date "2004-02-30" must be a date written YYYY-MM-DD, such as 2004-10-13' });
    expect(refusal('date: October 13, 2004\n').line).toBe(2);
    expect(refusal('canonical: /news/q4\n').reason).toMatch(/^canonical "\/news\/q4" must be an absolute http or https URL/);
    expect(refusal('canonical: ftp://example.com/q4\n').reason).toMatch(/must be an absolute http or https URL/);
    expect(refusal('language: english please\n').reason).toBe('language "english please" is not a BCP 47 language tag such as en, en-US or fr-CA');
    expect(refusal('id: two words\n').reason).toBe('id must not contain spaces');
    expect(refusal('headline: ""\n').reason).toBe('headline is empty');
    expect(refusal('headline: [a, b]\n').reason).toBe('headline must be text');
    expect(refusal('updated: last week\n').reason).toMatch(/^updated must be a date \(2004-10-13\) or a date and time with its UTC offset/);
  });

  it('refuses an embargo without a UTC offset, or one that is not a date and time', () => {
    expect(refusal('publishAt: 2025-03-04T08:30:00\n')).toEqual({
      line: 2,
      reason: 'publishAt "2025-03-04T08:30:00" has no UTC offset: add Z or one such as -05:00 (2025-03-04T08:30:00-05:00)',
    });
    expect(refusal('publishAt: 2025-03-04\n').reason).toMatch(/must be a date and time with its UTC offset/);
    expect(refusal('publishAt: 2025-03-04T25:00:00Z\n').reason).toMatch(/must be a date and time with its UTC offset/);
    expect(refusal('publishAt: tomorrow\n').reason).toMatch(/must be a date and time with its UTC offset/);
    expect(read('publishAt: 2025-03-04T08:30Z\n').publishAt).toEqual({ iso: '2025-03-04T08:30Z', epochMs: Date.parse('2025-03-04T08:30:00Z') });
  });

  it('refuses YAML that does not parse, at the line of the fault', () => {
    expect(refusal('slug: a\nheadline: "unclosed\n')).toMatchObject({ line: 3, reason: expect.stringMatching(/^front matter is not valid YAML: /) as unknown });
    expect(refusal('slug: a\nslug: b\n')).toMatchObject({ line: 3, reason: expect.stringMatching(/unique/) as unknown });
  });

  it('refuses front matter that is not key: value lines, and YAML anchors', () => {
    expect(refusal('- slug\n- date\n')).toEqual({ line: 2, reason: 'front matter must be "key: value" lines, such as "slug: 2004-10-13-acme-results"' });
    expect(refusal('headline: &h Results\nsummary: *h\n').reason).toMatch(/^front matter cannot be read/);
  });

  it('reports the first fault by line when there are several', () => {
    expect(refusal('date: nope\nslug: Bad\ntitel: x\n').line).toBe(2);
    expect(refusal('titel: x\ndate: nope\n')).toMatchObject({ line: 2, reason: expect.stringMatching(/titel/) as unknown });
  });
});
