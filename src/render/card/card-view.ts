import type { LoadedRelease } from '../../content/site.js';
import { listedHeadline } from '../headline-text.js';
import { readableDate } from '../readable-date.js';

/** What a release's preview card shows: all of it text, drawn from the release and its front matter. */
export interface CardView {
  /** The issuer as the filing names it, when it does. */
  company: string | null;
  /** "NASDAQ: ALGI", when the filing gives a ticker. */
  ticker: string | null;
  headline: string;
  /** "October 13, 2004", or null for an undated release. */
  date: string | null;
  siteName: string;
}

export function cardView(loaded: LoadedRelease, siteName: string): CardView {
  const { release, meta } = loaded;
  return {
    company: release.company,
    ticker: release.ticker === null ? null : `${release.ticker.exchange}: ${release.ticker.symbol}`,
    headline: listedHeadline(loaded),
    date: meta.date === null ? null : readableDate(meta.date),
    siteName,
  };
}

/** The card said in words, for those who cannot see it (`og:image:alt`). */
export function cardAlt({ company, ticker, headline, date }: CardView): string {
  const issuer = [company, ticker === null ? null : `(${ticker})`].filter((part) => part !== null).join(' ');
  const said = [issuer === '' ? null : issuer, date].filter((part) => part !== null).join(', ');
  return said === '' ? headline : `${said}: ${headline}`;
}
