/** White space that collapsing would change: anything but a space, or a space with more after it. */
const UNEVEN_SPACE = /[^\S ]| \s/;

/** Collapses runs of white space (justification, alignment) to one space. */
export function collapse(text: string): string {
  return (UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Number of words, counting any run of non-space characters as one. */
export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Written in capitals: two capital letters at least and no small ones. */
export function isCapitals(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}
