import type { LoadedRelease } from '../../content/site.js';
import { CARD_SIZE } from '../card/card-size.js';
import { cardAlt, cardView } from '../card/card-view.js';
import { canonicalUrl } from '../canonical.js';
import { jsonLdText } from '../json-ld.js';
import { absoluteUrl, type Publication } from '../publication.js';
import type { ReleaseClock } from '../release-dates.js';
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

export function releasePreview(loaded: LoadedRelease, publication: Publication, clock: ReleaseClock): ReleasePreview {
  const card = absoluteUrl(publication, urls.releaseCard(loaded.slug));
  const url = canonicalUrl(loaded, publication);
  const image = { '@type': 'ImageObject', url: card, ...CARD_SIZE } as const;
  return {
    preview: { url: card, type: 'image/png', ...CARD_SIZE, alt: cardAlt(cardView(loaded, publication.siteName)) },
    structuredData: jsonLdText(newsArticle(loaded, publication.siteName, clock, { url, image })),
  };
}
