import { transliterate } from '../recognisers/transliterations.js';
import { collapse, lastWord } from '../recognisers/words.js';

/** Tested on the line before only: the growing paragraph is never scanned again. */
const HYPHEN_ENDED = /[\p{L}\p{N}]-$/u;
/** A web address the wrap cut after a slash, dot or hyphen of its path: "www.acme.com/investors/" + "2004.html". */
const CUT_ADDRESS = /^(?:https?:\/\/|www\.)\S*[/_=&?#]$/i;
/** The characters after which `CUT_ADDRESS` finds a cut. */
const ADDRESS_CUT_AFTER = '/_=&?#';
const ADDRESS_GOES_ON = /^[\w%~./=&?#-]+(?=[.,;)]?(?:\s|$))/;

/**
 * Joins hard-wrapped lines into one run of text, each line with EDGAR's stand-ins shown as
 * symbols. A hyphen that ends a line stays with its word ("super-" + "regional" gives
 * "super-regional"); a web address the wrap split is joined whole; a spaced dash keeps its spaces.
 */
export function joinLines(lines: readonly string[]): string {
  return joinLinesAndHead(lines, lines.length).text;
}

/**
 * The lines joined as `joinLines` joins them, and the join of the first `count` of them, which
 * the whole starts with: read once, not twice.
 */
export function joinLinesAndHead(lines: readonly string[], count: number): { text: string; head: string } {
  const parts: string[] = [];
  let previous = '';
  let length = 0;
  let headLength = 0;
  for (const [index, line] of lines.entries()) {
    const text = collapse(transliterate(line));
    if (text !== '') {
      const gap = parts.length > 0 && !joinsWithoutSpace(previous, text) ? ' ' : '';
      parts.push(gap, text);
      length += gap.length + text.length;
      previous = text;
    }
    if (index < count) headLength = length;
  }
  const text = parts.join('');
  return { text, head: headLength === length ? text : text.slice(0, headLength) };
}

/** The last character is tested first: the patterns would try every position of the line. */
function joinsWithoutSpace(previous: string, text: string): boolean {
  const end = previous.at(-1) ?? '';
  if (end === '-') return HYPHEN_ENDED.test(previous);
  return ADDRESS_CUT_AFTER.includes(end) && CUT_ADDRESS.test(lastWord(previous)) && ADDRESS_GOES_ON.test(text);
}

/** The smallest and largest of many numbers, without spreading them into arguments. */
export function least(values: readonly number[]): number {
  return values.reduce((min, value) => Math.min(min, value), Number.POSITIVE_INFINITY);
}

export function greatest(values: readonly number[]): number {
  return values.reduce((max, value) => Math.max(max, value), Number.NEGATIVE_INFINITY);
}
