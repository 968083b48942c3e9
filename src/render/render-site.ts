import type { LoadedRelease, Site } from '../content/site.js';
import { releaseTables } from '../release/table/release-tables.js';
import { renderOrAsFiled } from './as-filed.js';
import type { DrawCard } from './card/card-thread.js';
import { cardView } from './card/card-view.js';
import { tableCsv } from './csv/table-csv.js';
import { jsonBody } from './json/json-body.js';
import { releaseJson } from './json/release-json.js';
import { releasesJson } from './json/releases-json.js';
import type { Memo } from './memo.js';
import type { Publication } from './publication.js';
import type { ReleaseClock } from './release-dates.js';
import type { LatestEmbeds, RenderedSite, Represent, Representation, RepresentationInput } from './representation.js';
import type { ReleaseIndex } from './search/release-index.js';
import { siteSearch } from './search/site-search.js';
import type { Templates } from './templates.js';
import { urls } from './urls.js';
import { embedLayoutView, type EmbedPage } from './view-models/embed-view.js';
import { errorPages, type ErrorPage } from './view-models/error-view.js';
import { indexEntry, indexPage } from './view-models/index-view.js';
import { latestPage, LATEST_LIMIT } from './view-models/latest-view.js';
import { layoutView, type Chrome, type PageMeta } from './view-models/layout-view.js';
import { releasePreview } from './view-models/preview-view.js';
import { releasePage } from './view-models/release-view.js';

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';
const CSV = 'text/csv; charset=utf-8';
const PNG = 'image/png';

export interface SiteRendering {
  templates: Templates;
  chrome: Chrome;
  /** The files of `public/`, published as they are. */
  assets: ReadonlyMap<string, Representation>;
  represent: Represent;
  memo: Memo;
  /** Cache-Control of every page and format the content determines. */
  pageCacheControl: string;
  /** When templates and styles last changed: a release's page is as new as the newer of them and its file. */
  templatesModified: Date;
  /** A release whose reading could not be rendered, published as filed instead. */
  report: (loaded: LoadedRelease, error: unknown) => void;
  /** The words of the published releases, kept up to date from one site to the next. */
  searchIndex: ReleaseIndex;
  /** The site's public URL and name, and when releases that state no time were put out. */
  publication: Publication;
  clock: ReleaseClock;
  /** Draws a release's preview card; called when the card is first asked for. */
  drawCard: DrawCard;
}

/**
 * Every response the site can give for this content, each produced when first asked for.
 * Each URL is declared with the inputs it is made from: while they are unchanged, the next
 * render reuses what this one made (and the bodies it produced).
 */
export function renderSite(site: Site, rendering: SiteRendering): RenderedSite {
  const { templates, chrome, represent, memo, pageCacheControl, templatesModified, report, publication, clock, drawCard } = rendering;
  const document = (meta: PageMeta, content: string): Buffer =>
    Buffer.from(templates.layout(layoutView(meta, chrome, content)), 'utf8');
  const embedDocument = (page: EmbedPage, content: string): Buffer =>
    Buffer.from(templates.embed(embedLayoutView(page, chrome, content)), 'utf8');
  const declare = (key: string, inputs: readonly unknown[], input: () => RepresentationInput): Representation =>
    memo(key, inputs, () => represent(input()));
  const content = (contentType: string, lastModified: Date | null, body: () => Buffer | Promise<Buffer>): RepresentationInput => ({
    status: 200, contentType, cacheControl: pageCacheControl, lastModified, body,
  });
  const error = ({ status, cacheControl, meta, view }: ErrorPage): Representation =>
    declare(`error ${status}`, [], () => ({ status, contentType: HTML, cacheControl, body: () => document(meta, templates.error(view)) }));
  const asFiledOnFailure = <T>(loaded: LoadedRelease, render: (loaded: LoadedRelease) => T): T =>
    renderOrAsFiled(loaded, render, report);

  const latest = latestEmbeds(site, rendering, embedDocument);
  const resources = new Map<string, Representation>(rendering.assets);
  // Lists carry no Last-Modified: removing a release changes them, and no file's time says when.
  resources.set(urls.home, declare(urls.home, [site.releases], () => content(HTML, null, () => {
    const index = indexPage(site, (loaded) => asFiledOnFailure(loaded, indexEntry));
    return document(index.meta, templates.index(index.view));
  })));
  resources.set(urls.releasesJson, declare(urls.releasesJson, [site.releases], () =>
    content(JSON_TYPE, null, () => jsonBody(releasesJson(site)))));
  const latestByDefault = latest.byLimit.get(LATEST_LIMIT.default);
  if (latestByDefault !== undefined) resources.set(urls.embedLatest, latestByDefault);
  // A release's URLs are declared together, under its file name, so that the thousands that an
  // edit leaves unchanged cost one lookup each.
  const releaseResources = (loaded: LoadedRelease): (readonly [string, Representation])[] => {
    const { slug, source, modified, meta } = loaded;
    const rendered = modified > templatesModified ? modified : templatesModified;
    // Made again for the page and for its script's hash, rather than kept: most pages are never asked for.
    const preview = (): ReturnType<typeof releasePreview> => releasePreview(loaded, publication, clock);
    return [
      [urls.release(slug), represent({
        ...content(HTML, rendered, () =>
          asFiledOnFailure(loaded, (shown) => {
            const view = releasePage(shown);
            return document({ ...view.meta, ...preview() }, templates.release(view.view));
          })),
        framable: true,
        inlineScripts: () => [preview().structuredData],
      })],
      [urls.releaseEmbed(slug), represent({
        ...content(HTML, rendered, () =>
          asFiledOnFailure(loaded, (shown) => {
            const view = releasePage(shown);
            const page = { title: view.meta.title, language: meta.language, more: { href: urls.release(slug), text: `This release on ${publication.siteName}` } };
            return embedDocument(page, templates.release(view.view));
          })),
        framable: true,
      })],
      [urls.releaseCard(slug), represent(content(PNG, rendered, () => drawCard(cardView(loaded, publication.siteName))))],
      [urls.releaseText(slug), represent(content(TEXT, modified, () => Buffer.from(source.buffer, source.byteOffset, source.byteLength)))],
      [urls.releaseJson(slug), represent(content(JSON_TYPE, rendered, () => asFiledOnFailure(loaded, (shown) => jsonBody(releaseJson(shown)))))],
      ...releaseTables(loaded.release).map((table, index) =>
        [urls.releaseTable(slug, index + 1), represent(content(CSV, rendered, () => tableCsv(table)))] as const),
    ];
  };
  for (const loaded of site.releases) {
    const { file, slug, source, release, modified, meta } = loaded;
    for (const [urlPath, representation] of memo(file, [release, slug, source, modified, meta], () => releaseResources(loaded))) {
      resources.set(urlPath, representation);
    }
  }
  return {
    resources,
    notFound: error(errorPages.notFound),
    methodNotAllowed: error(errorPages.methodNotAllowed),
    serverError: error(errorPages.serverError),
    search: memo('search', [site.releases], () =>
      siteSearch(site.releases, rendering.searchIndex, (page) => document(page.meta, templates.search(page.view)))),
    latest,
  };
}

/**
 * `/embed/latest` at every limit it takes, each declared like any list and produced when first
 * asked for: twenty small lists cost less to hold than one rendering per request.
 */
function latestEmbeds(
  site: Site,
  { represent, memo, pageCacheControl, templates }: SiteRendering,
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
  const { status, cacheControl, meta, view } = errorPages.badLimit;
  const badLimit = memo(`${urls.embedLatest} bad limit`, [], () => represent({
    status, contentType: HTML, cacheControl, framable: true,
    body: () => embedDocument({ title: meta.title, language: 'en', more: null }, templates.error(view)),
  }));
  return { byLimit, badLimit };
}
