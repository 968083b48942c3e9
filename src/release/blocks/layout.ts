import type { SourceLine } from '../lines/source-lines.js';
import { listMarker } from '../recognisers/list-marker.js';
import { isRule } from '../recognisers/markers.js';
import { isWhiteSpace } from '../recognisers/words.js';
import type { LineGroup } from './groups.js';

/** How the filing was laid out: hard-wrapped at a width, or one paragraph per line. */
export interface Layout {
  /** The column lines were wrapped at; Infinity for one paragraph per line. */
  width: number;
}

const WIDEST_WRAP = 80;
const UNWRAPPED_LINE = 100;
/** Three spaces or more between words; white space at the ends never matches, so lines need no trimming. */
const WIDE_GAP = /\S {3,}\S/;

/**
 * Measures the wrap width from the lines that were wrapped (those another line follows
 * in the same group). A lower estimate only ever joins more, so the 80th percentile is used,
 * or with too few wrapped lines to tell, the longest line.
 * Prose lines past 100 columns mean the text was never hard-wrapped.
 */
export function measureLayout(groups: readonly LineGroup[]): Layout {
  const wrapped: number[] = [];
  let longest = 0;
  // One pass, and no arrays of lines: it reads every line of a filing.
  for (const group of groups) {
    const last = group.lines.length - 1;
    for (const [index, line] of group.lines.entries()) {
      const length = line.text.length;
      longest = Math.max(longest, length);
      if ((index === last && length <= UNWRAPPED_LINE) || !isProse(line)) continue;
      if (length > UNWRAPPED_LINE) return { width: Number.POSITIVE_INFINITY };
      wrapped.push(length);
    }
  }
  if (wrapped.length < 3) return { width: Math.min(WIDEST_WRAP, longest) };
  wrapped.sort((a, b) => a - b);
  return { width: wrapped[Math.floor((wrapped.length - 1) * 0.8)] ?? WIDEST_WRAP };
}

/**
 * Eight words or more, as `hasWords(text, 8)` counts them: anchored, the pattern reads a line
 * in about two thirds of the time a loop of code units takes, and it reads every line.
 */
export const PROSE_WORDS = /^\s*(?:\S+\s+){7}\S/;

function isProse(line: SourceLine): boolean {
  return !line.inTable && PROSE_WORDS.test(line.text) && !WIDE_GAP.test(line.text);
}

/** The line reaches the wrap width: the next word would not have fitted on it. */
export function isFull(line: SourceLine, next: SourceLine, width: number): boolean {
  return line.text.length + 1 + firstWordLength(next.text) > width;
}

/** Read by code unit: it runs several times on every line of a filing. */
function firstWordLength(text: string): number {
  let at = 0;
  while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at++;
  const start = at;
  while (at < text.length && !isWhiteSpace(text.charCodeAt(at))) at++;
  return at - start;
}

const LEADER = /\S\s*\.{4,}\s*\S/;

/**
 * A line whose spacing carries meaning: cells apart by three or more spaces that justification
 * does not explain (the gap after a list marker does not count), a dot leader, a line of an
 * EDGAR table.
 */
export function isAligned(line: SourceLine, next: SourceLine | undefined, layout: Layout): boolean {
  if (line.inTable || (line.text.includes('....') && LEADER.test(line.text))) return true;
  const justified = next !== undefined && Number.isFinite(layout.width) && isFull(line, next, layout.width);
  if (justified) return false;
  const marker = listMarker(line.text);
  return WIDE_GAP.test(marker ? line.text.slice(marker.textColumn) : line.text);
}

/** A rule line among aligned lines: part of the table it frames. */
export function isFrame(line: SourceLine): boolean {
  return isRule(line.text);
}
