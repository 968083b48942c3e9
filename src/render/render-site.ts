import type { Site } from '../content/site.js';
import { releaseTables } from '../release/table/release-tables.js';
import type { Assets } from './assets.js';
import { tableCsv } from './csv/table-csv.js';
import { jsonBody } from './json/json-body.js';
import { releaseJson } from './json/release-json.js';
import { releasesJson } from './json/releases-json.js';
import type { RenderedSite, Representation } from './representation.js';
import type { Represent } from './representation-reuse.js';
import type { Templates } from './templates.js';
import { urls } from './urls.js';
import { errorPages, type ErrorPage } from './view-models/error-view.js';
import { indexPage } from './view-models/index-view.js';
import { layoutView, type PageMeta } from './view-models/layout-view.js';
import { releasePage } from './view-models/release-view.js';

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';
const CSV = 'text/csv; charset=utf-8; header=present';
/** Content changes live: clients keep a copy but check it against the ETag every time. */
const REVALIDATE = 'no-cache';

export interface SiteRendering {
  templates: Templates;
  assets: Assets;
  represent: Represent;
}

/** Every response the site can give for this content, rendered and compressed now. */
export function renderSite(site: Site, { templates, assets, represent }: SiteRendering): RenderedSite {
  const document = (meta: PageMeta, content: string): Buffer =>
    Buffer.from(templates.layout(layoutView(meta, assets.chrome, content)), 'utf8');
  const ok = (contentType: string, body: Buffer): Representation =>
    represent({ status: 200, contentType, cacheControl: REVALIDATE, body });
  const error = ({ status, cacheControl, meta, view }: ErrorPage): Representation =>
    represent({ status, contentType: HTML, cacheControl, body: document(meta, templates.error(view)) });

  const resources = new Map<string, Representation>(assets.resources);
  const index = indexPage(site);
  resources.set(urls.home, ok(HTML, document(index.meta, templates.index(index.view))));
  resources.set(urls.releasesJson, ok(JSON_TYPE, jsonBody(releasesJson(site))));
  for (const loaded of site.releases) {
    const page = releasePage(loaded);
    resources.set(urls.release(loaded.slug), ok(HTML, document(page.meta, templates.release(page.view))));
    resources.set(urls.releaseText(loaded.slug), ok(TEXT, Buffer.from(loaded.source)));
    resources.set(urls.releaseJson(loaded.slug), ok(JSON_TYPE, jsonBody(releaseJson(loaded))));
    releaseTables(loaded.release).forEach((table, index) => {
      resources.set(urls.releaseTable(loaded.slug, index + 1), ok(CSV, tableCsv(table)));
    });
  }
  return {
    resources,
    notFound: error(errorPages.notFound),
    methodNotAllowed: error(errorPages.methodNotAllowed),
    serverError: error(errorPages.serverError),
  };
}
