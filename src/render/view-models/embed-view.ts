import type { Chrome } from './layout-view.js';

/** A link out of the embedded page, to where the whole of it is. */
export interface EmbedLinkView {
  href: string;
  text: string;
}

/**
 * A page for another site's iframe: no site header or footer, every link opening in the
 * window that holds the iframe, and kept out of search engines, which index the site's own pages.
 */
export interface EmbedLayoutView extends Chrome {
  title: string;
  /** BCP 47 language of the content. */
  language: string;
  /** The page's own markup, rendered from its template. */
  content: string;
  more: EmbedLinkView | null;
}

export interface EmbedPage {
  title: string;
  language: string;
  more: EmbedLinkView | null;
}

export function embedLayoutView({ title, language, more }: EmbedPage, chrome: Chrome, content: string): EmbedLayoutView {
  return { ...chrome, title, language, content, more };
}
