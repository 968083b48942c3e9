import type { LoadedRelease, Site } from '../content/site.js';
import { releaseTables } from '../release/table/release-tables.js';
import { archiveOf, type Archive } from './archive.js';
import { renderOrAsFiled } from './as-filed.js';
import type { DrawCard } from './card/card-thread.js';
import { cardView } from './card/card-view.js';
import { tableCsv } from './csv/table-csv.js';
import { feedEntry, type FeedEntry, type FeedEntryContext } from './feeds/feed-entry.js';
import { atomFeed, FEED_SIZE, jsonFeed, rssFeed } from './feeds/feeds.js';
import { jsonBody } from './json/json-body.js';
import { releaseJson } from './json/release-json.js';
import { once, type Memo } from './memo.js';
import { absoluteUrl, type Publication } from './publication.js';
import { releaseRedirects } from './redirects.js';
import type { ReleaseClock } from './release-dates.js';
import type { LatestEmbeds, RenderedSite, Represent, Representation, RepresentationInput } from './representation.js';
import { robotsTxt } from './robots.js';
import type { ReleaseIndex } from './search/release-index.js';
import { siteSearch } from './search/site-search.js';
import type { Steps } from './steps.js';
import type { Templates } from './templates.js';
import type { TimeZone } from './time-zone.js';
import { urls } from './urls.js';
import { embedLayoutView, type EmbedPage } from './view-models/embed-view.js';
import { errorPages, type ErrorPage, type ErrorPages } from './view-models/error-view.js';
import { archivePage, indexPage, type IndexPage, type ListContext } from './view-models/index-view.js';
import { latestPage, LATEST_LIMIT } from './view-models/latest-view.js';
import { layoutView, type Chrome, type PageMeta } from './view-models/layout-view.js';
import { releasePreview } from './view-models/preview-view.js';
import { releaseArticle, releasePage } from './view-models/release-view.js';

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';
const CSV = 'text/csv; charset=utf-8';
const XML = 'application/xml; charset=utf-8';
const RSS = 'application/rss+xml; charset=utf-8';
const ATOM = 'application/atom+xml; charset=utf-8';
const JSON_FEED = 'application/feed+json; charset=utf-8';
const PNG = 'image/png';
/** Asked for by name and made from the configuration alone: a day is a fair cache. */
const WELL_KNOWN_CACHE = 'public, max-age=86400';

export interface SiteRendering {
  templates: Templates;
  chrome: Chrome;
  /** The files of `public/`, published as they are. */
  assets: ReadonlyMap<string, Representation>;
  represent: Represent;
  memo: Memo;
  /** Cache-Control of every page and format the content determines. */
  pageCacheControl: string;
  /** When templates and styles last changed: a release's JSON is as new as the newer of them and its file. */
  templatesModified: Date;
  /** The site's public URL and name, and when releases that state no time were put out. */
  publication: Publication;
  clock: ReleaseClock;
  /** The configured time zone, in which dates without a time are placed. */
  zone: TimeZone;
  /** A release whose reading could not be rendered, published as filed instead. */
  report: (loaded: LoadedRelease, error: unknown) => void;
  /** The words of the published releases, kept up to date from one site to the next. */
  searchIndex: ReleaseIndex;
  /** Draws a release's preview card; called when the card is first asked for. */
  drawCard: DrawCard;
  /** `/releases.json`'s body for these releases, written a few milliseconds at a time. */
  releasesJson: (releases: readonly LoadedRelease[]) => Promise<Buffer>;
  /** `/sitemap.xml`'s body for these releases, written a few milliseconds at a time. */
  sitemap: (releases: readonly LoadedRelease[], archive: Archive) => Promise<Buffer>;
}

/**
 * Every response the site can give for this content, each produced when first asked for.
 * Each URL is declared with the inputs it is made from: while they are unchanged, the next
 * render reuses what this one made (and the bodies it produced). Declared in steps (one a
 * release, a list, ...), so that ten thousand releases can be declared without holding the
 * event loop; the site is handed over whole, once every step has run.
 */
export function* renderSite(site: Site, rendering: SiteRendering): Steps<RenderedSite> {
  const { templates, chrome, represent, memo, pageCacheControl, templatesModified, publication, clock, zone, report, drawCard } = rendering;
  const document = (meta: PageMeta, content: string): Buffer =>
    Buffer.from(templates.layout(layoutView(meta, chrome, content, publication.siteName)), 'utf8');
  const embedDocument = (page: EmbedPage, content: string): Buffer =>
    Buffer.from(templates.embed(embedLayoutView(page, chrome, content)), 'utf8');
  const declare = (key: string, inputs: readonly unknown[], input: () => RepresentationInput): Representation =>
    memo(key, inputs, () => represent(input()));
  const content = (contentType: string, lastModified: Date | null, body: () => Buffer | Promise<Buffer>): RepresentationInput => ({
    status: 200, contentType, cacheControl: pageCacheControl, lastModified, body,
  });
  const text = (body: string): Buffer => Buffer.from(body, 'utf8');
  const listPage = (page: () => IndexPage): RepresentationInput =>
    content(HTML, null, () => {
      const { meta, view } = page();
      return document(meta, templates.index(view));
    });
  const pages = errorPages(publication.siteName);
  const error = ({ status, cacheControl, meta, view }: ErrorPage): Representation =>
    declare(`error ${status}`, [], () => ({ status, contentType: HTML, cacheControl, body: () => document(meta, templates.error(view)) }));
  const asFiledOnFailure = <T>(loaded: LoadedRelease, render: (loaded: LoadedRelease) => T): T =>
    renderOrAsFiled(loaded, render, report);
  const dateOf = (loaded: LoadedRelease): string | null => clock.dateOf(loaded.meta);
  const archive = archiveOf(site.releases, dateOf);
  const lists: ListContext = { publication, years: archive.summary, dateOf };
  yield;

  const latest = latestEmbeds(site, rendering, pages, embedDocument);
  const resources = new Map<string, Representation>(rendering.assets);
  // Lists carry no Last-Modified: removing a release changes them, and no file's time says when.
  // Each is made again when what it shows of its releases, or the year navigation, changes.
  const count = archive.pages.length;
  for (const [index, releases] of archive.pages.entries()) {
    const number = index + 1;
    resources.set(urls.indexPage(number), declare(urls.indexPage(number), [count, archive.summaryKey, ...listed(releases)], () =>
      listPage(() => indexPage(number, count, releases, lists))));
    yield;
  }
  for (const { key, releases } of archive.groups) {
    resources.set(urls.archive(key), declare(urls.archive(key), [archive.summaryKey, ...listed(releases)], () =>
      listPage(() => archivePage(key, releases, lists))));
    yield;
  }
  resources.set(urls.releasesJson, declare(urls.releasesJson, [site.releases], () =>
    content(JSON_TYPE, null, () => rendering.releasesJson(site.releases))));
  const latestByDefault = latest.byLimit.get(LATEST_LIMIT.default);
  if (latestByDefault !== undefined) resources.set(urls.embedLatest, latestByDefault);
  resources.set(urls.sitemap, declare(urls.sitemap, [site.releases], () =>
    content(XML, null, () => rendering.sitemap(site.releases, archive))));
  resources.set(urls.wellKnown('robots.txt'), declare(urls.wellKnown('robots.txt'), [], () =>
    ({ ...content(TEXT, null, () => text(robotsTxt(publication))), cacheControl: WELL_KNOWN_CACHE })));

  // A release's embed, card, text, JSON and tables are declared together, under its file name, so
  // that the thousands an edit leaves unchanged cost one lookup each; its page, which also shows
  // its neighbours, is declared beside them.
  const releaseFormats = (loaded: LoadedRelease): (readonly [string, Representation])[] => {
    const { slug, source, modified, meta } = loaded;
    const rendered = modified > templatesModified ? modified : templatesModified;
    return [
      [urls.releaseEmbed(slug), represent({
        ...content(HTML, rendered, () =>
          asFiledOnFailure(loaded, (shown) => {
            const { meta: pageMeta, view } = releasePage(shown, { publication, clock, newer: null, older: null });
            const page = { title: pageMeta.title, language: meta.language, more: { href: urls.release(slug), text: `This release on ${publication.siteName}` } };
            return embedDocument(page, templates.release(view));
          })),
        framable: true,
      })],
      [urls.releaseCard(slug), represent(content(PNG, rendered, () => drawCard(cardView(loaded, publication.siteName))))],
      [urls.releaseText(slug), represent(content(TEXT, modified, () => source.bytes()))],
      [urls.releaseJson(slug), represent(content(JSON_TYPE, rendered, () =>
        asFiledOnFailure(loaded, (shown) => jsonBody(releaseJson(shown, { publication, dateOf })))))],
      ...releaseTables(loaded.release).map((table, index) =>
        [urls.releaseTable(slug, index + 1), represent(content(CSV, rendered, () => tableCsv(table)))] as const),
    ];
  };
  for (const [index, loaded] of site.releases.entries()) {
    const { file, slug, source, release, meta, modified } = loaded;
    for (const [urlPath, representation] of memo(file, [release, slug, source, modified, meta], () => releaseFormats(loaded))) {
      resources.set(urlPath, representation);
    }
    const newer = site.releases[index - 1] ?? null;
    const older = site.releases[index + 1] ?? null;
    // Made again for the page and for its script's hash, rather than kept: most pages are never asked for.
    const preview = (): ReturnType<typeof releasePreview> => releasePreview(loaded, publication, clock);
    const page = urls.release(slug);
    // No Last-Modified: the page changes when a neighbour does, and a removed one has no file to date it.
    resources.set(page, declare(page, [release, slug, meta, newer?.slug, newer?.meta, older?.slug, older?.meta], () => ({
      ...content(HTML, null, () =>
        asFiledOnFailure(loaded, (shown) => {
          const { meta: pageMeta, view } = releasePage(shown, { publication, clock, newer, older });
          return document({ ...pageMeta, ...preview() }, templates.release(view));
        })),
      framable: true,
      inlineScripts: () => [preview().structuredData],
    })));
    yield;
  }

  const absolute = (path: string): string => absoluteUrl(publication, path);
  const entryContext: FeedEntryContext = {
    publication,
    clock,
    zone,
    articleHtml: (loaded) => asFiledOnFailure(loaded, (shown) => templates.release(releaseArticle(shown, absolute))),
  };
  const newest = site.releases.slice(0, FEED_SIZE);
  const entries = newest.map((loaded) =>
    memo(`${urls.release(loaded.slug)}#feed-entry`, [loaded.release, loaded.meta, loaded.file, loaded.modified], () =>
      once(() => feedEntry(loaded, entryContext))));
  const feedEntries = (): FeedEntry[] => entries.map((entry) => entry());
  const feedInputs = newest.flatMap(({ release, meta, file, slug, modified }) => [release, meta, file, slug, modified]);
  const feeds = [
    [urls.feeds.rss, RSS, rssFeed],
    [urls.feeds.atom, ATOM, atomFeed],
    [urls.feeds.json, JSON_FEED, jsonFeed],
  ] as const;
  for (const [path, contentType, write] of feeds) {
    resources.set(path, declare(path, feedInputs, () => content(contentType, null, () => text(write(feedEntries(), publication)))));
  }
  yield;

  return {
    resources,
    redirects: releaseRedirects({ resources, archive: archiveKeys(archive), moved: site.redirects, pageCacheControl }),
    notFound: error(pages.notFound),
    notFoundJson: declare('error 404 json', [], () => ({
      status: 404,
      contentType: JSON_TYPE,
      cacheControl: pages.notFound.cacheControl,
      body: () => jsonBody({ error: { status: 404, message: 'There is nothing at this address.' } }),
    })),
    methodNotAllowed: error(pages.methodNotAllowed),
    serverError: error(pages.serverError),
    search: memo('search', [site.releases], () =>
      siteSearch(site.releases, rendering.searchIndex, publication.siteName, (page) => document(page.meta, templates.search(page.view)))),
    latest,
  };
}

/** What a list shows of each release: its link, its meta (headline, date) and its reading (company). */
function listed(releases: readonly LoadedRelease[]): unknown[] {
  // A loop, not flatMap: a render lists every release twice (pages and archives), and flatMap makes an array for each.
  const shown: unknown[] = [];
  for (const { slug, meta, release } of releases) shown.push(slug, meta, release);
  return shown;
}

function archiveKeys(archive: Archive): string[] {
  return archive.groups.map(({ key }) => key);
}

/**
 * `/embed/latest` at every limit it takes, each declared like any list and produced when first
 * asked for: twenty small lists cost less to hold than one rendering per request.
 */
function latestEmbeds(
  site: Site,
  { represent, memo, pageCacheControl, templates }: SiteRendering,
  pages: ErrorPages,
  embedDocument: (page: EmbedPage, content: string) => Buffer,
): LatestEmbeds {
  const byLimit = new Map<number, Representation>();
  for (let limit = 1; limit <= LATEST_LIMIT.max; limit++) {
    byLimit.set(limit, memo(`${urls.embedLatest} ${String(limit)}`, [site.releases], () => represent({
      status: 200, contentType: HTML, cacheControl: pageCacheControl, lastModified: null, framable: true,
      body: () => {
        const { page, view } = latestPage(site, limit);
        return embedDocument(page, templates.latest(view));
      },
    })));
  }
  const { status, cacheControl, meta, view } = pages.badLimit;
  const badLimit = memo(`${urls.embedLatest} bad limit`, [], () => represent({
    status, contentType: HTML, cacheControl, framable: true,
    body: () => embedDocument({ title: meta.title, language: 'en', more: null }, templates.error(view)),
  }));
  return { byLimit, badLimit };
}
