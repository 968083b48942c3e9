import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedRelease } from '../../../src/content/site.js';
import { createRenderer, type Renderer } from '../../../src/render/renderer.js';
import type { RenderedSite } from '../../../src/render/representation.js';
import { seedLoaded } from '../../fixtures/seed-release.js';
import { manyReleases, releaseOn } from '../fixtures/many-releases.js';
import { PUBLICATION } from '../fixtures/publication.js';
import { identityOf, resource } from '../fixtures/rendered.js';
import { richLoaded } from '../fixtures/rich-release.js';
import { DIRS, siteOf } from '../fixtures/site.js';

/** Items, entries and Atom's links as lists, however many there are. */
const LISTS = new Set(['rss.channel.item', 'feed.entry', 'feed.link', 'feed.entry.link']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name, path) => LISTS.has(String(path)) });

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@isPermaLink': string };
  pubDate: string;
  description?: string;
  'content:encoded': string;
}
interface AtomEntry {
  title: { '#text': string; '@type': string };
  id: string;
  updated: string;
  published: string;
  link: { '@href': string }[];
  summary?: { '#text': string };
  content: { '#text': string; '@type': string };
  author?: { name: string };
}
interface JsonFeed {
  version: string;
  title: string;
  items: { id: string; url: string; title: string; summary?: string; content_html: string; date_published: string; date_modified: string; language: string; authors?: { name: string }[] }[];
}

let render: Renderer;
beforeAll(async () => {
  render = await createRenderer({ ...DIRS, publication: PUBLICATION });
});

function text(site: RenderedSite, path: string): string {
  return identityOf(resource(site, path)).toString('utf8');
}

/** The XML of a feed, once a validating parser finds it well-formed. */
function wellFormed(site: RenderedSite, path: string): string {
  const xml = text(site, path);
  // Throws on what is not well-formed, `]]>` in text included.
  expect(SyntaxValidator.validate(xml, { xmlDeclaraion: { optional: false }, invalidCharSequence: { tagValue: true, attrLt: true } })).toBe(true);
  // Characters XML 1.0 cannot hold, which that parser lets by.
  expect(xml).not.toMatch(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  return xml;
}
function rss(site: RenderedSite): { rss: { '@version': string; channel: { title: string; link: string; description: string; item?: RssItem[] } } } {
  return parser.parse(wellFormed(site, '/feed.xml')) as ReturnType<typeof rss>;
}
function atom(site: RenderedSite): { feed: { '@xmlns': string; id: string; title: string; updated: string; author: { name: string }; link: { '@rel': string; '@href': string }[]; entry?: AtomEntry[] } } {
  return parser.parse(wellFormed(site, '/atom.xml')) as ReturnType<typeof atom>;
}
function jsonFeed(site: RenderedSite): JsonFeed {
  return JSON.parse(text(site, '/feed.json')) as JsonFeed;
}

describe('the three feeds', () => {
  let site: RenderedSite;
  beforeAll(() => {
    site = render(siteOf(richLoaded(), seedLoaded()));
  });

  it('are served with their own types, cached as pages are', () => {
    expect(resource(site, '/feed.xml').contentType).toBe('application/rss+xml; charset=utf-8');
    expect(resource(site, '/atom.xml').contentType).toBe('application/atom+xml; charset=utf-8');
    expect(resource(site, '/feed.json').contentType).toBe('application/feed+json; charset=utf-8');
    expect(resource(site, '/feed.xml').cacheControl).toBe('public, max-age=300, stale-while-revalidate=86400');
  });

  it('RSS 2.0: a channel with title, link and description; items with guid, pubDate, link and the release as content', () => {
    const { rss: root } = rss(site);
    expect(root['@version']).toBe('2.0');
    expect([root.channel.title, root.channel.link, root.channel.description]).toEqual([
      'Example Newsroom', 'https://ir.example.com/news/', 'Press releases published by Example Newsroom',
    ]);
    const [rich, seed] = root.channel.item ?? [];
    expect(seed?.guid).toEqual({ '#text': 'tag:ir.example.com,2004-10-13:american-locker-2004-05.txt', '@isPermaLink': 'false' });
    expect(seed?.pubDate).toBe('Wed, 13 Oct 2004 13:00:00 GMT');
    expect(seed?.link).toBe('https://ir.example.com/news/releases/american-locker-2004-05');
    expect(seed?.description).toMatch(/^American Locker Group Incorporated announced/);
    expect(seed?.['content:encoded']).toContain('<h1 id="headline">AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION</h1>');
    // Read as HTML, as readers take RSS titles: escaped once more.
    expect(rich?.title).toBe('Widgets &amp; Gadgets &lt;Holdings&gt; posts &#34;record&#34; year');
    expect(rich?.pubDate).toBe('Tue, 25 Jan 2005 14:00:00 GMT');
  });

  it('Atom 1.0: feed id, title, updated, author and self link; entries with id, title, updated, published, link and content', () => {
    const { feed } = atom(site);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect([feed.id, feed.title, feed.updated, feed.author.name]).toEqual([
      'https://ir.example.com/news/', 'Example Newsroom', '2005-01-25T14:00:00.000Z', 'Example Newsroom',
    ]);
    expect(feed.link).toContainEqual({ '@rel': 'self', '@href': 'https://ir.example.com/news/atom.xml' });
    const [rich, seed] = feed.entry ?? [];
    expect(seed?.id).toBe('tag:ir.example.com,2004-10-13:american-locker-2004-05.txt');
    expect([seed?.updated, seed?.published]).toEqual(['2004-10-13T13:00:00.000Z', '2004-10-13T13:00:00.000Z']);
    expect(seed?.link.map((link) => link['@href'])).toEqual(['https://ir.example.com/news/releases/american-locker-2004-05']);
    expect(seed?.content['@type']).toBe('html');
    expect(seed?.author?.name).toBe('American Locker Group Incorporated');
    expect(rich?.title).toEqual({ '#text': 'Widgets &amp; Gadgets &lt;Holdings&gt; posts &#34;record&#34; year', '@type': 'html' });
  });

  it('JSON Feed 1.1: version, title and items with id, url, title, summary, content and dates with their offset', () => {
    const feed = jsonFeed(site);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Example Newsroom');
    const [rich, seed] = feed.items;
    expect(seed).toMatchObject({
      id: 'tag:ir.example.com,2004-10-13:american-locker-2004-05.txt',
      url: 'https://ir.example.com/news/releases/american-locker-2004-05',
      title: 'AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION',
      date_published: '2004-10-13T09:00:00-04:00',
      date_modified: '2004-10-13T09:00:00-04:00',
      language: 'en',
      authors: [{ name: 'American Locker Group Incorporated' }],
    });
    expect(seed?.summary).toMatch(/^American Locker Group Incorporated announced/);
    expect(rich?.title).toBe('Widgets & Gadgets <Holdings> posts "record" year');
    expect(rich?.date_published).toBe('2005-01-25T09:00:00-05:00');
  });

  it('carry the release as its page shows it, without the site around it, every link absolute', () => {
    for (const html of [rss(site).rss.channel.item?.[1]?.['content:encoded'], atom(site).feed.entry?.[1]?.content['#text'], jsonFeed(site).items[1]?.content_html]) {
      expect(html).toMatch(/^<article class="release">/);
      expect(html).not.toMatch(/site-header|site-footer|skip-link|<nav|<main/);
      const hrefs = [...(html ?? '').matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? '');
      expect(hrefs).toContain('https://ir.example.com/news/releases/american-locker-2004-05.txt');
      for (const href of hrefs) expect(href).toMatch(/^(?:https?|tel|mailto):/);
    }
  });

  it('are the same bytes for the same releases, whenever they are made', async () => {
    const again = (await createRenderer({ ...DIRS, publication: PUBLICATION }))(siteOf(richLoaded(), seedLoaded()));
    for (const path of ['/feed.xml', '/atom.xml', '/feed.json']) expect(text(again, path)).toBe(text(site, path));
  });
});

describe('which releases a feed carries', () => {
  it('carries the newest 50, in the order of the site', () => {
    const releases = manyReleases(60);
    const site = render(siteOf(...releases));
    const expected = releases.slice(0, 50).map((loaded) => `https://ir.example.com/news/releases/${loaded.slug}`);
    expect(rss(site).rss.channel.item?.map((item) => item.link)).toEqual(expected);
    expect(atom(site).feed.entry?.map((entry) => entry.link[0]?.['@href'])).toEqual(expected);
    expect(jsonFeed(site).items.map((item) => item.url)).toEqual(expected);
  });

  it('is empty, and still valid, when nothing is published', () => {
    const site = render(siteOf());
    expect(rss(site).rss.channel.item).toBeUndefined();
    expect(atom(site).feed.entry).toBeUndefined();
    expect(jsonFeed(site).items).toEqual([]);
  });

  it('dates a release that states no date by its file, and gives it an id all the same', () => {
    const undated = releaseOn('no-date', null, new Date('2020-05-06T07:08:09Z'));
    const item = rss(render(siteOf(undated))).rss.channel.item?.[0];
    expect(item?.pubDate).toBe('Wed, 06 May 2020 07:08:09 GMT');
    expect(item?.guid['#text']).toBe('tag:ir.example.com,1970-01-01:no-date.txt');
    expect(jsonFeed(render(siteOf(undated))).items[0]?.date_published).toBe('2020-05-06T03:08:09-04:00');
  });

  it('dates an update later than the release as its modification', () => {
    const seed = seedLoaded();
    seed.meta = { ...seed.meta, updated: '2004-10-20T17:00:00Z' };
    const site = render(siteOf(seed));
    expect(atom(site).feed.entry?.[0]).toMatchObject({ updated: '2004-10-20T17:00:00.000Z', published: '2004-10-13T13:00:00.000Z' });
    expect(jsonFeed(site).items[0]).toMatchObject({ date_modified: '2004-10-20T17:00:00Z', date_published: '2004-10-13T09:00:00-04:00' });
  });
});

describe('the id of a release', () => {
  const idsOf = (site: RenderedSite): string[] => [
    rss(site).rss.channel.item?.[0]?.guid['#text'] ?? '',
    atom(site).feed.entry?.[0]?.id ?? '',
    jsonFeed(site).items[0]?.id ?? '',
  ];

  it('is the same in every feed, and stays when the headline and the slug change', () => {
    const seed = seedLoaded();
    const before = idsOf(render(siteOf(seed)));
    expect(new Set(before).size).toBe(1);
    const renamed: LoadedRelease = { ...seed, slug: 'postal-contract', meta: { ...seed.meta, headline: 'Postal contract extended' } };
    expect(idsOf(render(siteOf(renamed)))).toEqual(before);
  });

  it('is the front-matter id when that is a URI, and holds one that is not in a tag', () => {
    const seed = seedLoaded();
    const pinned = { ...seed, meta: { ...seed.meta, id: 'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66' } };
    expect(idsOf(render(siteOf(pinned)))).toEqual(Array(3).fill('urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66'));
    const named = { ...seed, meta: { ...seed.meta, id: 'alg-2004-05' } };
    expect(idsOf(render(siteOf(named)))).toEqual(Array(3).fill('tag:ir.example.com,2004-10-13:alg-2004-05'));
  });

  it('encodes a path that URIs cannot hold as it is', () => {
    const filed = { ...seedLoaded(), file: '2004/Q4 results & more.txt' };
    expect(idsOf(render(siteOf(filed)))).toEqual(Array(3).fill('tag:ir.example.com,2004-10-13:2004/Q4%20results%20%26%20more.txt'));
  });
});

describe('feeds of any text', () => {
  // A hundred feeds of three kinds, each parsed back: seconds on a busy machine.
  it('stay well-formed and carry headlines and summaries whole, but for what XML cannot hold', { timeout: 30_000 }, () => {
    const render = createRenderer({ ...DIRS, publication: PUBLICATION });
    return render.then((renderer) => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', minLength: 1 }), fc.string({ unit: 'binary' }), (headline, summary) => {
          const seed = seedLoaded();
          seed.meta = { ...seed.meta, headline, summary: summary === '' ? null : summary };
          const site = renderer(siteOf(seed));
          // XML cannot hold some characters at all, and reads every line end as a line feed.
          const xmlSafe = (value: string): string =>
            value.replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/\r\n?/g, '\n');
          const decode = (html: string): string => html.replace(/&#34;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
          const strict = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', trimValues: false, parseTagValue: false, isArray: (_name, path) => LISTS.has(String(path)) });
          const channel = (strict.parse(wellFormed(site, '/feed.xml')) as ReturnType<typeof rss>).rss.channel;
          const entry = (strict.parse(wellFormed(site, '/atom.xml')) as ReturnType<typeof atom>).feed.entry?.[0];
          expect(decode(channel.item?.[0]?.title ?? '')).toBe(xmlSafe(headline));
          expect(decode(entry?.title['#text'] ?? '')).toBe(xmlSafe(headline));
          if (summary !== '') expect(decode(channel.item?.[0]?.description ?? '')).toBe(xmlSafe(summary));
          expect(jsonFeed(site).items[0]?.title).toBe(headline);
        }),
        { numRuns: 200 },
      );
    });
  });
});
