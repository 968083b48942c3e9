import type { LoadedRelease } from '../../content/site.js';
import { cutAtWord } from '../cut-at-word.js';
import { listedHeadline } from '../headline-text.js';
import type { ReleaseClock } from '../release-dates.js';

/** schema.org's `Organization`, or its `Corporation` when a ticker is known: only a corporation has one. */
export interface Issuer {
  '@type': 'Organization' | 'Corporation';
  name: string;
  /** Exchange and symbol separated by a space, as schema.org asks: "NASDAQ ALGI". */
  tickerSymbol?: string;
}

export interface ImageObject {
  '@type': 'ImageObject';
  url: string;
  width: number;
  height: number;
}

/** A release as schema.org's `NewsArticle`, with what search engines ask of one. */
export interface NewsArticle {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline: string;
  description?: string;
  inLanguage: string;
  /** With the UTC offset; left out for an undated release rather than made up. */
  datePublished?: string;
  dateModified?: string;
  image: ImageObject[];
  url: string;
  mainEntityOfPage: { '@type': 'WebPage'; '@id': string };
  author: Issuer;
  publisher: Issuer;
  keywords?: string[];
}

/** Search engines show about this much of a description. */
const DESCRIPTION_MAX = 160;

export interface ArticlePlace {
  /** The release's URL: its canonical one. */
  url: string;
  image: ImageObject;
}

/**
 * The release's structured data, from what the site says about it (`meta`: front matter first,
 * then the filing). The company that issued it is its author and publisher; the site's name
 * stands in when the filing names none.
 */
export function newsArticle(loaded: LoadedRelease, siteName: string, clock: ReleaseClock, { url, image }: ArticlePlace): NewsArticle {
  const { release, meta } = loaded;
  const issuer: Issuer = release.ticker === null
    ? { '@type': 'Organization', name: release.company ?? siteName }
    : { '@type': 'Corporation', name: release.company ?? siteName, tickerSymbol: `${release.ticker.exchange} ${release.ticker.symbol}` };
  const published = clock.publishedAt(meta);
  const modified = clock.updatedAt(meta) ?? published;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: listedHeadline(loaded),
    ...(meta.summary === null ? {} : { description: cutAtWord(meta.summary, DESCRIPTION_MAX) }),
    inLanguage: meta.language,
    ...(published === null ? {} : { datePublished: published.iso }),
    ...(modified === null ? {} : { dateModified: modified.iso }),
    image: [image],
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    author: issuer,
    publisher: issuer,
    ...(meta.tags.length === 0 ? {} : { keywords: [...meta.tags] }),
  };
}
