import { termOf, wordsOf, type WordAt } from './terms.js';

/** A run of text as the release has it; `marked` when it is a word the search matched. */
export interface Highlighted {
  text: string;
  marked: boolean;
}

/** A passage of a release, cut at words; `before`/`after` say that the text goes on there. */
export interface Passage {
  before: boolean;
  segments: Highlighted[];
  after: boolean;
}

/** Words shown in a passage, at most. */
export const PASSAGE_WORDS = 30;
/** Words shown before the first match, where the text has them, so that the match is read in context. */
const LEAD_WORDS = 6;
const PUNCTUATION = /[^\s\p{L}\p{N}\p{M}]/u;

/** `text` in runs, each word whose term is one of `terms` marked; joined, the runs are `text`. */
export function highlight(text: string, terms: ReadonlySet<string>): Highlighted[] {
  return segment(text, 0, text.length, [...wordsOf(text)].filter((at) => matches(at, terms)));
}

/**
 * The passage that best shows why a release was found: the stretch of at most
 * `PASSAGE_WORDS` words, within one passage of the text, holding the most different matched
 * terms (then the most matched words, then the earliest), starting a few words before its
 * first match. White space is shown as single spaces. With no match in any passage, the
 * opening words of the first; null when there is no text at all.
 */
export function bestPassage(passages: readonly string[], terms: ReadonlySet<string>): Passage | null {
  let best: { text: string; words: WordAt[]; first: number; last: number; score: number } | null = null;
  for (const text of passages) {
    const words = [...wordsOf(text)];
    if (words.length === 0) continue;
    const marked = words.map((at) => matches(at, terms));
    const window = bestWindow(words, marked);
    if (best === null || window.score > best.score) best = { text, words, ...window };
  }
  if (best === null) return null;
  const { text, words, first, last } = best;
  // A few words before the first match, as long as the last one stays in.
  const start = Math.max(0, Math.min(Math.max(first - LEAD_WORDS, last - PASSAGE_WORDS + 1), words.length - PASSAGE_WORDS));
  const end = Math.min(words.length, start + PASSAGE_WORDS);
  const from = widen(text, words[start]?.start ?? 0, -1);
  const to = widen(text, words[end - 1]?.end ?? text.length, 1);
  const shown = words.slice(start, end).filter((at) => matches(at, terms));
  return {
    before: from > 0,
    segments: segment(text, from, to, shown).map(({ text: run, marked }) => ({ text: marked ? run : run.replace(/\s+/g, ' '), marked })),
    after: to < text.length,
  };
}

/**
 * The window of `PASSAGE_WORDS` words with the best score, as the positions of its first and
 * last match; without a match, the opening (score 0).
 */
function bestWindow(words: readonly WordAt[], marked: readonly boolean[]): { first: number; last: number; score: number } {
  let best = { first: 0, last: 0, score: 0 };
  const counts = new Map<string, number>();
  let matched = 0;
  const term = (index: number): string => termOf(words[index]?.word ?? '') ?? '';
  for (let end = 0; end < words.length; end += 1) {
    if (marked[end] === true) {
      counts.set(term(end), (counts.get(term(end)) ?? 0) + 1);
      matched += 1;
    }
    const start = end - PASSAGE_WORDS + 1;
    if (start > 0 && marked[start - 1] === true) {
      const left = term(start - 1);
      const count = (counts.get(left) ?? 0) - 1;
      if (count === 0) counts.delete(left);
      else counts.set(left, count);
      matched -= 1;
    }
    // Different terms first, then matched words; among equals the earliest stays.
    const score = counts.size * (PASSAGE_WORDS + 1) + matched;
    if (matched > 0 && score > best.score) {
      const from = Math.max(0, start);
      best = { first: marked.indexOf(true, from), last: lastMarked(marked, from, end), score };
    }
  }
  return best;
}

function lastMarked(marked: readonly boolean[], from: number, to: number): number {
  for (let index = to; index >= from; index -= 1) if (marked[index] === true) return index;
  return from;
}

/** The offset moved outwards over the punctuation that touches the word there ("$", quotes, a full stop). */
function widen(text: string, offset: number, direction: -1 | 1): number {
  let at = offset;
  if (direction < 0) while (at > 0 && PUNCTUATION.test(text.charAt(at - 1))) at -= 1;
  else while (at < text.length && PUNCTUATION.test(text.charAt(at))) at += 1;
  return at;
}

function matches(at: WordAt, terms: ReadonlySet<string>): boolean {
  const term = termOf(at.word);
  return term !== null && terms.has(term);
}

/** text[from, to) in runs, the given words (inside it, in order) marked. */
function segment(text: string, from: number, to: number, marked: readonly WordAt[]): Highlighted[] {
  const runs: Highlighted[] = [];
  let at = from;
  for (const word of marked) {
    if (word.start > at) runs.push({ text: text.slice(at, word.start), marked: false });
    runs.push({ text: text.slice(word.start, word.end), marked: true });
    at = word.end;
  }
  if (to > at) runs.push({ text: text.slice(at, to), marked: false });
  return runs;
}
