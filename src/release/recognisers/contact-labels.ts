import { findPhones } from './phones.js';
import { findEmails } from './web-addresses.js';
import { collapse } from './words.js';

/** "For further information contact:", "Media Contact:", "CONTACT:", "/CONTACT:", "Contacts:", "[Press Information Contact:]", "For more information:". */
export const CONTACT_LABEL = /^\[?\/?(?:(?:[\p{L}][\p{L}&,.'’/ -]{0,50}?\s)?contacts?(?:\s+(?:information|info|details))?|for (?:more|further|additional) information)\s*:\]?\s*/iu;
/** Role labels that open a contact entry inside a contact block: "Investors:", "Media Relations:". */
export const ROLE_LABEL = /^(?:investors?|media|analysts?|press|editorial|news media|financial media|trade media|(?:investor|media|public|press) relations|investor inquiries|media inquiries)\s*(?:contacts?)?\s*:\s*/i;
/** "Contacts", "Media Contacts": a heading over the contact entries that follow. */
const CONTACT_HEADING = /^\[?(?:(?:media|press|investor|investors|analyst|company) (?:relations )?)?contacts?:?\]?$/i;

/** The lines open with a contact label or heading, or a role label with a number or address under it. */
export function opensContactBlock(lines: readonly string[]): boolean {
  const first = collapse(lines[0] ?? '');
  if (CONTACT_LABEL.test(first) || CONTACT_HEADING.test(first)) return true;
  return ROLE_LABEL.test(first) && lines.some((line) => hasPhoneOrEmail(line));
}

/** A line that opens a contact entry with its label: "Media Contact: Laura Kim, 207-555-0166". */
export function opensContact(line: string): boolean {
  return MAY_BE_LABEL.test(line) && CONTACT_LABEL.test(collapse(line));
}

/**
 * Every contact label holds one of these words, matched as the label is: tested first because
 * the label's pattern tries every way of reading a line's opening words, and runs on every line.
 */
const MAY_BE_LABEL = /contact|information/iu;

export function hasPhoneOrEmail(text: string): boolean {
  return findPhones(text).length > 0 || findEmails(text).length > 0;
}

const CELL_GAP = /\s{3,}/;
const CELL_MAX = 60;
/** Longer lines are prose, even when they name a number. */
const LINE_MAX = 160;
/** A number or address on a longer line is in a sentence about it ("or call our helpline at ..."). */
const NUMBER_LINE_MAX = 80;
const HEADLINE_WORDS = 4;
/** Words that make a line in capitals an organisation's name rather than a headline. */
const ORGANISATION = /\b(?:INC|CORP|CORPORATION|COMPANY|LLC|LTD|PLC|GROUP|RELATIONS|COMMUNICATIONS|PARTNERS|HOLDINGS)\b/;
const ABBREVIATION_END = /\b(?:Inc|Corp|Ltd|Co|Jr|Sr|L\.P|N\.A)\.$/;

/**
 * A line of a contact entry: a name, a title, an organisation, an address, a number, each short
 * (also when set in columns); not a sentence and not a headline in capitals.
 */
export function isContactLine(text: string): boolean {
  const line = collapse(text);
  if (line === '' || line.length > LINE_MAX) return false;
  if (opensContact(line) || ROLE_LABEL.test(line)) return true;
  if (line.length <= NUMBER_LINE_MAX && hasPhoneOrEmail(line)) return true;
  return text.trim().split(CELL_GAP).every((cell) => {
    if (cell.length > CELL_MAX || (/[.!?]$/.test(cell) && !ABBREVIATION_END.test(cell))) return false;
    // Words are counted last: only a cell in capitals can be a headline.
    return !(cell === cell.toUpperCase() && cell.split(' ').length >= HEADLINE_WORDS && /\p{Lu}/u.test(cell) && !ORGANISATION.test(cell));
  });
}
