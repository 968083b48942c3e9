/** What the site says about itself to readers, feeds, search engines and link previews. */
export interface Publication {
  /** The public origin, with any path prefix and without a trailing slash: absolute URLs start with it. */
  readonly siteUrl: string;
  /** Shown in titles, feeds and previews. */
  readonly siteName: string;
  /** IANA time zone in which a release's stated date (with no time) is placed. */
  readonly timeZone: string;
  /** Local time of day ("HH:MM") given to a release whose filing states no time. */
  readonly releaseTime: string;
}

export const DEFAULT_SITE_NAME = 'Pressroom';
export const DEFAULT_TIME_ZONE = 'America/New_York';
export const DEFAULT_RELEASE_TIME = '09:00';

/** What the configuration gives when nothing is set and the server listens on port 3000. */
export const DEFAULT_PUBLICATION: Publication = {
  siteUrl: 'http://localhost:3000',
  siteName: DEFAULT_SITE_NAME,
  timeZone: DEFAULT_TIME_ZONE,
  releaseTime: DEFAULT_RELEASE_TIME,
};

/** The absolute URL of a path on this site ("/releases/x" -> "https://ir.example.com/releases/x"). */
export function absoluteUrl(publication: Pick<Publication, 'siteUrl'>, path: string): string {
  return `${publication.siteUrl}${path}`;
}
