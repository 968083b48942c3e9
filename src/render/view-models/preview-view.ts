import type { Publication } from '../../config.js';
import type { LoadedRelease } from '../../content/site.js';
import { absoluteUrl } from '../absolute-url.js';
import { CARD_SIZE } from '../card/card-size.js';
import { cardAlt, cardView } from '../card/card-view.js';
import { jsonLdText } from '../json-ld.js';
import { urls } from '../urls.js';
import { newsArticle } from './news-article.js';

/** The image link previews show (`og:image`, `twitter:image`): the release's card. */
export interface PreviewImage {
  url: string;
  type: string;
  width: number;
  height: number;
  alt: string;
}

/** What a release's page tells link previews and search engines beyond its text. */
export interface ReleasePreview {
  preview: PreviewImage;
  /** The text of the page's `application/ld+json` script, safe to write between its tags as it is. */
  structuredData: string;
}

export function releasePreview(loaded: LoadedRelease, publication: Publication): ReleasePreview {
  const card = absoluteUrl(publication.siteUrl, urls.releaseCard(loaded.slug));
  const url = loaded.meta.canonical ?? absoluteUrl(publication.siteUrl, urls.release(loaded.slug));
  const image = { '@type': 'ImageObject', url: card, ...CARD_SIZE } as const;
  return {
    preview: { url: card, type: 'image/png', ...CARD_SIZE, alt: cardAlt(cardView(loaded, publication.siteName)) },
    structuredData: jsonLdText(newsArticle(loaded, publication, { url, image })),
  };
}
