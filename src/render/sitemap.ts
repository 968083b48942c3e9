import XMLBuilder from 'fast-xml-builder';
import type { LoadedRelease } from '../content/site.js';
import type { Archive } from './archive.js';
import { absoluteUrl, type Publication } from './publication.js';
import { urls } from './urls.js';

const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

/**
 * The sitemap protocol's XML: every page of the index and of the year archives, modified when
 * the newest file it lists was, and every release whose home is this site (one whose
 * front-matter `canonical` points elsewhere is left to that site), modified when its file was.
 */
export function sitemapXml(releases: readonly LoadedRelease[], archive: Archive, publication: Publication): string {
  const lists: SitemapUrl[] = [
    ...archive.pages.map((page, index) => listUrl(urls.indexPage(index + 1), page, publication)),
    ...archive.groups.map((group) => listUrl(urls.archive(group.key), group.releases, publication)),
  ];
  const pages: SitemapUrl[] = releases.flatMap((loaded) => {
    const loc = absoluteUrl(publication, urls.release(loaded.slug));
    if (loaded.meta.canonical !== null && loaded.meta.canonical !== loc) return [];
    return [{ loc, lastmod: loaded.modified.toISOString() }];
  });
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true });
  return builder.build({
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    urlset: { '@xmlns': SITEMAP_NAMESPACE, url: [...lists, ...pages] },
  });
}

function listUrl(path: string, listed: readonly LoadedRelease[], publication: Publication): SitemapUrl {
  const newest = listed.reduce((latest, loaded) => Math.max(latest, loaded.modified.getTime()), Number.NEGATIVE_INFINITY);
  const loc = absoluteUrl(publication, path);
  return Number.isFinite(newest) ? { loc, lastmod: new Date(newest).toISOString() } : { loc };
}
