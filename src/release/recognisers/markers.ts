import { collapse } from './words.js';

/** "###", "# # #", "-0-", "-30-", "-END-": the release ends here. */
const END = /^(?:# ?){3,}$|^-+ ?(?:0|30) ?-+(?: .*)?$|^-+ ?end ?-+$/i;
/** "-more-", "(more)", "- more -": the release goes on over the page. */
const MORE = /^[-(] ?more ?[-)]$/i;
/** A page number on a line of its own: "2", "- 2 -", "Page 2", "Page 2 of 5". */
const PAGE_NUMBER = /^(?:-\s*\d{1,3}\s*-|\d{1,3}|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)$/i;
/**
 * Lines of a wire service's trailer: source, web site, codes, copyright, time stamps, the
 * ticker in brackets, the wire's own address.
 */
const TRAILER = /^(?:SOURCE\b|\/?Web ?site:|KEYWORDS?:|INDUSTRY KEYWORDS?:|SUBJECT CODE:|(?:CO|ST|IN|SU):\s|Copyright\b.*\b(?:Wire|Newswire)\b|\/?Photo:|\/PRNewswire\b|\(\s*[A-Z]{1,6}\s*\)$|\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d\d|(?:https?:\/\/)?(?:www\.)?(?:prnewswire|businesswire|globenewswire|marketwire|newswire\.ca|accesswire)\.com\S*$|\/?(?:https?:\/\/)\S+ ?\/$)/;
/** "/CONTACT: John Doe, +1-212-555-0100/": a wire trailer's contact entry, which may wrap. */
const WIRE_CONTACT = /^\/CONTACT:/i;
/** A line drawn with dashes, equals signs or underscores: a frame, never words. */
const RULE = /^[\s=\-_*~.+|]*[=\-_*~]{4,}[\s=\-_*~.+|]*$/;
/** "[LOGO]", "[COMPANY NAME LOGO]", "[Graphic omitted]": a picture the text stands in for. */
const PLACEHOLDER = /^\[[^\]]*\b(?:logo|graphic|photo|image|picture)\b[^\]]*\]$/i;

export function isEndMarker(text: string): boolean {
  return END.test(collapse(text));
}

export function isMoreMarker(text: string): boolean {
  return MORE.test(collapse(text));
}

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(collapse(text));
}

export function isTrailerLine(text: string): boolean {
  return TRAILER.test(collapse(text));
}

export function opensWireContact(text: string): boolean {
  return WIRE_CONTACT.test(collapse(text));
}

export function isRule(text: string): boolean {
  return RULE.test(text);
}

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(collapse(text));
}
