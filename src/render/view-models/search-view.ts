import { listedHeadline } from '../headline-text.js';
import { readableDate } from '../readable-date.js';
import { bestPassage, highlight, type Highlighted, type Passage } from '../search/highlight.js';
import type { Found, Hit } from '../search/release-index.js';
import { MAX_QUERY_LENGTH, MAX_TERMS, RESULTS_PER_PAGE, type SearchRequest } from '../search/search-request.js';
import { searchableOf } from '../search/searchable.js';
import { urls } from '../urls.js';
import type { DateView } from './dated-text.js';
import { pageTitle, type PageMeta, type SequenceLink } from './layout-view.js';

/** Text with the words a search matched marked. */
export interface HighlightedView {
  segments: Highlighted[];
}

export interface SearchResultView {
  href: string;
  headline: HighlightedView;
  date: DateView | null;
  company: HighlightedView | null;
  passage: Passage | null;
}

export interface PagerView {
  label: string;
  previousHref: string | null;
  nextHref: string | null;
}

export interface SearchPageView {
  heading: string;
  /** What the reader should know first: how many matched, or why nothing was searched. */
  messages: string[];
  /** A way on from a page with no results to show. */
  link: { href: string; text: string } | null;
  results: SearchResultView[];
  pager: PagerView | null;
}

export interface SearchPage {
  status: number;
  meta: PageMeta;
  view: SearchPageView;
}

const HEADING = 'Search';
const RESULTS_HEADING = 'Search results';
const PROMPT =
  'Type words from a headline, from the text of a release or from a company’s name in the search box above. ' +
  'A word is found in any of its forms (report, reported, reporting), by its beginning, and despite a slip of the keyboard.';

/** The page for a request, and what a search request's terms found. */
export function searchPage(request: SearchRequest, found: Found): SearchPage {
  switch (request.kind) {
    case 'prompt':
      return page(200, '', HEADING, [PROMPT]);
    case 'too-long':
      return page(400, request.query.slice(0, MAX_QUERY_LENGTH), HEADING, [
        `That search is ${String(request.query.length)} characters long, and a search can be at most ${String(MAX_QUERY_LENGTH)}. Shorten it and search again.`,
      ]);
    case 'bad-page':
      return page(400, request.query, HEADING, ['Pages of results are numbered from 1.'], { href: urls.searchResults(request.query), text: 'See the first page of results' });
    case 'search':
      return resultsPage(request, found);
  }
}

function resultsPage(request: Extract<SearchRequest, { kind: 'search' }>, { hits, skipped }: Found): SearchPage {
  const { query, terms, words, leftOut } = request;
  const quoted = `“${query}”`;
  const notes = [
    ...(leftOut > 0 ? [`Only the first ${String(MAX_TERMS)} different words were searched for; ${String(leftOut)} more ${leftOut === 1 ? 'was' : 'were'} left out.`] : []),
    ...(skipped.length > 0
      ? [`${skipped.map((term) => `“${words.get(term) ?? term}”`).join(', ')} ${skipped.length === 1 ? 'is' : 'are'} in so many releases that ${skipped.length === 1 ? 'it was' : 'they were'} left out of the search.`]
      : []),
  ];
  if (terms.length === 0) {
    return page(200, query, HEADING, [`${quoted} has only words too common to search for. Search for more telling words, such as a company’s name.`]);
  }
  if (hits.length === 0) {
    return page(200, query, HEADING, [`No release holds every word of ${quoted}. Check the spelling, or search for fewer words.`, ...notes]);
  }
  const pages = Math.ceil(hits.length / RESULTS_PER_PAGE);
  if (request.page > pages) {
    return page(404, query, HEADING, [`There ${pages === 1 ? 'is one page' : `are ${String(pages)} pages`} of results for ${quoted}, not ${String(request.page)}.`], {
      href: urls.searchResults(query), text: 'See the first page of results',
    });
  }
  const first = (request.page - 1) * RESULTS_PER_PAGE;
  const shown = hits.slice(first, first + RESULTS_PER_PAGE);
  const count = hits.length === 1 ? 'One release matches' : `${String(hits.length)} releases match`;
  const range = pages === 1 ? '' : `; results ${String(first + 1)} to ${String(first + shown.length)}`;
  const previousHref = request.page > 1 ? urls.searchResults(query, request.page - 1) : null;
  const nextHref = request.page < pages ? urls.searchResults(query, request.page + 1) : null;
  const sequence: SequenceLink[] = [
    ...(previousHref === null ? [] : [{ rel: 'prev' as const, href: previousHref }]),
    ...(nextHref === null ? [] : [{ rel: 'next' as const, href: nextHref }]),
  ];
  const built = page(200, query, RESULTS_HEADING, [`${count} ${quoted}${range}.`, ...notes]);
  return {
    ...built,
    meta: { ...built.meta, title: pageTitle(`${query} – ${pages === 1 ? 'search' : `search, page ${String(request.page)}`}`), sequence },
    view: {
      ...built.view,
      results: shown.map(resultView),
      pager: pages === 1 ? null : { label: `Page ${String(request.page)} of ${String(pages)}`, previousHref, nextHref },
    },
  };
}

function resultView({ loaded, terms: matched }: Hit): SearchResultView {
  const { meta, release, slug } = loaded;
  const terms = new Set(matched);
  const searchable = searchableOf(loaded);
  return {
    href: urls.release(slug),
    headline: { segments: highlight(listedHeadline(loaded), terms) },
    date: meta.date === null ? null : { iso: meta.date, text: readableDate(meta.date) },
    company: release.company === null ? null : { segments: highlight(release.company, terms) },
    passage: bestPassage(searchable.passages, terms),
  };
}

function page(status: number, query: string, heading: string, messages: string[], link: SearchPageView['link'] = null): SearchPage {
  return {
    status,
    meta: { title: pageTitle(query === '' ? 'Search' : `${query} – search`), description: null, alternates: [], searchQuery: query, noindex: true },
    view: { heading, messages, link, results: [], pager: null },
  };
}
