import { isHeadingText } from './heading-text.js';
import { hasWords } from './words.js';

const HEADING_WORDS = 16;
const TOPIC = /\b(?:safe[- ]harbou?r|forward[- ]looking (?:statements?|information)|cautionary (?:statements?|notes?|language)|private securities litigation reform act)\b/i;
const TOPIC_WORDS = String.raw`(?:Safe Harbou?r|Forward[- ]Looking (?:Statements?|Information)|Cautionary (?:Statements?|Notes?|Language))`;
/** "Forward-Looking Statements: This release contains ...", "“Safe Harbor” Statement: ..." — the heading opens the paragraph. */
const INLINE = new RegExp(String.raw`^(["“]?(?:[A-Z][\w'’-]*["”]?[ -]){0,6}?["“]?${TOPIC_WORDS}["”]?[^:.]{0,60}:) (\S.*)$`, 'i');
/** "Forward-Looking Statements This release ...": a heading run into its paragraph without a stop. */
const RUN_IN = /^((?:Cautionary (?:Note|Statement)s? (?:Regarding|Concerning|About|on) )?Forward[- ]Looking Statements?|FORWARD[- ]LOOKING STATEMENTS?|Safe Harbou?r Statements?|SAFE HARBOU?R STATEMENTS?) (?=[A-Z“"])(\S.*)$/;
const OPENING = /forward[- ]looking (?:statements?|information)/i;
/** The words of the legal statement that makes a paragraph the safe harbor. */
const LEGAL = /securities litigation reform act|safe harbou?r|within the meaning of|risks and uncertainties|cautioned|actual results (?:could|may|might|will) differ|risk factors|(?:undertakes?|assumes?) no (?:obligation|duty)|no obligation to (?:update|revise)/i;
/** Words that carry the statement on into a further paragraph. */
const CONTINUES = /forward[- ]looking|risks?\b|uncertaint|factors|assumptions|obligation|Securities and Exchange Commission|\bSEC\b|Form 10-[KQ]|cautioned|actual results|expectations|estimates|projections/i;

/** A heading that opens the safe-harbor section, by its words. */
export function isSafeHarborHeading(text: string): boolean {
  // Words counted first, and only up to the limit: most paragraphs pass it in their first line.
  return !hasWords(text, HEADING_WORDS + 1) && TOPIC.test(text) && (isHeadingText(text) || !/[.;,]$/.test(text.trim()));
}

/** Splits "Forward-Looking Statements: This release ..." into its heading and its text. */
export function inlineSafeHarborHeading(paragraph: string): { heading: string; text: string } | null {
  const match = INLINE.exec(paragraph) ?? RUN_IN.exec(paragraph);
  return match ? { heading: match[1] ?? '', text: match[2] ?? '' } : null;
}

/** A paragraph that is a safe-harbor statement though no heading announces it. */
export function isSafeHarborParagraph(paragraph: string): boolean {
  return OPENING.test(paragraph.slice(0, 300)) && LEGAL.test(paragraph);
}

/** A paragraph that goes on with the statement: it speaks of risks, forecasts and filings. */
export function continuesSafeHarbor(paragraph: string): boolean {
  return CONTINUES.test(paragraph);
}
