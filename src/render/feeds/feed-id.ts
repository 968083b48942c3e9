import type { LoadedRelease } from '../../content/site.js';

/** The date in the tag of a release that states none: a fixed one, so that its id never moves. */
export const UNDATED_TAG_DATE = '1970-01-01';

/**
 * A release's id in feeds, which readers use to tell a new release from one they have seen.
 * Front-matter `id` when it is a URI (`tag:`, `urn:`, `https:`...). Otherwise a `tag:` URI
 * (RFC 4151) of the site's host, the release's date and the file's path in the content folder:
 * `tag:ir.example.com,2004-10-13:2004/q4-results.txt`. The path stays the same when the headline
 * or the slug changes, and across restarts; moving or renaming the file, another date, or
 * another host changes it. A front-matter `id` that is not a URI takes the path's place.
 */
export function feedId({ file, meta }: Pick<LoadedRelease, 'file' | 'meta'>, host: string, date: string | null): string {
  if (meta.id !== null && isUri(meta.id)) return meta.id;
  const identity = meta.id ?? file;
  const specific = identity.split('/').map(encodeURIComponent).join('/');
  return `tag:${host.toLowerCase()},${date ?? UNDATED_TAG_DATE}:${specific}`;
}

function isUri(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\S+$/i.test(text) && URL.canParse(text);
}
