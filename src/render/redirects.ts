import type { Redirect, Representation } from './representation.js';
import { urls } from './urls.js';

/** Where an address of the URL scheme itself leads never changes: a day is a fair cache. */
const SCHEME_CACHE_CONTROL = 'public, max-age=86400';
/** `/releases/<slug>` and what follows it: `.txt`, `.json`, `/card.png`, ... */
const RELEASE_PATH = /^\/releases\/([a-z0-9-]+)((?:[./]).+)?$/;

export interface RedirectSources {
  resources: ReadonlyMap<string, Representation>;
  /** The year archives' keys ("2004", "undated"). */
  archive: readonly string[];
  /** Old slug -> current slug (`Site.redirects`). */
  moved: ReadonlyMap<string, string>;
  pageCacheControl: string;
}

/**
 * The permanent redirects: `/releases` and `/releases/` to the index, whose first page is `/`
 * (so `/page/1` too); a year without its slash to its archive; and every address of a release
 * under an old slug (page, `.txt`, `.json` and any other under `/releases/<slug>`) to the same
 * address under its current slug. None is a resource's address.
 */
export function releaseRedirects({ resources, archive, moved, pageCacheControl }: RedirectSources): Map<string, Redirect> {
  const redirects = new Map<string, Redirect>();
  const add = (from: string, location: string, cacheControl: string): void => {
    if (!resources.has(from)) redirects.set(from, { location, cacheControl });
  };
  add('/releases', urls.home, SCHEME_CACHE_CONTROL);
  add('/releases/', urls.home, SCHEME_CACHE_CONTROL);
  add('/page/1', urls.home, SCHEME_CACHE_CONTROL);
  for (const key of archive) add(urls.archive(key).slice(0, -1), urls.archive(key), pageCacheControl);
  if (moved.size === 0) return redirects;

  const addressesOf = new Map<string, string[]>();
  for (const path of resources.keys()) {
    const match = RELEASE_PATH.exec(path);
    if (match?.[1] === undefined) continue;
    const suffixes = addressesOf.get(match[1]) ?? [];
    suffixes.push(match[2] ?? '');
    addressesOf.set(match[1], suffixes);
  }
  // Content decides these, and an edit can take one back: cached no longer than pages.
  for (const [old, current] of moved) {
    for (const suffix of addressesOf.get(current) ?? []) {
      add(`${urls.release(old)}${suffix}`, `${urls.release(current)}${suffix}`, pageCacheControl);
    }
  }
  return redirects;
}
