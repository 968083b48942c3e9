import { cutAtWord } from '../cut-at-word.js';
import { MAX_QUERY_LENGTH } from '../search/search-request.js';
import { urls } from '../urls.js';
import type { PreviewImage } from './preview-view.js';

/** Longer titles are cut short in tabs and search results. */
const TITLE_MAX = 70;

export interface AlternateLink {
  type: string;
  href: string;
  /** Names a feed in a browser's or reader's list of them; null for other formats. */
  title: string | null;
}

/** A `<link>` that relates the page to another: `canonical`, and `prev`/`next` in a paged list. */
export interface PageLink {
  rel: 'canonical' | 'prev' | 'next';
  href: string;
}

/** A `<meta>` for link previews: Open Graph by `property`, Twitter cards by `name`. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
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
  /** BCP 47 tag of the page's language, for `<html lang>`. */
  language: string;
  alternates: AlternateLink[];
  links: PageLink[];
  metaTags: MetaTag[];
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

/** The feeds, offered in every page's head. */
export function feedLinks(siteName: string): AlternateLink[] {
  return [
    { type: 'application/rss+xml', href: urls.feeds.rss, title: `${siteName} (RSS)` },
    { type: 'application/atom+xml', href: urls.feeds.atom, title: `${siteName} (Atom)` },
    { type: 'application/feed+json', href: urls.feeds.json, title: `${siteName} (JSON Feed)` },
  ];
}

export function layoutView(meta: PageMeta, chrome: Chrome, content: string, siteName: string): LayoutView {
  const { searchQuery = '', noindex = false, sequence = [], preview = null, structuredData = null, ...rest } = meta;
  return {
    ...rest,
    metaTags: preview === null ? rest.metaTags : rest.metaTags.map(withLargeImage),
    alternates: [...meta.alternates, ...feedLinks(siteName)],
    ...chrome,
    preview,
    structuredData,
    siteName,
    homeHref: urls.home,
    releasesJsonHref: urls.releasesJson,
    search: { action: urls.search, query: searchQuery, maxLength: MAX_QUERY_LENGTH },
    noindex,
    sequence,
    content,
  };
}

/** A page with a preview image asks for the card that shows it large. */
function withLargeImage(tag: MetaTag): MetaTag {
  return tag.key === 'twitter:card' ? { ...tag, content: 'summary_large_image' } : tag;
}

/** "<name> | <site name>" when it fits; a long name alone, cut at a word if it must be. */
export function pageTitle(name: string, siteName: string): string {
  const whole = name.trim().replace(/\s+/g, ' ');
  const suffix = ` | ${siteName}`;
  if (whole.length + suffix.length <= TITLE_MAX) return `${whole}${suffix}`;
  return cutAtWord(whole, TITLE_MAX);
}
