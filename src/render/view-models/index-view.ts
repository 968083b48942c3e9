import type { LoadedRelease } from '../../content/site.js';
import { UNDATED, type GroupSummary } from '../archive.js';
import { listedHeadline } from '../headline-text.js';
import { absoluteUrl, type Publication } from '../publication.js';
import { urls } from '../urls.js';
import { dateView, type DateView } from './dated-text.js';
import { pageTitle, type PageLink, type PageMeta } from './layout-view.js';
import { pagerView, type PagerView } from './pager-view.js';
import { websiteTags } from './social-tags.js';

export interface IndexEntryView {
  href: string;
  headline: string;
  /** Null for a release that states no date: listed as undated. */
  date: DateView | null;
  company: string | null;
}

export interface YearLinkView {
  /** "2004", or "Undated". */
  label: string;
  href: string;
  count: number;
  /** "12 releases": what the count counts, for screen readers. */
  countText: string;
  /** The page shows this year. */
  current: boolean;
}

export interface IndexPageView {
  heading: string;
  releases: IndexEntryView[];
  /** Years that have releases, with their counts; null when there is none. */
  years: YearLinkView[] | null;
  /** Null when everything fits on one page. */
  pager: PagerView | null;
  jsonHref: string;
}

export interface IndexPage {
  meta: PageMeta;
  view: IndexPageView;
}

/** What a list needs beyond its releases. */
export interface ListContext {
  publication: Publication;
  /** Every year that has releases, for the year navigation. */
  years: readonly GroupSummary[];
  /** A release's date when it states a real one, else null. */
  dateOf: (loaded: LoadedRelease) => string | null;
}

const HEADING = 'Press releases';
const UNDATED_LABEL = 'Undated';
/** Search engines fold pages of a language together; lists are written in English. */
const LIST_LANGUAGE = 'en';

/** Page `number` of `count` of the index, which lists `releases`. */
export function indexPage(number: number, count: number, releases: readonly LoadedRelease[], context: ListContext): IndexPage {
  const heading = number === 1 ? HEADING : `${HEADING}, page ${number} of ${count}`;
  const links: PageLink[] = [];
  if (number > 1) links.push({ rel: 'prev', href: urls.indexPage(number - 1) });
  if (number < count) links.push({ rel: 'next', href: urls.indexPage(number + 1) });
  return {
    meta: listMeta(heading, urls.indexPage(number), links, context),
    view: {
      heading,
      releases: releases.map((loaded) => indexEntry(loaded, context.dateOf)),
      years: yearLinks(context.years, null),
      pager: count === 1 ? null : pagerView(number, count),
      jsonHref: urls.releasesJson,
    },
  };
}

/** Every release of one year, or the undated ones (`key`), on one page. */
export function archivePage(key: string, releases: readonly LoadedRelease[], context: ListContext): IndexPage {
  const heading = key === UNDATED ? `${UNDATED_LABEL} ${HEADING.toLowerCase()}` : `${HEADING} of ${key}`;
  return {
    meta: listMeta(heading, urls.archive(key), [], context),
    view: {
      heading,
      releases: releases.map((loaded) => indexEntry(loaded, context.dateOf)),
      years: yearLinks(context.years, key),
      pager: null,
      jsonHref: urls.releasesJson,
    },
  };
}

export function indexEntry(loaded: LoadedRelease, dateOf: (loaded: LoadedRelease) => string | null): IndexEntryView {
  return {
    href: urls.release(loaded.slug),
    headline: listedHeadline(loaded),
    date: dateView(dateOf(loaded)),
    company: loaded.release.company,
  };
}

function yearLinks(years: readonly GroupSummary[], current: string | null): YearLinkView[] | null {
  if (years.length === 0) return null;
  return years.map(({ key, count }) => ({
    label: key === UNDATED ? UNDATED_LABEL : key,
    href: urls.archive(key),
    count,
    countText: `${count} ${count === 1 ? 'release' : 'releases'}`,
    current: key === current,
  }));
}

function listMeta(heading: string, path: string, links: PageLink[], { publication }: ListContext): PageMeta {
  const title = pageTitle(heading, publication.siteName);
  const description = `Corporate press releases as filed with the SEC, published by ${publication.siteName}.`;
  const url = absoluteUrl(publication, path);
  return {
    title,
    description,
    language: LIST_LANGUAGE,
    alternates: [{ type: 'application/json', href: urls.releasesJson, title: null }],
    links: [{ rel: 'canonical', href: url }, ...links],
    metaTags: websiteTags({ title: heading, description, url, siteName: publication.siteName, language: LIST_LANGUAGE }),
  };
}
