import { wordCount } from '../blocks/text.js';

const MAX_WORDS = 14;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'under', 'with', 'vs', 'vs.']);

/**
 * A line that reads as a sub-heading: short, not a sentence, in title case or capitals
 * ("Forward Looking Statements Note:"), or a short label ending in a colon ("Third quarter highlights:").
 */
export function isHeadingText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 100 || wordCount(trimmed) > MAX_WORDS) return false;
  if (!/^[A-Z0-9"“'‘(]/.test(trimmed) || /[.,;!?]["'’”)]*$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((word) => /[a-z]/i.test(word));
  const capitalised = words.filter((word) => SMALL_WORDS.has(word.toLowerCase()) || /^["“'‘(]?[A-Z0-9]/.test(word));
  const titleCase = words.length > 0 && capitalised.length === words.length;
  return titleCase || (trimmed.endsWith(':') && words.length <= 5);
}
