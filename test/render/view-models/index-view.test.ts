import { describe, expect, it } from 'vitest';
import type { LoadedRelease } from '../../../src/content/site.js';
import { archiveOf } from '../../../src/render/archive.js';
import { archivePage, indexPage, type ListContext } from '../../../src/render/view-models/index-view.js';
import { richLoaded } from '../fixtures/rich-release.js';
import { seedLoaded } from '../../fixtures/seed-release.js';
import { dateOf, PUBLICATION } from '../fixtures/publication.js';

function context(releases: readonly LoadedRelease[]): ListContext {
  return { publication: PUBLICATION, years: archiveOf(releases, dateOf).summary, dateOf };
}

function undated(): LoadedRelease {
  const loaded = seedLoaded();
  return { ...loaded, slug: 'undated-one', meta: { ...loaded.meta, date: null } };
}

describe('indexPage', () => {
  it('lists the releases it is given in order, with readable dates and the headline the site gives them', () => {
    const seed = seedLoaded();
    seed.meta = { ...seed.meta, headline: 'Postal contract extended' };
    const releases = [richLoaded(), seed];
    const { view } = indexPage(1, 1, releases, context(releases));
    expect(view.releases).toEqual([
      {
        href: '/releases/widgets-2005-q4',
        headline: 'Widgets & Gadgets <Holdings> posts "record" year',
        date: { iso: '2005-01-25', text: 'January 25, 2005' },
        company: 'Widgets & Gadgets <Holdings> Inc.',
      },
      {
        href: '/releases/american-locker-2004-05',
        headline: 'Postal contract extended',
        date: { iso: '2004-10-13', text: 'October 13, 2004' },
        company: 'American Locker Group Incorporated',
      },
    ]);
    expect(view.pager).toBeNull();
  });

  it('shows no date for a release that states none, or states one the calendar does not have', () => {
    const invalid = seedLoaded();
    invalid.meta = { ...invalid.meta, date: '2004-02-30' };
    const releases = [undated(), invalid];
    expect(indexPage(1, 1, releases, context(releases)).view.releases.map((entry) => entry.date)).toEqual([null, null]);
  });

  it('titles the first page, gives its canonical URL and previews, and offers the list as JSON', () => {
    const { meta, view } = indexPage(1, 1, [], context([]));
    expect(meta.title).toBe('Press releases | Example Newsroom');
    expect(meta.alternates).toEqual([{ type: 'application/json', href: '/releases.json', title: null }]);
    expect(meta.links).toEqual([{ rel: 'canonical', href: 'https://ir.example.com/news/' }]);
    expect(meta.metaTags).toContainEqual({ attribute: 'property', key: 'og:type', content: 'website' });
    expect(meta.metaTags).toContainEqual({ attribute: 'property', key: 'og:url', content: 'https://ir.example.com/news/' });
    expect(meta.metaTags).toContainEqual({ attribute: 'property', key: 'og:site_name', content: 'Example Newsroom' });
    expect(view.releases).toEqual([]);
    expect(view.years).toBeNull();
  });

  it('links the pages before and after in the head and in a pager, and names the page in its title', () => {
    const releases = [seedLoaded()];
    const { meta, view } = indexPage(2, 3, releases, context(releases));
    expect(meta.title).toBe('Press releases, page 2 of 3 | Example Newsroom');
    expect(meta.links).toEqual([
      { rel: 'canonical', href: 'https://ir.example.com/news/page/2' },
      { rel: 'prev', href: '/' },
      { rel: 'next', href: '/page/3' },
    ]);
    expect(view.pager).toMatchObject({ newer: '/', older: '/page/3' });
    expect(indexPage(3, 3, releases, context(releases)).meta.links.map((link) => link.rel)).toEqual(['canonical', 'prev']);
  });

  it('offers every year with releases, newest first, with its count, and the undated ones last', () => {
    const releases = [richLoaded(), seedLoaded(), seedLoaded(), undated()];
    expect(indexPage(1, 1, releases, context(releases)).view.years).toEqual([
      { label: '2005', href: '/releases/2005/', count: 1, countText: '1 release', current: false },
      { label: '2004', href: '/releases/2004/', count: 2, countText: '2 releases', current: false },
      { label: 'Undated', href: '/releases/undated/', count: 1, countText: '1 release', current: false },
    ]);
  });
});

describe('archivePage', () => {
  it('lists one year, marks it as the current one and says which in heading and title', () => {
    const releases = [richLoaded(), seedLoaded()];
    const { meta, view } = archivePage('2004', [seedLoaded()], context(releases));
    expect(view.heading).toBe('Press releases of 2004');
    expect(meta.title).toBe('Press releases of 2004 | Example Newsroom');
    expect(meta.links).toEqual([{ rel: 'canonical', href: 'https://ir.example.com/news/releases/2004/' }]);
    expect(view.releases.map((entry) => entry.href)).toEqual(['/releases/american-locker-2004-05']);
    expect(view.years?.filter((year) => year.current).map((year) => year.label)).toEqual(['2004']);
    expect(view.pager).toBeNull();
  });

  it('lists the undated releases under their own heading', () => {
    const releases = [seedLoaded(), undated()];
    const { view } = archivePage('undated', [undated()], context(releases));
    expect(view.heading).toBe('Undated press releases');
    expect(view.years?.find((year) => year.current)?.label).toBe('Undated');
  });
});
