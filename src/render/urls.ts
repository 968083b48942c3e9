/** The site's URL space, in one place: pages link with these and the site is keyed by them. */
export const urls = {
  home: '/',
  releasesJson: '/releases.json',
  release: (slug: string): string => `/releases/${slug}`,
  releaseText: (slug: string): string => `/releases/${slug}.txt`,
  releaseJson: (slug: string): string => `/releases/${slug}.json`,
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
