import type { Site } from '../../content/site.js';
import { listedHeadline } from '../headline-text.js';
import { readableDate } from '../readable-date.js';
import { urls } from '../urls.js';
import type { DateView } from './dated-text.js';
import type { EmbedPage } from './embed-view.js';

/** How many releases `/embed/latest` lists: `?limit=` from 1 to `max`, `default` without it. */
export const LATEST_LIMIT = { default: 5, max: 20 } as const;

export interface LatestEntryView {
  href: string;
  headline: string;
  date: DateView | null;
}

export interface LatestView {
  heading: string;
  releases: LatestEntryView[];
}

const HEADING = 'Latest press releases';

/** The newest `limit` releases, by the headline and date the site gives them. */
export function latestPage(site: Site, limit: number): { page: EmbedPage; view: LatestView } {
  return {
    page: { title: HEADING, language: 'en', more: { href: urls.home, text: 'All press releases' } },
    view: {
      heading: HEADING,
      releases: site.releases.slice(0, limit).map((loaded) => ({
        href: urls.release(loaded.slug),
        headline: listedHeadline(loaded),
        date: loaded.meta.date === null ? null : { iso: loaded.meta.date, text: readableDate(loaded.meta.date) },
      })),
    },
  };
}
