/** A date as written in the filing, with what it means. */
export interface FoundDate {
  /** The date exactly as written. */
  text: string;
  index: number;
  month: number;
  day: number;
  /** Null when the text gives no year ("Jan. 25 /PRNewswire/"). */
  year: number | null;
}

const MONTHS: readonly (readonly [RegExp, number])[] = [
  [/^jan/i, 1], [/^feb/i, 2], [/^mar/i, 3], [/^apr/i, 4], [/^may/i, 5], [/^jun/i, 6],
  [/^jul/i, 7], [/^aug/i, 8], [/^sep/i, 9], [/^oct/i, 10], [/^nov/i, 11], [/^dec/i, 12],
];

/** A month name, whole or abbreviated, with or without a period. */
export const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?\.?|July?\.?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|2\d\d\d)`;

/** "October 13, 2004", "Jan. 25, 2005", "Sept. 3 1999", "Jan. 25" (no year). */
const MONTH_DAY_YEAR = String.raw`(${MONTH})\s+(${DAY})(?:,?\s*(${YEAR}))?`;
/** "13 October 2004". */
const DAY_MONTH_YEAR = String.raw`(${DAY})\s+(${MONTH})\s*,?\s+(${YEAR})`;
/** "2004-10-13". */
const ISO = String.raw`(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])`;
/** "10/13/2004" or "04/18/98", US order, as wire services stamp their trailers. */
const NUMERIC_US = String.raw`(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/(${YEAR}|\d\d)`;
/** A two-digit year in a wire's stamp: the 1950s to the 2040s. */
const CENTURY_TURN = 50;

const FORMS = [MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO, NUMERIC_US];

/**
 * The one grammar of dates as filings write them, for other patterns to embed (it captures
 * nothing): every form above.
 */
export const DATE = `(?:${FORMS.map((form) => form.replace(/\((?!\?)/g, '(?:')).join('|')})`;

const FIND = new RegExp(String.raw`\b${DATE}\b`, 'gi');
const [WHOLE_MDY, WHOLE_DMY, WHOLE_ISO, WHOLE_US] = FORMS.map((form) => new RegExp(`^${form}$`, 'i'));

/** Every date written in the text, in order of position. */
export function findDates(text: string): FoundDate[] {
  return [...text.matchAll(FIND)].flatMap((match) => {
    const date = readDate(match[0]);
    return date ? [{ ...date, index: match.index }] : [];
  });
}

/** What a date written in the grammar above means, or null for a day that does not exist. */
export function readDate(written: string): FoundDate | null {
  let m: RegExpExecArray | null;
  if ((m = WHOLE_MDY?.exec(written) ?? null)) return dated(written, monthNumber(m[1]), Number.parseInt(m[2] ?? '', 10), m[3]);
  if ((m = WHOLE_DMY?.exec(written) ?? null)) return dated(written, monthNumber(m[2]), Number.parseInt(m[1] ?? '', 10), m[3]);
  if ((m = WHOLE_ISO?.exec(written) ?? null)) return dated(written, Number(m[2]), Number(m[3]), m[1]);
  if ((m = WHOLE_US?.exec(written) ?? null)) return dated(written, Number(m[1]), Number(m[2]), fullYear(m[3] ?? ''));
  return null;
}

function dated(text: string, month: number, day: number, year: string | undefined): FoundDate | null {
  const parsedYear = year === undefined ? null : Number(year);
  if (month === 0 || !isValidDay(parsedYear ?? 2000, month, day)) return null;
  return { text, index: 0, month, day, year: parsedYear };
}

function fullYear(year: string): string {
  if (year.length !== 2) return year;
  return String(Number(year) + (Number(year) < CENTURY_TURN ? 2000 : 1900));
}

function monthNumber(name: string | undefined): number {
  return MONTHS.find(([pattern]) => pattern.test(name ?? ''))?.[1] ?? 0;
}

function isValidDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The ISO form (YYYY-MM-DD), when the year is known and the day exists. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!isValidDay(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
