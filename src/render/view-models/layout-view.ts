import { cutAtWord } from '../cut-at-word.js';
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

/** What a page tells the layout about itself. */
export interface PageMeta {
  title: string;
  description: string | null;
  alternates: AlternateLink[];
  /** The image link previews show, for a page that has one. */
  preview?: PreviewImage;
  /** JSON-LD describing the page, escaped for its script element. */
  structuredData?: string;
}

/** The files every page links to, at the paths the assets were published under. */
export interface Chrome {
  stylesheetHref: string;
  iconHref: string | null;
  faviconHref: string;
}

export interface LayoutView extends Omit<PageMeta, 'preview' | 'structuredData'>, Chrome {
  preview: PreviewImage | null;
  structuredData: string | null;
  siteName: string;
  homeHref: string;
  releasesJsonHref: string;
  /** The page's own markup, rendered from its template. */
  content: string;
}

export function layoutView(meta: PageMeta, chrome: Chrome, content: string): LayoutView {
  const { preview = null, structuredData = null, ...page } = meta;
  return { ...page, ...chrome, preview, structuredData, siteName: SITE_NAME, homeHref: urls.home, releasesJsonHref: urls.releasesJson, content };
}

/** "<name> | Pressroom" when it fits; a long name alone, cut at a word if it must be. */
export function pageTitle(name: string): string {
  const whole = name.trim().replace(/\s+/g, ' ');
  if (whole.length + TITLE_SUFFIX.length <= TITLE_MAX) return `${whole}${TITLE_SUFFIX}`;
  return cutAtWord(whole, TITLE_MAX);
}
