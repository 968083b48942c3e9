import type { LoadedRelease } from '../../content/site.js';
import type { SearchPage } from '../view-models/search-view.js';
import { searchPage } from '../view-models/search-view.js';
import type { Found, ReleaseIndex } from './release-index.js';
import { readSearchRequest, type SearchParameters } from './search-request.js';

/**
 * Results change only when the content does, and a page of them is as public as the releases:
 * browsers and shared caches may keep one for a minute, which absorbs a burst of the same
 * search (everyone looking up a merger the hour it is announced) and still shows a newly
 * published release within a minute.
 */
export const SEARCH_CACHE_CONTROL = 'public, max-age=60';
/** Searches whose results are kept for their next pages, per site. */
const RECENT_SEARCHES = 16;
/** A request that cannot be answered as asked is not kept: the next one may be right. */
const REFUSED_CACHE_CONTROL = 'no-cache';

/** A search page, rendered for one request. */
export interface RenderedSearchPage {
  status: number;
  cacheControl: string;
  contentType: string;
  body: Buffer;
}

/** Search over one site's published releases. */
export interface SiteSearch {
  /** The page for a request's parameters, once the index holds this site's releases. */
  page(parameters: SearchParameters): Promise<RenderedSearchPage>;
}

/**
 * Starts bringing the index up to date with `releases` at once, off the request path; a
 * search that comes before it is done waits for it. Results are only ever releases of this
 * site, even when the index has already moved on to a newer one.
 */
export function siteSearch(releases: readonly LoadedRelease[], index: ReleaseIndex, render: (page: SearchPage) => Buffer): SiteSearch {
  const ready = index.sync(releases);
  // Waited for by searches, which report a failure; until one comes, nothing waits.
  ready.catch(() => undefined);
  let members: ReadonlySet<LoadedRelease> | null = null;
  /** The latest searches' results, by their terms: the next page of a search costs no search. */
  const recent = new Map<string, Found>();
  return {
    async page(parameters) {
      const request = readSearchRequest(parameters);
      let found: Found = { hits: [], skipped: [] };
      if (request.kind === 'search' && request.terms.length > 0) {
        await ready;
        members ??= new Set(releases);
        const key = request.terms.join(' ');
        found = recent.get(key) ?? index.search(request.terms, members);
        recent.delete(key);
        recent.set(key, found);
        if (recent.size > RECENT_SEARCHES) recent.delete(recent.keys().next().value ?? key);
      }
      const page = searchPage(request, found);
      return {
        status: page.status,
        cacheControl: page.status === 200 ? SEARCH_CACHE_CONTROL : REFUSED_CACHE_CONTROL,
        contentType: 'text/html; charset=utf-8',
        body: render(page),
      };
    },
  };
}
