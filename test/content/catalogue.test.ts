import { FiledBytes } from '../../src/content/filed-bytes.js';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, FRESH_MEMORY, nextPublication, siteAt, type CatalogueEntry } from '../../src/content/catalogue.js';
import { NO_FRONT_MATTER } from '../../src/content/front-matter/read.js';
import { releaseMeta } from '../../src/content/release-meta.js';
import type { Problem, Site } from '../../src/content/site.js';
import { SEED_MODIFIED, seedRelease } from '../fixtures/seed-release.js';
import { entry, timestamp } from './entries.js';

const bytes = new TextEncoder().encode('as filed');
const NOW = Date.parse('2025-06-01T12:00:00Z');

function build(entries: CatalogueEntry[], problems: Problem[] = []): Site {
  return siteAt(buildCatalogue(entries, problems, [], FRESH_MEMORY, new Set()).catalogue, NOW);
}

const slugOf = (site: Site, file: string): string | undefined => site.releases.find((r) => r.file === file)?.slug;

describe('buildCatalogue and siteAt', () => {
  it('gives the seed its readable slug, keeps its bytes and says what the filing states', () => {
    const release = seedRelease();
    const meta = releaseMeta(release, NO_FRONT_MATTER);
    const source = FiledBytes.of(bytes);
    const site = build([{ identity: 1, file: 'american-locker-2004-05.txt', source, release, frontMatter: NO_FRONT_MATTER, meta, modified: SEED_MODIFIED }]);
    const [seed] = site.releases;
    expect(seed?.slug).toBe('2004-10-13-american-locker-group-postal-contract-extension');
    expect(seed?.source).toBe(source);
    expect(seed?.meta).toMatchObject({
      headline: 'AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION',
      date: '2004-10-13',
      language: 'en',
      publishAt: null,
      aliases: [],
    });
    expect(seed?.meta.summary).toMatch(/^American Locker Group Incorporated announced that/);
    expect(seed?.origin).toEqual({ file: 'american-locker-2004-05.txt', slug: seed?.slug });
  });

  it('orders releases newest first by the effective date, undated last, then by headline', () => {
    const site = build([
      entry('a.txt', 'Zebra', null),
      entry('b.txt', 'Older', '2001-01-01'),
      entry('c.txt', 'Beta', '2005-06-07'),
      entry('d.txt', 'Alpha', '2005-06-07'),
      entry('e.txt', 'Apple', null),
      entry('f.txt', 'Redated', '1999-01-01', { date: '2010-01-01' }),
    ]);
    expect(site.releases.map((r) => r.file)).toEqual(['f.txt', 'd.txt', 'c.txt', 'b.txt', 'e.txt', 'a.txt']);
    expect(slugOf(site, 'f.txt')).toBe('2010-01-01-redated');
  });

  it('numbers colliding slugs in file-name order and warns on each, suggesting a front-matter slug', () => {
    const site = build([entry('b.txt', 'Results', '2005-01-01'), entry('a.txt', 'Results', '2005-01-01'), entry('c.txt', 'Results', '2005-01-01')]);
    expect([slugOf(site, 'a.txt'), slugOf(site, 'b.txt'), slugOf(site, 'c.txt')]).toEqual([
      '2005-01-01-results',
      '2005-01-01-results-2',
      '2005-01-01-results-3',
    ]);
    expect(site.problems.map((p) => [p.severity, p.file])).toEqual([
      ['warning', 'b.txt'],
      ['warning', 'c.txt'],
    ]);
    expect(site.problems[0]?.reason).toMatch(/slug "2005-01-01-results" is taken \(it is the slug of a\.txt\), so this release is published as "2005-01-01-results-2"; .*slug in front matter/);
  });

  it('lets a front-matter slug win over one made from a headline', () => {
    const site = build([entry('a.txt', 'Results', '2005-01-01'), entry('z.txt', 'Other', null, { slug: '2005-01-01-results' })]);
    expect(slugOf(site, 'z.txt')).toBe('2005-01-01-results');
    expect(slugOf(site, 'a.txt')).toBe('2005-01-01-results-2');
  });

  it('makes the slug from the front-matter headline and date', () => {
    const site = build([entry('a.txt', 'Filed Headline', '2005-01-01', { headline: 'Fixed Headline', date: '2005-01-02' })]);
    expect(site.releases[0]?.slug).toBe('2005-01-02-fixed-headline');
    expect(site.releases[0]?.meta.headline).toBe('Fixed Headline');
    expect(site.releases[0]?.release.headline?.text).toBe('Filed Headline');
  });

  it('falls back to the file name, without its folder, for a release without a headline', () => {
    const site = build([entry('2005/Acme Q4.TXT', null, '2005-01-01')]);
    expect(site.releases[0]?.slug).toBe('acme-q4');
  });

  it('redirects aliases to the release; an alias outranks a slug made from a headline', () => {
    const site = build([entry('a.txt', 'Alpha', null, { aliases: ['old-alpha', 'beta'] }), entry('b.txt', 'Beta', null)]);
    expect([...site.redirects]).toEqual([
      ['beta', 'alpha'],
      ['old-alpha', 'alpha'],
    ]);
    expect(slugOf(site, 'b.txt')).toBe('beta-2');
    expect(site.problems).toEqual([
      expect.objectContaining({ file: 'b.txt', reason: expect.stringMatching(/slug "beta" is taken \(it is an alias of a\.txt\)/) as unknown }),
    ]);
  });

  it('refuses an alias that is another release’s front-matter slug, at the alias’s line', () => {
    const site = build([entry('a.txt', 'Alpha', null, { aliases: ['old-alpha', 'beta'] }), entry('b.txt', 'B', null, { slug: 'beta' })]);
    expect(slugOf(site, 'b.txt')).toBe('beta');
    expect([...site.redirects]).toEqual([['old-alpha', 'alpha']]);
    expect(site.problems).toEqual([
      { severity: 'warning', file: 'a.txt', line: 3, reason: 'alias "beta" is not used: it is the slug of b.txt' },
    ]);
  });

  it('sorts problems by file and line', () => {
    const problem = (file: string, line: number): Problem => ({ severity: 'warning', file, line, reason: 'r' });
    const site = build([], [problem('b.txt', 1), problem('a.txt', 10), problem('a.txt', 2)]);
    expect(site.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['a.txt:2', 'a.txt:10', 'b.txt:1']);
  });

  it('gives a frozen site', () => {
    const site = build([entry('a.txt', 'A', null)]);
    expect(Object.isFrozen(site)).toBe(true);
    expect(Object.isFrozen(site.releases)).toBe(true);
  });
});

describe('siteAt: embargo', () => {
  const embargoed = [
    entry('early.txt', 'Early', '2025-06-01', { publishAt: timestamp('2025-06-01T14:00:00+02:00'), aliases: ['early-old'] }),
    entry('late.txt', 'Late', '2025-06-02', { publishAt: timestamp('2025-06-02T09:00:00-04:00'), aliases: ['late-old'] }),
    entry('open.txt', 'Open', '2025-05-01'),
  ];
  const { catalogue } = buildCatalogue(embargoed, [], [], FRESH_MEMORY, new Set());

  it('leaves out releases under embargo, and their aliases, and lists them by time', () => {
    const site = siteAt(catalogue, NOW);
    expect(site.releases.map((r) => r.file)).toEqual(['early.txt', 'open.txt']);
    expect([...site.redirects.keys()]).toEqual(['early-old']);
    expect(site.scheduled).toEqual([{ slug: '2025-06-02-late', file: 'late.txt', publishAt: timestamp('2025-06-02T09:00:00-04:00') }]);
    expect(site.asOf).toBe(NOW);
  });

  it('publishes a release at the very instant its embargo ends', () => {
    const at = Date.parse('2025-06-02T13:00:00Z');
    expect(siteAt(catalogue, at - 1).releases.map((r) => r.file)).not.toContain('late.txt');
    expect(siteAt(catalogue, at).releases.map((r) => r.file)).toContain('late.txt');
    expect(siteAt(catalogue, at).redirects.get('late-old')).toBe('2025-06-02-late');
  });

  it('reserves the slug of a release under embargo against a file added meanwhile', () => {
    const first = buildCatalogue(embargoed, [], [], FRESH_MEMORY, new Set());
    const served = new Set(siteAt(first.catalogue, NOW).releases.map((r) => r.slug));
    const { catalogue: withCopy } = buildCatalogue([...embargoed, entry('copy.txt', 'Late', '2025-06-02')], [], [], first.memory, served);
    expect(siteAt(withCopy, NOW).releases.find((r) => r.file === 'copy.txt')?.slug).toBe('2025-06-02-late-2');
    expect(withCopy.releases.find((r) => r.file === 'late.txt')?.slug).toBe('2025-06-02-late');
  });

  it('tells when the next embargo ends', () => {
    expect(nextPublication(catalogue, NOW)).toBe(Date.parse('2025-06-02T13:00:00Z'));
    expect(nextPublication(catalogue, Date.parse('2025-06-02T13:00:00Z'))).toBeNull();
  });
});

describe('buildCatalogue: the next build', () => {
  it('gives every release nothing changed as the same object, and an edited one anew', () => {
    const entries = [entry('a.txt', 'Alpha', '2025-01-01'), entry('b.txt', 'Beta', '2025-01-02'), entry('c.txt', 'Gamma', '2025-01-03')];
    const first = buildCatalogue(entries, [], [], FRESH_MEMORY, new Set());
    const served = new Set(first.catalogue.releases.map((r) => r.slug));
    const [a, b, c] = entries;
    if (!a || !b || !c) throw new Error('three entries');
    const editedB = entry('b.txt', 'Beta', '2025-01-02', {}, b.identity);
    const second = buildCatalogue([a, editedB, c], [], [], first.memory, served);
    const byFile = (built: typeof first, file: string) => built.catalogue.releases.find((r) => r.file === file);
    expect(byFile(second, 'a.txt')).toBe(byFile(first, 'a.txt'));
    expect(byFile(second, 'c.txt')).toBe(byFile(first, 'c.txt'));
    expect(byFile(second, 'b.txt')).not.toBe(byFile(first, 'b.txt'));
    expect(byFile(second, 'b.txt')?.release).toBe(editedB.release);
    expect(byFile(second, 'b.txt')?.slug).toBe(byFile(first, 'b.txt')?.slug);
  });

  it('gives a release anew when only its slug changed', () => {
    const entries = [entry('a.txt', 'Alpha', '2025-01-01')];
    const first = buildCatalogue(entries, [], [], FRESH_MEMORY, new Set());
    const [a] = entries;
    if (!a) throw new Error('one entry');
    const moved = buildCatalogue([{ ...a, meta: { ...a.meta, date: '2025-02-01' } }], [], [], first.memory, new Set());
    expect(moved.catalogue.releases[0]?.slug).toBe('2025-02-01-alpha');
    expect(moved.catalogue.releases[0]).not.toBe(first.catalogue.releases[0]);
  });
});
