/** Collapses runs of white space (justification, alignment) to one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Joins hard-wrapped lines into one run of text. A hyphen that ends a line stays with its
 * word ("super-" + "regional" gives "super-regional"); a spaced dash keeps its spaces.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    const text = collapse(line);
    if (text === '') continue;
    out = out === '' ? text : /\S-$/.test(out) ? out + text : `${out} ${text}`;
  }
  return out;
}

/** Number of words, counting any run of non-space characters as one. */
export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
