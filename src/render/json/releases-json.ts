import type { LoadedRelease } from '../../content/site.js';
import { canonicalUrl } from '../canonical.js';
import { listedHeadline } from '../headline-text.js';
import { urls } from '../urls.js';
import type { JsonContext } from './json-context.js';

export interface ReleasesJson {
  releases: {
    slug: string;
    headline: string;
    date: string | null;
    company: string | null;
    url: string;
    canonical: string;
    source: { file: string };
  }[];
}

/** The published shape of `/releases.json`: every release, newest first, as the site lists them. */
export function releasesJson(releases: readonly LoadedRelease[], { publication, dateOf }: JsonContext): ReleasesJson {
  return {
    releases: releases.map((loaded) => ({
      slug: loaded.slug,
      headline: listedHeadline(loaded),
      date: dateOf(loaded),
      company: loaded.release.company,
      url: urls.release(loaded.slug),
      canonical: canonicalUrl(loaded, publication),
      source: { file: loaded.file },
    })),
  };
}
