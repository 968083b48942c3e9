const ELLIPSIS = '…';
/** How far back from the limit a word boundary may be before a long word is cut instead. */
const SEARCH_BACK = 0.6;

/**
 * Text of at most `max` characters: whole when it fits, otherwise cut at the last word boundary
 * that leaves room for "…", without the punctuation that dangled there.
 */
export function cutAtWord(text: string, max: number): string {
  const whole = text.trim().replace(/\s+/g, ' ');
  if (whole.length <= max) return whole;
  const room = whole.slice(0, max - ELLIPSIS.length + 1);
  const space = room.lastIndexOf(' ');
  const cut = space >= max * SEARCH_BACK ? room.slice(0, space) : room.slice(0, -1);
  return `${cut.replace(/[\s,;:.\-–—(]+$/, '')}${ELLIPSIS}`;
}
