import { createHash } from 'node:crypto';

/** Characters that could end or confuse a script element, or a reader of it, written as JSON escapes. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * `data` as the text of a `<script type="application/ld+json">`: JSON whose `<`, `>` and `&`
 * (and the two line separators JavaScript once refused) are `\u` escapes, so that no text in
 * it can close the element or open a comment, whatever a headline holds. It parses to the same
 * value.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The content security policy's source for an inline script with exactly this text: `'sha256-…'`. */
export function scriptSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
