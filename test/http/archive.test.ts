import { load, type CheerioAPI } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedRelease } from '../../src/content/site.js';
import { createApp } from '../../src/http/app.js';
import { createRequestListener } from '../../src/http/fast-lane.js';
import { createRenderer } from '../../src/render/renderer.js';
import type { RenderedSite } from '../../src/render/representation.js';
import { captureLogger } from '../content/capture-logger.js';
import { manyReleases, releaseOn } from '../render/fixtures/many-releases.js';
import { PUBLICATION } from '../render/fixtures/publication.js';
import { DIRS, siteOf } from '../render/fixtures/site.js';
import { send, serve, type RawResponse } from './raw-client.js';

/** 60 releases a month apart, from December 2024 back into 2020, then one undated. */
const RELEASES: LoadedRelease[] = [...manyReleases(60), releaseOn('no-date', null)];
const PAGE_CACHE = 'public, max-age=300, stale-while-revalidate=86400';

let site: RenderedSite;
let origin: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const render = await createRenderer({ ...DIRS, publication: PUBLICATION });
  const redirects = new Map([['release-3-old', 'release-3']]);
  site = render({ ...siteOf(...RELEASES), redirects });
  const app = createApp({ site: () => site, logger: captureLogger().logger });
  ({ origin, close } = await serve(createRequestListener({ app, site: () => site })));
});
afterAll(async () => {
  await close();
});

async function html(target: string): Promise<CheerioAPI> {
  const res = await send(origin, target);
  expect([target, res.status]).toEqual([target, 200]);
  return load(res.body.toString('utf8'));
}

function listed($: CheerioAPI): string[] {
  return $('ol.release-list > li h2 a').map((_, a) => $(a).attr('href')).get();
}

function expectRedirect(res: RawResponse, location: string, cacheControl = PAGE_CACHE): void {
  expect([res.status, res.headers.location, res.headers['cache-control']]).toEqual([301, location, cacheControl]);
  expect(res.body.length).toBe(0);
}

describe('the index, in pages of 25', () => {
  it('lists the newest 25 at /, the next at /page/2, the rest on the last page', async () => {
    expect(listed(await html('/'))).toEqual(RELEASES.slice(0, 25).map((loaded) => `/releases/${loaded.slug}`));
    expect(listed(await html('/page/2'))).toEqual(RELEASES.slice(25, 50).map((loaded) => `/releases/${loaded.slug}`));
    expect(listed(await html('/page/3'))).toEqual(RELEASES.slice(50).map((loaded) => `/releases/${loaded.slug}`));
  });

  it('links the pages before and after in the head', async () => {
    const rels = ($: CheerioAPI): string[][] => $('link[rel="prev"], link[rel="next"]').map((_, link) => [[$(link).attr('rel') ?? '', $(link).attr('href') ?? '']]).get();
    expect(rels(await html('/'))).toEqual([['next', '/page/2']]);
    expect(rels(await html('/page/2'))).toEqual([['prev', '/'], ['next', '/page/3']]);
    expect(rels(await html('/page/3'))).toEqual([['prev', '/page/2']]);
  });

  it('shows a named pager that marks the current page', async () => {
    const $ = await html('/page/2');
    const pager = $('nav.archive-pager');
    expect(pager.attr('aria-label')).toBe('Pages of press releases');
    expect(pager.find('a[aria-current="page"]').text()).toBe('Page 2');
    expect(pager.find('a').map((_, a) => $(a).attr('href')).get()).toEqual(['/', '/', '/page/2', '/page/3', '/page/3']);
    expect(pager.find('a[rel="prev"]').text()).toBe('Newer releases');
    expect(pager.find('a[rel="next"]').text()).toBe('Older releases');
    expect($('title').text()).toBe('Press releases, page 2 of 3 | Example Newsroom');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://ir.example.com/news/page/2');
  });

  it('answers a page past the end, and pages that are not written so, with 404', async () => {
    for (const target of ['/page/4', '/page/0', '/page/02', '/page/', '/page/two']) {
      expect([target, (await send(origin, target)).status]).toEqual([target, 404]);
    }
  });

  it('sends /page/1 to /, for good', async () => {
    expectRedirect(await send(origin, '/page/1'), '/', 'public, max-age=86400');
  });

  it('marks a release that states no date as undated', async () => {
    const $ = await html('/page/3');
    expect($('ol.release-list > li').last().find('.entry-date').text()).toBe('Undated');
  });
});

describe('the year archives', () => {
  const years = ['2024', '2023', '2022', '2021', '2020'];

  it('list every release of the year and nothing else, under /releases/YYYY/', async () => {
    for (const year of years) {
      const expected = RELEASES.filter((loaded) => loaded.meta.date?.startsWith(year)).map((loaded) => `/releases/${loaded.slug}`);
      expect(expected.length).toBeGreaterThan(0);
      const $ = await html(`/releases/${year}/`);
      expect(listed($)).toEqual(expected);
      expect($('h1').text()).toBe(`Press releases of ${year}`);
    }
    expect(listed(await html('/releases/undated/'))).toEqual(['/releases/no-date']);
  });

  it('offer only years that have releases, each with its count, the current one marked', async () => {
    const $ = await html('/releases/2022/');
    const links = $('nav.year-nav li').map((_, li) => [[$(li).find('a').attr('href') ?? '', $(li).find('.year-count').text()]]).get();
    expect(links.map(([href]) => href)).toEqual([...years.map((year) => `/releases/${year}/`), '/releases/undated/']);
    const counts = links.map(([, count]) => Number(/\d+/.exec(count ?? '')?.[0]));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(RELEASES.length);
    expect($('nav.year-nav').attr('aria-label')).toBe('Releases by year');
    expect($('nav.year-nav a[aria-current="page"]').attr('href')).toBe('/releases/2022/');
    expect($('nav.year-nav li').first().text()).toMatch(/^2024 \(\d+\) \d+ releases$/);
  });

  it('answer a year without releases with 404, and send a year without its slash to the archive', async () => {
    expect((await send(origin, '/releases/2019/')).status).toBe(404);
    expect((await send(origin, '/releases/2019')).status).toBe(404);
    expectRedirect(await send(origin, '/releases/2022'), '/releases/2022/');
    expectRedirect(await send(origin, '/releases/2022?from=ir'), '/releases/2022/?from=ir');
  });
});

describe('addresses that lead elsewhere', () => {
  it('sends /releases and /releases/ to the index, for good', async () => {
    expectRedirect(await send(origin, '/releases'), '/', 'public, max-age=86400');
    expectRedirect(await send(origin, '/releases/'), '/', 'public, max-age=86400');
  });

  it('sends each address of a release under an old slug to the same address under its current one', async () => {
    for (const suffix of ['', '.txt', '.json']) {
      expectRedirect(await send(origin, `/releases/release-3-old${suffix}`), `/releases/release-3${suffix}`);
    }
    expectRedirect(await send(origin, '/releases/release-3-old?utm_source=ir'), '/releases/release-3?utm_source=ir');
    expect((await send(origin, '/releases/release-3-old.csv')).status).toBe(404);
  });

  it('answers a missing .json address with a JSON 404, and any other with the not-found page', async () => {
    for (const target of ['/releases/nothing.json', '/nothing.json', '/releases/release-3-gone.json']) {
      const res = await send(origin, target);
      expect([target, res.status, res.headers['content-type']]).toEqual([target, 404, 'application/json; charset=utf-8']);
      expect(JSON.parse(res.body.toString('utf8'))).toEqual({ error: { status: 404, message: 'There is nothing at this address.' } });
    }
    const page = await send(origin, '/releases/nothing');
    expect([page.status, page.headers['content-type']]).toEqual([404, 'text/html; charset=utf-8']);
  });
});

describe('a release page', () => {
  it('links the next newer and the next older release, in the order of the site', async () => {
    const $ = await html('/releases/release-2');
    const neighbours = $('nav.release-neighbours');
    expect(neighbours.attr('aria-label')).toBe('Newer and older releases');
    expect(neighbours.find('li').map((_, li) => [[$(li).find('.neighbour-label').text(), $(li).find('a').attr('href') ?? '']]).get()).toEqual([
      ['Newer release', '/releases/release-1'],
      ['Older release', '/releases/release-3'],
    ]);
    expect($('nav.release-neighbours a').first().text()).toBe('Headline of release-1');
    expect((await html('/releases/release-1'))('nav.release-neighbours .neighbour-label').text()).toBe('Older release');
    expect((await html('/releases/no-date'))('nav.release-neighbours li').text()).toMatch(/^Newer release Headline of release-60/);
  });

  it('names its canonical URL, previews and feeds in its head', async () => {
    const $ = await html('/releases/release-2');
    expect($('html').attr('lang')).toBe('en');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://ir.example.com/news/releases/release-2');
    const property = (key: string): string | undefined => $(`meta[property="${key}"]`).attr('content');
    expect([property('og:type'), property('og:url'), property('og:site_name'), property('article:published_time')]).toEqual([
      'article', 'https://ir.example.com/news/releases/release-2', 'Example Newsroom', '2024-11-20T09:00:00-05:00',
    ]);
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    expect($('title').text()).toBe('Headline of release-2 | Example Corp.');
    expect($('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/feed.xml');
    expect($('link[rel="alternate"][type="application/atom+xml"]').attr('href')).toBe('/atom.xml');
    expect($('link[rel="alternate"][type="application/feed+json"]').attr('href')).toBe('/feed.json');
  });
});

describe('every new address', () => {
  const addresses = ['/', '/page/2', '/releases/2023/', '/releases/undated/', '/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/robots.txt'];

  it('is produced once, compressed, tagged, and answered 304 from the fast lane', async () => {
    for (const target of addresses) {
      // Compressed on a background thread after the first request; here, made at once.
      await site.resources.get(target)?.complete();
      const first = await send(origin, target, { headers: { 'accept-encoding': 'gzip' } });
      expect([target, first.status, first.headers['content-encoding']]).toEqual([target, 200, 'gzip']);
      const etag = first.headers.etag ?? '';
      expect(etag).toMatch(/^"[\w-]+-gz"$/);
      const again = await send(origin, target, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
      expect([target, again.status]).toEqual([target, 304]);
    }
  });

  it('offers the feeds from every page, the not-found page too', async () => {
    const res = await send(origin, '/no-such-page');
    const $ = load(res.body.toString('utf8'));
    expect($('link[rel="alternate"]').map((_, link) => $(link).attr('href')).get()).toEqual(['/feed.xml', '/atom.xml', '/feed.json']);
  });
});

describe('/sitemap.xml and /robots.txt', () => {
  it('list every page of the index, every year and every release, with when each last changed', async () => {
    const res = await send(origin, '/sitemap.xml');
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const parsed = new XMLParser().parse(res.body.toString('utf8')) as { urlset: { url: { loc: string; lastmod?: string }[] } };
    const locs = parsed.urlset.url.map((url) => url.loc);
    const base = 'https://ir.example.com/news';
    expect(locs).toEqual([
      `${base}/`, `${base}/page/2`, `${base}/page/3`,
      ...['2024', '2023', '2022', '2021', '2020', 'undated'].map((key) => `${base}/releases/${key}/`),
      ...RELEASES.map((loaded) => `${base}/releases/${loaded.slug}`),
    ]);
    const byLoc = new Map(parsed.urlset.url.map((url) => [url.loc, url.lastmod]));
    expect(byLoc.get(`${base}/releases/release-2`)).toBe(RELEASES[1]?.modified.toISOString());
    expect(byLoc.get(`${base}/`)).toBe(RELEASES[0]?.modified.toISOString());
    expect(byLoc.get(`${base}/releases/undated/`)).toBe('2024-01-01T12:00:00.000Z');
  });

  it('name the sitemap with its absolute URL in robots.txt', async () => {
    const res = await send(origin, '/robots.txt');
    expect(res.body.toString('utf8')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://ir.example.com/news/sitemap.xml\n');
  });
});
