import type { LoadedRelease } from '../content/site.js';
import type { Archive } from './archive.js';
import { absoluteUrl, type Publication } from './publication.js';
import { concatenated, keptFor, type Steps } from './steps.js';
import { urls } from './urls.js';

const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const OPENING = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NAMESPACE}">\n`, 'utf8');
const CLOSING = Buffer.from('</urlset>\n', 'utf8');
const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Writes the sitemap protocol's XML: every page of the index and of the year archives, modified
 * when the newest file it lists was, and every release whose home is this site (one whose
 * front-matter `canonical` points elsewhere is left to that site), modified when its file was.
 * A release a step, keeping each release's entry while it is the same object: after an edit,
 * only the lists and the changed releases are written again, and the body is copied together
 * in steps.
 */
export function sitemapWriter(publication: Publication): (releases: readonly LoadedRelease[], archive: Archive) => Steps<Buffer> {
  const entryOf = keptFor((loaded: LoadedRelease) => releaseEntry(loaded, publication));
  return function* write(releases, archive) {
    const pieces: Buffer[] = [OPENING];
    for (const [index, page] of archive.pages.entries()) {
      pieces.push(listEntry(urls.indexPage(index + 1), page, publication));
      yield;
    }
    for (const group of archive.groups) {
      pieces.push(listEntry(urls.archive(group.key), group.releases, publication));
      yield;
    }
    for (const loaded of releases) {
      const entry = yield* entryOf(loaded);
      if (entry !== null) pieces.push(entry);
    }
    pieces.push(CLOSING);
    return yield* concatenated(pieces);
  };
}

/** A release's `<url>`, or null when its home is another site. */
function releaseEntry(loaded: LoadedRelease, publication: Publication): Buffer | null {
  const loc = absoluteUrl(publication, urls.release(loaded.slug));
  if (loaded.meta.canonical !== null && loaded.meta.canonical !== loc) return null;
  return urlEntry(loc, loaded.modified.toISOString());
}

function listEntry(path: string, listed: readonly LoadedRelease[], publication: Publication): Buffer {
  let newest = Number.NEGATIVE_INFINITY;
  for (const { modified } of listed) newest = Math.max(newest, modified.getTime());
  return urlEntry(absoluteUrl(publication, path), Number.isFinite(newest) ? new Date(newest).toISOString() : null);
}

function urlEntry(loc: string, lastmod: string | null): Buffer {
  const modified = lastmod === null ? '' : `    <lastmod>${lastmod}</lastmod>\n`;
  return Buffer.from(`  <url>\n    <loc>${escapeXml(loc)}</loc>\n${modified}  </url>\n`, 'utf8');
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}
