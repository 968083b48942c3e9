/**
 * A path of this site as the public reaches it: `SITE_URL` (kept without a trailing slash, with
 * any path prefix a proxy serves the site under) followed by the path.
 */
export function absoluteUrl(siteUrl: string, urlPath: string): string {
  return `${siteUrl}${urlPath}`;
}
