import type { LoadedRelease, Site } from '../../content/site.js';
import { headlineText } from '../headline-text.js';
import { readableDate } from '../readable-date.js';
import { urls } from '../urls.js';
import type { DateView } from './dated-text.js';
import { pageTitle, SITE_NAME, type PageMeta } from './layout-view.js';

export interface IndexEntryView {
  href: string;
  headline: string;
  date: DateView | null;
  company: string | null;
}

export interface IndexPageView {
  heading: string;
  releases: IndexEntryView[];
  jsonHref: string;
}

export interface IndexPage {
  meta: PageMeta;
  view: IndexPageView;
}

const HEADING = 'Press releases';

/** The index, each release listed by `entry` (by default its headline, date and company). */
export function indexPage(site: Site, entry: (loaded: LoadedRelease) => IndexEntryView = indexEntry): IndexPage {
  return {
    meta: {
      title: pageTitle(HEADING),
      description: `Corporate press releases as filed with the SEC, published by ${SITE_NAME}.`,
      alternates: [{ type: 'application/json', href: urls.releasesJson }],
    },
    view: {
      heading: HEADING,
      releases: site.releases.map(entry),
      jsonHref: urls.releasesJson,
    },
  };
}

export function indexEntry({ slug, release }: LoadedRelease): IndexEntryView {
  return {
    href: urls.release(slug),
    headline: headlineText(release),
    date: release.date === null ? null : { iso: release.date, text: readableDate(release.date) },
    company: release.company,
  };
}
