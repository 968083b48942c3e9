import { endsMidSentence, endsSentence } from './sentence.js';
import { wordCount } from './words.js';

const MAX_WORDS = 14;
const SHORT_LABEL_WORDS = 3;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'under', 'with', 'vs', 'vs.']);

/**
 * A line that reads as a sub-heading: short, not a sentence, in title case or capitals
 * ("Forward Looking Statements Note:"), or a label of a few words ending in a colon
 * ("Quarter highlights:"). A sentence that ends in a colon to introduce a list
 * ("Highlights for the quarter included:") is no heading.
 */
export function isHeadingText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 100 || wordCount(trimmed) > MAX_WORDS) return false;
  if (!/^[\p{Lu}0-9"“'‘(]/u.test(trimmed) || endsSentence(trimmed) || endsMidSentence(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const capitalised = words.filter((word) => SMALL_WORDS.has(word.toLowerCase()) || /^["“'‘(]?[\p{Lu}0-9]/u.test(word));
  const titleCase = words.length > 0 && capitalised.length === words.length;
  return titleCase || (trimmed.endsWith(':') && words.length <= SHORT_LABEL_WORDS);
}
