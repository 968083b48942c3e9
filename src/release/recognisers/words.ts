const SPACE = 0x20;

/**
 * Whether a UTF-16 code unit is white space as `\s` and `trim()` read it: the line terminators,
 * tab, vertical tab, form feed, the byte order mark and the Unicode space separators (Zs).
 * Read by code unit rather than by regular expression: these run on every line of a filing.
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= SPACE) return code === SPACE || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * White space that collapsing would change: anything but a space, or a space with more after
 * it. A pattern rather than a loop of code units: irregexp scans a line nearly twice as fast.
 */
const UNEVEN_SPACE_AT = /[^\S ]| \s/;

/** The last text collapsed, and what it gave: the recognisers ask about one block's text in turn. */
let lastText = '';
let lastCollapsed = '';

/**
 * The runs of white space that are anything but one space. Replacing only these gives what
 * replacing every run gives, with a match for each line break or gap rather than for every
 * space between words.
 */
const UNEVEN_SPACE = /\s{2,}|[^\S ]/g;

/** Every run of white space as one space; the ends kept. */
export function spacesCollapsed(text: string): string {
  return text.replace(UNEVEN_SPACE, ' ');
}

/** Collapses runs of white space (justification, alignment) to one space. */
export function collapse(text: string): string {
  if (text !== lastText) {
    lastCollapsed = (UNEVEN_SPACE_AT.test(text) ? spacesCollapsed(text) : text).trim();
    lastText = text;
  }
  return lastCollapsed;
}

/** The last run of non-space characters of a line; '' for a blank line. */
export function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** Number of words, counting any run of non-space characters as one. */
export function wordCount(text: string): number {
  return wordCountUpTo(text, Number.POSITIVE_INFINITY);
}

/** Number of words, counting stops at `most`: a long paragraph need not be read to its end. */
export function wordCountUpTo(text: string, most: number): number {
  let words = 0;
  let inWord = false;
  for (let at = 0; at < text.length && words < most; at++) {
    const space = isWhiteSpace(text.charCodeAt(at));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Whether the text holds `count` words at least: counting stops there. */
export function hasWords(text: string, count: number): boolean {
  return wordCountUpTo(text, count) >= count;
}

/** Written in capitals: two capital letters at least and no small ones. */
export function isCapitals(text: string): boolean {
  // A small letter, tested first, turns most text away at its second character.
  return !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
}
