import { stemmer } from 'stemmer';

/**
 * A word as searched: a number with its separators ("1,234.5"), or a run of letters and
 * digits with their marks. Everything else (spaces, punctuation, symbols) separates words.
 */
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}\p{M}]+/gu;
const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;
const ASCII_LETTERS = /^[a-z]+$/;
const MARKS = /\p{M}/gu;
const ASCII = /^\p{ASCII}*$/u;
const NUMBER_SEPARATORS = /,/g;

/** Words too common to tell releases apart: left out of the index and of every search. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had', 'has', 'have',
  'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'that', 'the', 'their', 'this', 'to', 'was',
  'were', 'which', 'with',
]);

/**
 * Stemming is the costliest step of indexing, and a site's words repeat: each word's term is
 * remembered. The memory is bounded; when full it starts again.
 */
const REMEMBERED_TERMS = 100_000;
const remembered = new Map<string, string | null>();

export interface WordAt {
  word: string;
  /** Offset of its first character in the text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

/** The words of `text`, in order, with where each is. */
export function* wordsOf(text: string): Generator<WordAt> {
  for (const match of text.matchAll(WORD)) yield { word: match[0], start: match.index, end: match.index + match[0].length };
}

/** The words of `text`, for the index. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * What a word is indexed and searched as, or null for a word not worth either: lowercase,
 * accents dropped, English words reduced to their stem ("reported", "reports" -> "report"),
 * numbers without thousands separators ("1,234" -> "1234"). The same function reads the
 * releases, the query and the text whose words are highlighted, so all three agree.
 */
export function termOf(word: string): string | null {
  const known = remembered.get(word);
  if (known !== undefined) return known;
  const term = computeTerm(word);
  if (remembered.size >= REMEMBERED_TERMS) remembered.clear();
  remembered.set(word, term);
  return term;
}

function computeTerm(word: string): string | null {
  const lower = word.toLowerCase();
  const folded = ASCII.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
  if (NUMBER.test(folded)) return folded.replace(NUMBER_SEPARATORS, '');
  if (folded.length < 2 || STOP_WORDS.has(folded)) return null;
  return ASCII_LETTERS.test(folded) ? stemmer(folded) : folded;
}

/** Whether a term is a number: matched exactly, never by prefix or by a near spelling. */
export function isNumberTerm(term: string): boolean {
  return NUMBER.test(term);
}
