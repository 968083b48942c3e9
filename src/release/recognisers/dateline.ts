import { DATE, MONTH } from './dates.js';
import { isCapitals } from './words.js';

/** A dateline found at the start of a paragraph (the paragraph's text, spaces collapsed). */
export interface DatelineMatch {
  /** The dateline as it reads: a prefix of the paragraph. */
  text: string;
  city: string;
  /** The date as written inside the dateline, if it states one. */
  dateText: string | null;
  wire: string | null;
}

const WORD = String.raw`(?:[A-Z][A-Za-z'’.]*(?:-[A-Za-z'’.]+)*|[A-Z]\.(?:[A-Z]\.)+)`;
const PLACE = String.raw`${WORD}(?: ${WORD}){0,3}`;
const WIRE_NAME = String.raw`BUSINESS ?WIRE|PR ?Newswire(?:-[A-Za-z]+)*|GLOBE ?NEWSWIRE|MARKET ?WIRE|Marketwired?|ACCESS ?WIRE|CNW(?: Group| Telbec)?|Canada NewsWire|EQS[- ]Newswire|Newsfile Corp\.?|Reuters|PRWEB|PR\.com|EWORLDWIRE`;

/** Header labels that read like a place before a date: "Date: March 3, 2010" is no dateline. */
const LABEL_WORD = /^(?:date|dated|release|released|for|contact|updated|posted|published|embargoed|source|note|issued)$/i;
const PLACE_START = new RegExp(String.raw`^(${PLACE})((?:, ?(?!${MONTH}\b)${PLACE}){0,2})`);
const SEPARATOR = /^ ?(?:--|—|–|-|:)(?: |(?=\S))|^ ?,? /;
const WIRE_PAREN = new RegExp(String.raw`^ ?\((${WIRE_NAME})\)`, 'i');
const WIRE_SLASH = new RegExp(String.raw`^ ?/ ?(${WIRE_NAME}) ?/`, 'i');
/** Marketwire's "(Marketwired - March 4, 2014)": the wire and the date in one pair of parentheses. */
const WIRE_DATE_PAREN = new RegExp(String.raw`^ ?\((${WIRE_NAME}) ?[-–—,] ?(${DATE})\)`, 'i');
const DATE_PAREN = new RegExp(String.raw`^ ?\((${DATE})\)`, 'i');
const DATE_BARE = new RegExp(String.raw`^ ?,? ?(${DATE})\b`, 'i');
/**
 * A dash or ellipsis that closes the dateline; a lone hyphen or slash ("/ ACCESSWIRE / June 15,
 * 2020 /") only when spaced, so "2005-based" stays whole.
 */
const DASH_AFTER = /^ ?(?:--|—|–|\.\.\.|…)(?: ?)|^ ?[-/](?: |$)/;

const WIRES: readonly (readonly [RegExp, string])[] = [
  [/^business ?wire$/i, 'Business Wire'],
  [/^pr ?newswire/i, 'PR Newswire'],
  [/^globe ?newswire$/i, 'GlobeNewswire'],
  [/^market ?wire|^marketwired?$/i, 'Marketwire'],
  [/^access ?wire$/i, 'ACCESSWIRE'],
  [/^cnw|^canada newswire$/i, 'Canada NewsWire'],
];

/** The wire service's usual name for a name as written in a dateline or slug line. */
export function wireName(written: string): string {
  return WIRES.find(([pattern]) => pattern.test(written))?.[1] ?? written;
}

/**
 * Reads a dateline at the start of a paragraph, in its many forms:
 * `JAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004`, `CUPERTINO, California -- September 3, 1999 --`,
 * `CITY, State, Month Day /PRNewswire/ --`, `San Jose, CA (August 10, 1995) --`, `ATLANTA -`.
 * A place alone counts only when written in capitals and followed by a dash.
 */
export function matchDateline(paragraph: string): DatelineMatch | null {
  const place = PLACE_START.exec(paragraph);
  if (!place) return null;
  const city = place[1] ?? '';
  if (LABEL_WORD.test(firstWord(city))) return null;
  let rest = paragraph.slice(place[0].length);
  let consumed = place[0].length;
  let dateText: string | null = null;
  let wire: string | null = null;
  let strong = false;

  const take = (length: number): void => {
    rest = rest.slice(length);
    consumed += length;
  };
  for (let step = 0; step < 6; step++) {
    const both: RegExpExecArray | null = wire === null && dateText === null ? WIRE_DATE_PAREN.exec(rest) : null;
    const wireMatch: RegExpExecArray | null = WIRE_PAREN.exec(rest) ?? WIRE_SLASH.exec(rest);
    const dateMatch: RegExpExecArray | null = dateText === null ? DATE_PAREN.exec(rest) ?? DATE_BARE.exec(rest) : null;
    const separator: RegExpExecArray | null = SEPARATOR.exec(rest);
    if (both) {
      wire = wireName(both[1] ?? '');
      dateText = both[2] ?? null;
      strong = true;
      take(both[0].length);
    } else if (wireMatch && wire === null) {
      wire = wireName(wireMatch[1] ?? '');
      strong = true;
      take(wireMatch[0].length);
    } else if (dateMatch) {
      dateText = dateMatch[1] ?? null;
      strong = true;
      take(dateMatch[0].length);
    } else if (separator && separator[0].trim() !== '' && step < 5 && nextIsComponent(rest.slice(separator[0].length))) {
      take(separator[0].length);
    } else {
      break;
    }
  }

  const dash = DASH_AFTER.exec(rest);
  if (dash) consumed += dash[0].trimEnd().length;
  if (!strong && !(dash && isCapitals(city) && place[2] !== undefined)) return null;
  const text = paragraph.slice(0, consumed).trim();
  if (strong && !dash && !/^ \S/.test(rest) && rest !== '') return null;
  return { text, city, dateText, wire };
}

/** The text up to its first space: what `split(' ')[0]` gives, without splitting the rest. */
function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space === -1 ? text : text.slice(0, space);
}

function nextIsComponent(rest: string): boolean {
  return WIRE_PAREN.test(rest) || WIRE_DATE_PAREN.test(rest) || WIRE_SLASH.test(rest) || DATE_PAREN.test(rest) || DATE_BARE.test(rest);
}
