import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Publication } from '../../src/config.js';
import { loadSite } from '../../src/content/load.js';
import type { LoadedRelease } from '../../src/content/site.js';
import { scriptSource } from '../../src/render/json-ld.js';
import { createRenderer, type Renderer } from '../../src/render/renderer.js';
import type { NewsArticle } from '../../src/render/view-models/news-article.js';
import { timestamp } from '../content/entries.js';
import { seedLoaded } from '../fixtures/seed-release.js';
import { checkNewsArticle } from './fixtures/news-article-check.js';
import { page, resource } from './fixtures/rendered.js';
import { DIRS, siteOf } from './fixtures/site.js';
import { stubCard } from './fixtures/stub-card.js';

const PUBLICATION: Publication = { siteUrl: 'https://ir.example.com/news', siteName: 'Example IR', timeZone: 'America/New_York', releaseTime: '08:30' };
const FOLDERS = ['../fixtures/corpus', '../fixtures/releases'].map((folder) => path.join(import.meta.dirname, folder));

let render: Renderer;
beforeAll(async () => {
  render = await createRenderer({ ...DIRS, publication: PUBLICATION, drawCard: stubCard });
});

function structuredData($: CheerioAPI): unknown {
  const scripts = $('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts.text());
}

function articleOf(loaded: LoadedRelease): NewsArticle {
  return structuredData(page(resource(render(siteOf(loaded)), `/releases/${loaded.slug}`))) as NewsArticle;
}

describe('the JSON-LD of every release of the fixtures', () => {
  it.each(FOLDERS)('in %s is a NewsArticle with what search engines recommend, its script allowed by its hash', async (folder) => {
    const site = await loadSite(folder, { maxFileBytes: 2 << 20 });
    const rendered = render(site);
    expect(site.releases.length).toBeGreaterThan(3);
    for (const { slug, meta } of site.releases) {
      const representation = resource(rendered, `/releases/${slug}`);
      const $ = page(representation);
      const check = checkNewsArticle(structuredData($));
      expect(check.errors, slug).toEqual([]);
      expect(check.missing, slug).toEqual(meta.date === null ? ['datePublished', 'dateModified'] : []);
      expect(representation.scriptSources()).toEqual([scriptSource($('script[type="application/ld+json"]').text())]);
    }
  });
});

describe('the NewsArticle of a release', () => {
  it('says what the seed filing states, with absolute URLs under SITE_URL and its date at the release time', () => {
    expect(articleOf(seedLoaded())).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION',
      description: expect.stringMatching(/^American Locker Group Incorporated announced that its current contracts .*…$/) as unknown,
      inLanguage: 'en',
      datePublished: '2004-10-13T08:30:00-04:00',
      dateModified: '2004-10-13T08:30:00-04:00',
      image: [{ '@type': 'ImageObject', url: 'https://ir.example.com/news/releases/american-locker-2004-05/card.png', width: 1200, height: 630 }],
      url: 'https://ir.example.com/news/releases/american-locker-2004-05',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://ir.example.com/news/releases/american-locker-2004-05' },
      author: { '@type': 'Corporation', name: 'American Locker Group Incorporated', tickerSymbol: 'NASDAQ ALGI' },
      publisher: { '@type': 'Corporation', name: 'American Locker Group Incorporated', tickerSymbol: 'NASDAQ ALGI' },
    });
  });

  it('takes the front matter first: headline, summary, date, embargo, update, canonical, language and tags', () => {
    const seed = seedLoaded();
    const article = articleOf({
      ...seed,
      meta: {
        ...seed.meta,
        headline: 'American Locker wins postal contract extension',
        summary: 'The USPS extended its contracts.',
        date: '2004-10-14',
        publishAt: timestamp('2004-10-14T07:00:00-04:00'),
        updated: '2004-10-20',
        canonical: 'https://www.americanlocker.com/news/postal',
        language: 'en-US',
        tags: ['contracts', 'usps'],
      },
    });
    expect(article).toMatchObject({
      headline: 'American Locker wins postal contract extension',
      description: 'The USPS extended its contracts.',
      datePublished: '2004-10-14T07:00:00-04:00',
      dateModified: '2004-10-20T08:30:00-04:00',
      url: 'https://www.americanlocker.com/news/postal',
      mainEntityOfPage: { '@id': 'https://www.americanlocker.com/news/postal' },
      inLanguage: 'en-US',
      keywords: ['contracts', 'usps'],
    });
    expect(checkNewsArticle(article)).toEqual({ errors: [], missing: [] });
  });

  it('names the site as publisher when the filing names no company, as an Organization without a ticker', () => {
    const seed = seedLoaded();
    const article = articleOf({ ...seed, release: { ...seed.release, company: null, ticker: null } });
    expect(article.publisher).toEqual({ '@type': 'Organization', name: 'Example IR' });
    expect(checkNewsArticle(article).errors).toEqual([]);
  });

  it('gives no date for a release that states none, rather than one made up', () => {
    const seed = seedLoaded();
    const article = articleOf({ ...seed, meta: { ...seed.meta, date: null } });
    expect(article.datePublished).toBeUndefined();
    expect(article.dateModified).toBeUndefined();
  });

  it('keeps markup in a headline as text, escaped in the script', () => {
    const seed = seedLoaded();
    const headline = 'Widgets & Gadgets </script><script>alert(1)</script> <!-- posts record year';
    const rendered = render(siteOf({ ...seed, meta: { ...seed.meta, headline } }));
    const $ = page(resource(rendered, `/releases/${seed.slug}`));
    expect($('script')).toHaveLength(1);
    expect((structuredData($) as NewsArticle).headline).toBe(headline);
  });
});

describe('the check of a NewsArticle', () => {
  const sound = (): Record<string, unknown> => ({ ...articleOf(seedLoaded()) });

  it.each([
    ['another type', { '@type': 'Article' }, '@type: must be NewsArticle'],
    ['a date without its offset', { datePublished: '2004-10-13T09:00:00' }, 'datePublished: must be an ISO 8601 date and time with its offset'],
    ['a modification before publication', { dateModified: '2004-10-12T09:00:00-04:00' }, 'dateModified: is before datePublished'],
    ['a relative image', { image: ['/card.png'] }, 'image: must be an absolute URL or an ImageObject with one'],
    ['a small image', { image: [{ '@type': 'ImageObject', url: 'https://x.example/a.png', width: 100, height: 100 }] }, 'image: must give its width and height, 50000 pixels or more'],
    ['a ticker on an Organization', { publisher: { '@type': 'Organization', name: 'A', tickerSymbol: 'NYSE A' } }, 'publisher.tickerSymbol: only a Corporation has one'],
    ['a person as publisher', { publisher: { '@type': 'Person', name: 'A' } }, 'publisher: must be an Organization'],
    ['an unknown property', { company: 'A' }, 'company: not a property of NewsArticle'],
    ['a page that is not a URL', { mainEntityOfPage: 'here' }, 'mainEntityOfPage: must be the page: its absolute URL, or a WebPage whose @id is'],
  ])('finds %s', (_name, change, error) => {
    expect(checkNewsArticle({ ...sound(), ...change }).errors).toEqual([error]);
  });

  it('finds a recommended property left out', () => {
    const article = sound();
    delete article['author'];
    expect(checkNewsArticle(article).missing).toEqual(['author']);
  });
});
