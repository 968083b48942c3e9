import type { Site } from '../../content/site.js';
import { headlineText } from '../headline-text.js';
import { urls } from '../urls.js';

export interface ReleasesJson {
  releases: {
    slug: string;
    headline: string;
    date: string | null;
    url: string;
    source: { file: string };
  }[];
}

/** The published shape of `/releases.json`: every release, newest first, as the site lists them. */
export function releasesJson(site: Site): ReleasesJson {
  return {
    releases: site.releases.map(({ slug, file, release }) => ({
      slug,
      headline: headlineText(release),
      date: release.date,
      url: urls.release(slug),
      source: { file },
    })),
  };
}
