import { cutAtWord } from '../cut-at-word.js';
import { MAX_QUERY_LENGTH } from '../search/search-request.js';
import { urls } from '../urls.js';
import type { PreviewImage } from './preview-view.js';

export const SITE_NAME = 'Pressroom';
/** Longer titles are cut short in tabs and search results. */
const TITLE_MAX = 70;
const TITLE_SUFFIX = ` | ${SITE_NAME}`;

export interface AlternateLink {
  type: string;
  href: string;
}

/** A page's place in a sequence, such as pages of search results. */
export interface SequenceLink {
  rel: 'prev' | 'next';
  href: string;
}

/** What a page tells the layout about itself. */
export interface PageMeta {
  title: string;
  description: string | null;
  alternates: AlternateLink[];
  /** The query the header's search box shows (on a page of search results). */
  searchQuery?: string;
  /** Pages search engines should leave out of their results. */
  noindex?: boolean;
  sequence?: readonly SequenceLink[];
  /** The image link previews show, for a page that has one. */
  preview?: PreviewImage;
  /** JSON-LD describing the page, escaped for its script element. */
  structuredData?: string;
}

/** The search form in every page's header. */
export interface SearchFormView {
  action: string;
  query: string;
  maxLength: number;
}

/** The files every page links to, at the paths the assets were published under. */
export interface Chrome {
  stylesheetHref: string;
  iconHref: string | null;
  faviconHref: string;
}

export interface LayoutView extends Omit<PageMeta, 'searchQuery' | 'noindex' | 'sequence' | 'preview' | 'structuredData'>, Chrome {
  preview: PreviewImage | null;
  structuredData: string | null;
  siteName: string;
  homeHref: string;
  releasesJsonHref: string;
  search: SearchFormView;
  noindex: boolean;
  sequence: readonly SequenceLink[];
  /** The page's own markup, rendered from its template. */
  content: string;
}

export function layoutView(meta: PageMeta, chrome: Chrome, content: string): LayoutView {
  const { searchQuery = '', noindex = false, sequence = [], preview = null, structuredData = null, ...rest } = meta;
  return {
    ...rest,
    ...chrome,
    preview,
    structuredData,
    siteName: SITE_NAME,
    homeHref: urls.home,
    releasesJsonHref: urls.releasesJson,
    search: { action: urls.search, query: searchQuery, maxLength: MAX_QUERY_LENGTH },
    noindex,
    sequence,
    content,
  };
}

/** "<name> | Pressroom" when it fits; a long name alone, cut at a word if it must be. */
export function pageTitle(name: string): string {
  const whole = name.trim().replace(/\s+/g, ' ');
  if (whole.length + TITLE_SUFFIX.length <= TITLE_MAX) return `${whole}${TITLE_SUFFIX}`;
  return cutAtWord(whole, TITLE_MAX);
}
