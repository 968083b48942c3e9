import type { TableLine } from './table-lines.js';

const SMALL_WORD = /^(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with|per|except|vs\.?|versus|ended|ending)$/i;
const SENTENCE_END = /[.!?]["'’”)]?$/;
/** Abbreviations a title may end with: "Inc.", "Corp.", "Co.", "Ltd.". */
const ABBREVIATION = /\b(?:Inc|Corp|Co|Ltd|Bros|L\.P|N\.A|S\.A)\.$/i;
const MAX_TITLE_WORDS = 16;

/**
 * A line that reads as a title: a company's name, a statement's name, the units, a period
 * ("(In thousands, except per share data)", "THREE MONTHS ENDED JUNE 26, 2004"): a few
 * words, no sentence, and in capitals, in title case, or in parentheses.
 */
export function isTitleText(text: string): boolean {
  // A title may end with a colon ("Domestic Retail Stores:"); a sentence that does is no title.
  const trimmed = text.trim().replace(/:$/, '');
  const wordsOf = trimmed.split(/\s+/);
  if (trimmed === '' || wordsOf.length > MAX_TITLE_WORDS) return false;
  if (SENTENCE_END.test(trimmed) && !ABBREVIATION.test(trimmed)) return false;
  if (/^\(.*\)$/.test(trimmed)) return true;
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters === letters.toUpperCase()) return true;
  const significant = wordsOf.filter((word) => /^\p{L}/u.test(word) && !SMALL_WORD.test(word));
  return significant.length > 0 && significant.every((word) => /^\p{Lu}/u.test(word));
}

export function isTitle(line: TableLine): boolean {
  return line.kind !== 'blank' && line.kind !== 'rule' && isTitleText(line.content);
}

/** Centred, more or less, over the stretch from `left` to `right`. */
export function isCentred(line: TableLine, left: number, right: number): boolean {
  const first = line.words[0]?.start ?? 0;
  const last = line.words.at(-1)?.end ?? 0;
  if (first <= left + 1) return false;
  const slack = Math.max(3, (right - left) / 8);
  return Math.abs(first - left - (right - last)) <= slack;
}
