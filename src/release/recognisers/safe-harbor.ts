import { isHeadingText } from './heading.js';
import { wordCount } from '../blocks/text.js';

const TOPIC = /\b(?:safe[- ]harbou?r|forward[- ]looking (?:statements?|information)|cautionary (?:statements?|notes?|language)|private securities litigation reform act)\b/i;
/** "Forward-Looking Statements: This release contains ..." — the heading opens the paragraph. */
const INLINE = /^((?:[A-Z][\w'’-]*[ -]){0,6}?(?:Safe Harbou?r|Forward[- ]Looking (?:Statements?|Information)|Cautionary (?:Statements?|Notes?))\b[^:.]{0,60}:) (\S.*)$/i;
const OPENING = /forward[- ]looking statements?/i;
const LEGAL = /private securities litigation reform act|safe harbou?r|within the meaning of|risks and uncertainties|cautioned/i;

/** A heading that opens the safe-harbor section, by its words. */
export function isSafeHarborHeading(text: string): boolean {
  return TOPIC.test(text) && wordCount(text) <= 16 && (isHeadingText(text) || !/[.;,]$/.test(text.trim()));
}

/** Splits "Forward-Looking Statements: This release ..." into its heading and its text. */
export function inlineSafeHarborHeading(paragraph: string): { heading: string; text: string } | null {
  const match = INLINE.exec(paragraph);
  return match ? { heading: match[1] ?? '', text: match[2] ?? '' } : null;
}

/** A paragraph that is a safe-harbor statement though no heading announces it. */
export function isSafeHarborParagraph(paragraph: string): boolean {
  return OPENING.test(paragraph.slice(0, 300)) && LEGAL.test(paragraph);
}
