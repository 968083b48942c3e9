import { describe, expect, it } from 'vitest';
import { archiveOf, PAGE_SIZE } from '../../src/render/archive.js';
import { manyReleases, releaseOn } from './fixtures/many-releases.js';
import { dateOf } from './fixtures/publication.js';

describe('archiveOf', () => {
  it('cuts the releases into pages of 25, in the order given', () => {
    const releases = manyReleases(2 * PAGE_SIZE + 3);
    const { pages } = archiveOf(releases, dateOf);
    expect(pages.map((page) => page.length)).toEqual([25, 25, 3]);
    expect(pages.flat()).toEqual(releases);
  });

  it('has one empty page when there is nothing to list, and no year', () => {
    expect(archiveOf([], dateOf)).toEqual({ pages: [[]], groups: [], summary: [], summaryKey: '' });
  });

  it('groups by year, newest year first, with the undated releases last', () => {
    const releases = [releaseOn('a', '2005-03-01'), releaseOn('b', '2004-12-31'), releaseOn('c', '2004-01-01'), releaseOn('d', null)];
    const { groups, summary, summaryKey } = archiveOf(releases, dateOf);
    expect(groups.map(({ key, releases: listed }) => [key, listed.map((loaded) => loaded.slug)])).toEqual([
      ['2005', ['a']],
      ['2004', ['b', 'c']],
      ['undated', ['d']],
    ]);
    expect(summary).toEqual([{ key: '2005', count: 1 }, { key: '2004', count: 2 }, { key: 'undated', count: 1 }]);
    expect(summaryKey).toBe('2005:1,2004:2,undated:1');
  });
});
