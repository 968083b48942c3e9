import { collapse } from '../blocks/text.js';

/** "###", "# # #", "-0-", "-30-", "-END-": the release ends here. */
const END = /^(?:# ?){3,}$|^-+ ?(?:0|30) ?-+(?: .*)?$|^-+ ?end ?-+$/i;
/** "-more-", "(more)": the release goes on over the page. */
const MORE = /^[-(] ?more ?[-)]$/i;
/** Wire-service trailer lines: source, web site, codes, copyright, time stamps. */
const TRAILER = /^(?:SOURCE\b|\/?Web ?site:|KEYWORDS?:|INDUSTRY KEYWORDS?:|SUBJECT CODE:|(?:CO|ST|IN|SU):\s|Copyright\b.*\b(?:Wire|Newswire)\b|\/?Photo:|\/PRNewswire\b|\(\s*[A-Z]{1,6}\s*\)$|\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d\d)/;

export function isEndMarker(text: string): boolean {
  return END.test(collapse(text));
}

export function isMoreMarker(text: string): boolean {
  return MORE.test(collapse(text));
}

export function isTrailerLine(text: string): boolean {
  return TRAILER.test(collapse(text));
}
