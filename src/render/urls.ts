/** The site's URL space, in one place: pages link with these and the site is keyed by them. */
export const urls = {
  home: '/',
  /** Page `n` of the index: the first is the home page. */
  indexPage: (n: number): string => (n === 1 ? '/' : `/page/${n}`),
  releasesJson: '/releases.json',
  release: (slug: string): string => `/releases/${slug}`,
  releaseText: (slug: string): string => `/releases/${slug}.txt`,
  releaseJson: (slug: string): string => `/releases/${slug}.json`,
  /** The releases of one year ("2004"), or of none (`undated`): a folder's page, with its slash. */
  archive: (year: string): string => `/releases/${year}/`,
  feeds: { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' },
  sitemap: '/sitemap.xml',
  /** The n-th table of a release (from 1, in reading order) as CSV. */
  releaseTable: (slug: string, n: number): string => `/releases/${slug}/tables/${String(n)}.csv`,
  /** The search form's action: answered per request, never part of the pre-rendered site. */
  search: '/search',
  /** A page of results for a query, encoded as the search form sends it. */
  searchResults: (query: string, page = 1): string =>
    `/search?${new URLSearchParams(page > 1 ? { q: query, page: String(page) } : { q: query }).toString()}`,
  /** The release's preview image, 1200x630, for link previews. */
  releaseCard: (slug: string): string => `/releases/${slug}/card.png`,
  /** The release alone, for another site's iframe. */
  releaseEmbed: (slug: string): string => `/releases/${slug}/embed`,
  /** The newest releases, for another site's iframe (`?limit=`). */
  embedLatest: '/embed/latest',
  /** Files that browsers and crawlers ask for by name at the root: /favicon.ico, /robots.txt. */
  wellKnown: (name: string): string => `/${name}`,
  /** A static file under a name that changes with its content, so it can be cached for good. */
  asset: (stem: string, fingerprint: string, extension: string): string =>
    `/assets/${stem}.${fingerprint}${extension}`,
} as const;
