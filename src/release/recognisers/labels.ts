import { DATE } from './dates.js';
import { wireName } from './dateline.js';
import type { Ticker } from '../model.js';
import { collapse, hasWords } from './words.js';
import { exchangeTicker } from './tickers.js';

/** "Exhibit 99.1", "EX-20.1", "Exhibit 99.(a)(5)(C)", "Exhibit (a)(c)(5)". */
const EXHIBIT = /^ex(?:hibit)?\.?[\s-]*(?:\d{1,3}(?:\.\d{1,3})*[a-z]?|(?:\d{1,3}\.?)?(?:\([a-z0-9]{1,4}\)){1,4})(?:\s*[-–—:]\s*.{1,40})?$/i;
const BANNER = /^(?:(?:press|news|media|earnings|investor|corporate) (?:release|announcement|advisory|bulletin|news)|news|press|(?:for )?immediate release|for (?:immediate )?release\b.*|embargoed\b.*|release date\b.*)[:.]?$/i;
const DESK_WORDS = 8;
const DESK = /^[A-Z][A-Z &/,.-]*\b(?:EDITORS?|WRITERS?|DESKS?|CORRESPONDENTS?)\b[A-Z &/,.-]*:?$/;
const WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )`;
const TIME = String.raw`(?:[,;]? ?(?:at )?\d{1,2}(?::\d\d)? ?(?:a\.?m\.?|p\.?m\.?)(?: [A-Z]{2,4})?)`;
const ISSUED = new RegExp(
  String.raw`^(?:(?:date|dated|release date|for (?:immediate )?release|for release on|embargoed until|released)\s*[:\-–—]?\s*)?${WEEKDAY}?(${DATE})${TIME}?\.?$`,
  'i',
);
/** Parenthesised groups that open a Business Wire headline: "(BW) (NY-AMERICAN-LOCKER-GROUP) (NASDAQ:ALGI)". */
const SLUG_GROUPS = /^((?:\([A-Z0-9][A-Za-z0-9 .:&/'-]*\) ?)+)(.*)$/;
const WIRE_CODES: Readonly<Record<string, string>> = { BW: 'Business Wire', PRN: 'PR Newswire' };

export function isExhibitLabel(text: string): boolean {
  return EXHIBIT.test(collapse(text));
}

export function isBanner(text: string): boolean {
  const line = collapse(text);
  return line.length <= 60 && BANNER.test(line);
}

export function isDeskLine(text: string): boolean {
  const line = collapse(text);
  return DESK.test(line) && !hasWords(line, DESK_WORDS + 1);
}

/** The date as written, when the whole line states a date (with a label, weekday or time at most). */
export function issuedDateText(text: string): string | null {
  return ISSUED.exec(collapse(text))?.[1] ?? null;
}

export interface SlugLine {
  slug: string;
  /** What follows the slug on its line: the headline's start. */
  rest: string;
  wire: string | null;
  ticker: Ticker | null;
}

/** A wire slug line, recognised by a wire code among its groups. */
export function readSlugLine(text: string): SlugLine | null {
  const match = SLUG_GROUPS.exec(collapse(text));
  if (!match) return null;
  const slug = (match[1] ?? '').trim();
  const groups = [...slug.matchAll(/\(([^)]*)\)/g)].map((group) => (group[1] ?? '').trim());
  const code = groups.find((group) => group in WIRE_CODES);
  if (code === undefined) return null;
  const ticker = groups.map((group) => exchangeTicker(group)).find((found) => found !== null) ?? null;
  return { slug, rest: (match[2] ?? '').trim(), wire: wireName(WIRE_CODES[code] ?? code), ticker };
}
