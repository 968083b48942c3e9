import { absoluteUrl, type Publication } from './publication.js';
import { urls } from './urls.js';

/** robots.txt: everything may be crawled, and the sitemap is named with its absolute URL. */
export function robotsTxt(publication: Publication): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(publication, urls.sitemap)}\n`;
}
