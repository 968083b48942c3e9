import type { LoadedRelease } from '../content/site.js';
import { absoluteUrl, type Publication } from './publication.js';
import { urls } from './urls.js';

/** The URL a release is to be known by: its front-matter `canonical` when its home is elsewhere, else its page here. */
export function canonicalUrl({ slug, meta }: Pick<LoadedRelease, 'slug' | 'meta'>, publication: Pick<Publication, 'siteUrl'>): string {
  return meta.canonical ?? absoluteUrl(publication, urls.release(slug));
}
