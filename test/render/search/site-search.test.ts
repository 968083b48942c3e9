import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContentStore } from '../../../src/content/store.js';
import type { Renderer } from '../../../src/render/renderer.js';
import { readSearchRequest } from '../../../src/render/search/search-request.js';
import type { RenderedSearchPage } from '../../../src/render/search/site-search.js';
import { searchPage } from '../../../src/render/view-models/search-view.js';
import { captureLogger } from '../../content/capture-logger.js';
import { ManualClock } from '../../content/manual-clock.js';
import { projectRenderer, siteOf } from '../fixtures/site.js';
import { filing, loadedOf } from './releases.js';

/** Twenty-five releases that all name Orion, one a day, newest last. */
const ORION = Array.from({ length: 25 }, (_, n) => {
  const day = String(n + 1).padStart(2, '0');
  return loadedOf(`orion-${day}.txt`, filing(`Orion Update Number ${String(n + 1)}`, 'Orion Networks Inc.', `March ${String(n + 1)}, 2005`, `said today that orders rose on day ${day}.`));
});
const HOSTILE = loadedOf('hostile.txt', filing('Widgets <b>Bold</b> & "Quoted" Results', 'Widgets & Co.', 'May 2, 2006',
  'said <script>alert(1)</script> was filed as text, as were <mark>marks</mark> & ampersands.'));

let render: Renderer;
beforeAll(async () => {
  render = await projectRenderer();
});

async function search(q: string | undefined, page?: string): Promise<{ answer: RenderedSearchPage; $: cheerio.CheerioAPI }> {
  const answer = await render(siteOf(...ORION, HOSTILE)).search.page({ q, page });
  return { answer, $: cheerio.load(answer.body.toString('utf8')) };
}

const texts = ($: cheerio.CheerioAPI, selector: string): string[] => $(selector).map((_, element) => $(element).text()).get();

describe('the search page', () => {
  it('without a query says what can be searched, in a page robots leave out', async () => {
    for (const q of [undefined, '', '   ']) {
      const { answer, $ } = await search(q);
      expect(answer.status).toBe(200);
      expect(answer.cacheControl).toBe('public, max-age=60');
      expect(answer.contentType).toBe('text/html; charset=utf-8');
      expect($('main h1').text()).toBe('Search');
      expect($('main .search-message').text()).toMatch(/^Type words from a headline/);
      expect($('meta[name="robots"]').attr('content')).toBe('noindex');
      expect($('header form[role="search"] input[name="q"]').val()).toBe('');
    }
  });

  it('lists ten results a page, best first and equals newest first, with the pages before and after linked', async () => {
    const first = await search('orion');
    expect(first.answer.status).toBe(200);
    expect(texts(first.$, 'main li h2')).toEqual(Array.from({ length: 10 }, (_, n) => `Orion Update Number ${String(25 - n)}`));
    expect(first.$('main .search-message').first().text()).toBe('25 releases match “orion”; results 1 to 10.');
    expect(first.$('head link[rel="next"]').attr('href')).toBe('/search?q=orion&page=2');
    expect(first.$('head link[rel="prev"]')).toHaveLength(0);
    expect(first.$('header input[name="q"]').val()).toBe('orion');

    const second = await search('orion', '2');
    expect(texts(second.$, 'main li h2')[0]).toBe('Orion Update Number 15');
    expect(second.$('head link[rel="prev"]').attr('href')).toBe('/search?q=orion');
    expect(second.$('head link[rel="next"]').attr('href')).toBe('/search?q=orion&page=3');
    expect(second.$('nav.pager a[rel="prev"]').attr('href')).toBe('/search?q=orion');
    expect(second.$('nav.pager a[rel="next"]').attr('href')).toBe('/search?q=orion&page=3');
    expect(second.$('nav.pager p').text()).toBe('Page 2 of 3');
    expect(second.$('title').text()).toBe('orion – search, page 2 | Pressroom');

    const last = await search('orion', '3');
    expect(texts(last.$, 'main li h2')).toHaveLength(5);
    expect(last.$('head link[rel="next"]')).toHaveLength(0);
  });

  it('answers a page past the last with 404 and a link to the first', async () => {
    const { answer, $ } = await search('orion', '4');
    expect(answer.status).toBe(404);
    expect(answer.cacheControl).toBe('no-cache');
    expect($('main .search-message').text()).toBe('There are 3 pages of results for “orion”, not 4.');
    expect($('main a[href="/search?q=orion"]').text()).toBe('See the first page of results');
  });

  it('refuses a page number that is not one with 400 and a way on', async () => {
    for (const page of ['0', '-1', '1.5', 'two', '01', '9999999']) {
      const { answer, $ } = await search('orion', page);
      expect(answer.status, page).toBe(400);
      expect(answer.cacheControl).toBe('no-cache');
      expect($('main .search-message').text()).toBe('Pages of results are numbered from 1.');
    }
  });

  it('shows each result with its date, its company and a passage, the matched words marked', async () => {
    const { $ } = await search('orders orion', '3');
    const item = $('main li').first();
    expect(item.find('h2 a').attr('href')).toBe('/releases/orion-05');
    expect(item.find('h2 mark').text()).toBe('Orion');
    expect(item.find('time').attr('datetime')).toBe('2005-03-05');
    expect(item.find('.entry-company').html()).toBe('<mark>Orion</mark> Networks Inc.');
    expect(item.find('.passage mark').map((_, mark) => $(mark).text()).get()).toEqual(['Orion', 'orders']);
  });

  it('shows the text of a release as text, however it is filed, and the query as typed', async () => {
    const { answer, $ } = await search('alert <b>marks</b>');
    const html = answer.body.toString('utf8');
    expect($('main li')).toHaveLength(1);
    expect($('script')).toHaveLength(0);
    expect($('main b')).toHaveLength(0);
    expect(html).toContain('&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;');
    expect(html).toContain('&lt;<mark>mark</mark>&gt;<mark>marks</mark>&lt;/<mark>mark</mark>&gt;');
    expect($('main li h2').text()).toBe('Widgets <b>Bold</b> & "Quoted" Results');
    expect($('header input[name="q"]').val()).toBe('alert <b>marks</b>');
    expect($('main .search-message').first().text()).toBe('One release matches “alert <b>marks</b>”.');
  });

  it('says when nothing matches, or when every word is too common to search for', async () => {
    const none = await search('orion zebra');
    expect(none.answer.status).toBe(200);
    expect(none.$('main li')).toHaveLength(0);
    expect(none.$('main .search-message').text()).toBe('No release holds every word of “orion zebra”. Check the spelling, or search for fewer words.');
    const common = await search('the of and');
    expect(common.$('main .search-message').text()).toMatch(/^“the of and” has only words too common to search for/);
  });

  it('refuses a query over 200 characters with 400, showing the first 200 to shorten', async () => {
    const long = 'orion '.repeat(34).trim();
    expect(long.length).toBe(203);
    const { answer, $ } = await search(long);
    expect(answer.status).toBe(400);
    expect(answer.cacheControl).toBe('no-cache');
    expect($('main .search-message').text()).toBe('That search is 203 characters long, and a search can be at most 200. Shorten it and search again.');
    expect($('header input[name="q"]').val()).toBe(long.slice(0, 200));
    expect((await search(long.slice(0, 200))).answer.status).toBe(200);
  });

  it('searches for the first six different words of a longer query, and says so', async () => {
    const { answer, $ } = await search('orion orion networks orders rose day update number today said 05');
    expect(answer.status).toBe(200);
    expect(texts($, 'main .search-message')).toContain('Only the first 6 different words were searched for; 4 more were left out.');
  });
});

describe('a search that left common words out', () => {
  it('says which, as the query wrote them', () => {
    const request = readSearchRequest({ q: 'Company refineries', page: undefined });
    if (request.kind !== 'search') throw new Error('not a search');
    const hit = { loaded: ORION[0] ?? HOSTILE, score: 1, terms: ['refineri'] };
    const { view } = searchPage(request, { hits: [hit], skipped: ['compani'] });
    expect(view.messages).toEqual(['One release matches “Company refineries”.', '“Company” is in so many releases that it was left out of the search.']);
  });
});

describe('search and the embargo', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pressroom-search-'));
    await writeFile(path.join(dir, 'public.txt'), filing('Zephyr Corp. Names Chief Executive', 'Zephyr Corp.', 'March 1, 2025', 'named a chief executive.'));
    await writeFile(path.join(dir, 'merger.txt'), `---\npublishAt: 2025-03-04T08:30:00-05:00\n---\n${filing('Zephyr Corp. to Merge With Quasar Inc.', 'Zephyr Corp.', 'March 4, 2025', 'agreed to merge with Quasar Inc.')}`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('never finds a release under embargo, and finds it once its time has come', async () => {
    const clock = new ManualClock(Date.parse('2025-03-04T13:00:00Z'));
    const store = await openContentStore({ dir, maxFileBytes: 1_000_000, watch: false, logger: captureLogger().logger, clock });
    try {
      const found = async (q: string): Promise<string[]> => {
        const answer = await render(store.current()).search.page({ q, page: undefined });
        return texts(cheerio.load(answer.body.toString('utf8')), 'main li h2');
      };
      expect(await found('Quasar')).toEqual([]);
      expect(await found('merge')).toEqual([]);
      expect(await found('Zephyr')).toEqual(['Zephyr Corp. Names Chief Executive']);
      clock.advance(30 * 60_000);
      await expect.poll(() => store.current().releases.length).toBe(2);
      expect(await found('Quasar')).toEqual(['Zephyr Corp. to Merge With Quasar Inc.']);
    } finally {
      await store.close();
    }
  });
});
