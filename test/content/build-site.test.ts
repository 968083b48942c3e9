import { describe, expect, it } from 'vitest';
import { buildSite, type Publishable } from '../../src/content/build-site.js';
import type { Problem } from '../../src/content/site.js';
import { minimalRelease, seedRelease } from '../fixtures/seed-release.js';

const bytes = new TextEncoder().encode('as filed');

function entry(file: string, headline: string | null, date: string | null): Publishable {
  return { file, source: bytes, release: minimalRelease({ headline, date }), modified: new Date(0) };
}

describe('buildSite', () => {
  it('gives the seed its readable slug and keeps its bytes', () => {
    const site = buildSite([{ file: 'american-locker-2004-05.txt', source: bytes, release: seedRelease(), modified: new Date(0) }], []);
    expect(site.releases).toHaveLength(1);
    expect(site.releases[0]?.slug).toBe('2004-10-13-american-locker-group-postal-contract-extension');
    expect(site.releases[0]?.source).toBe(bytes);
  });

  it('orders releases newest first, undated last, then by headline', () => {
    const site = buildSite(
      [
        entry('a.txt', 'Zebra', null),
        entry('b.txt', 'Older', '2001-01-01'),
        entry('c.txt', 'Beta', '2005-06-07'),
        entry('d.txt', 'Alpha', '2005-06-07'),
        entry('e.txt', 'Apple', null),
      ],
      [],
    );
    expect(site.releases.map((r) => r.file)).toEqual(['d.txt', 'c.txt', 'b.txt', 'e.txt', 'a.txt']);
  });

  it('numbers colliding slugs in file-name order, whatever the dates', () => {
    const site = buildSite(
      [entry('b.txt', 'Results', '2005-01-01'), entry('a.txt', 'Results', '2005-01-01'), entry('c.txt', 'Results', '2005-01-01')],
      [],
    );
    const slugOf = (file: string): string | undefined => site.releases.find((r) => r.file === file)?.slug;
    expect([slugOf('a.txt'), slugOf('b.txt'), slugOf('c.txt')]).toEqual([
      '2005-01-01-results',
      '2005-01-01-results-2',
      '2005-01-01-results-3',
    ]);
  });

  it('falls back to the file name for a release without a headline', () => {
    const site = buildSite([entry('Acme Q4.txt', null, '2005-01-01')], []);
    expect(site.releases[0]?.slug).toBe('acme-q4');
  });

  it('sorts problems by file and line', () => {
    const problem = (file: string, line: number): Problem => ({ severity: 'warning', file, line, reason: 'r' });
    const site = buildSite([], [problem('b.txt', 1), problem('a.txt', 10), problem('a.txt', 2)]);
    expect(site.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['a.txt:2', 'a.txt:10', 'b.txt:1']);
  });

  it('gives a frozen site', () => {
    const site = buildSite([entry('a.txt', 'A', null)], []);
    expect(Object.isFrozen(site)).toBe(true);
    expect(Object.isFrozen(site.releases)).toBe(true);
  });
});
