/** Collapses runs of white space (justification, alignment) to one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Tested on the line before only: the growing paragraph is never scanned again. */
const HYPHEN_ENDED = /\S-$/;

/**
 * Joins hard-wrapped lines into one run of text. A hyphen that ends a line stays with its
 * word ("super-" + "regional" gives "super-regional"); a spaced dash keeps its spaces.
 */
export function joinLines(lines: readonly string[]): string {
  const parts: string[] = [];
  let previous = '';
  for (const line of lines) {
    const text = collapse(line);
    if (text === '') continue;
    if (parts.length > 0) parts.push(HYPHEN_ENDED.test(previous) ? '' : ' ');
    parts.push(text);
    previous = text;
  }
  return parts.join('');
}

/** The smallest and largest of many numbers, without spreading them into arguments. */
export function least(values: readonly number[]): number {
  return values.reduce((min, value) => Math.min(min, value), Number.POSITIVE_INFINITY);
}

export function greatest(values: readonly number[]): number {
  return values.reduce((max, value) => Math.max(max, value), Number.NEGATIVE_INFINITY);
}

/** Number of words, counting any run of non-space characters as one. */
export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
