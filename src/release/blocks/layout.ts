import type { RawBlock } from './raw-blocks.js';
import type { SourceLine } from '../lines/source-lines.js';
import { greatest, wordCount } from './text.js';

/** How the filing was laid out: hard-wrapped at a width, or one paragraph per line. */
export interface Layout {
  /** The column lines were wrapped at; Infinity for one paragraph per line. */
  width: number;
}

const WIDEST_WRAP = 80;
const UNWRAPPED_LINE = 100;

/**
 * Measures the wrap width from the lines that were wrapped (those another line follows
 * in the same block). A lower estimate only ever joins more, so the 80th percentile is used,
 * or with too few wrapped lines to tell, the longest line.
 * Prose lines past 100 columns mean the text was never hard-wrapped.
 */
export function measureLayout(blocks: readonly RawBlock[]): Layout {
  const lines = blocks.flatMap((block) => block.lines);
  if (lines.some((line) => line.text.length > UNWRAPPED_LINE && isProse(line))) {
    return { width: Number.POSITIVE_INFINITY };
  }
  const wrapped = blocks
    .flatMap((block) => block.lines.slice(0, -1))
    .filter((line) => isProse(line))
    .map((line) => line.text.length)
    .sort((a, b) => a - b);
  if (wrapped.length < 3) {
    return { width: Math.min(WIDEST_WRAP, greatest([0, ...lines.map((line) => line.text.length)])) };
  }
  return { width: wrapped[Math.floor((wrapped.length - 1) * 0.8)] ?? WIDEST_WRAP };
}

function isProse(line: SourceLine): boolean {
  return !line.inTable && wordCount(line.text) >= 8 && !/\S {3,}\S/.test(line.text.trim());
}

const FIRST_WORD = /^\s*(\S*)/;

/** The line reaches the wrap width: the next word would not have fitted on it. */
export function isFull(line: SourceLine, next: SourceLine, width: number): boolean {
  const nextWord = FIRST_WORD.exec(next.text)?.[1] ?? '';
  return line.text.length + 1 + nextWord.length > width;
}

const RULER = /^[\s=\-_*.+|]*[=\-_]{4,}[\s=\-_*.+|]*$/;
const LEADER = /\S\s*\.{4,}\s*\S/;

/**
 * A block whose layout carries meaning (a table, aligned columns): gaps of three or more
 * spaces in lines that justification does not explain, rulers, dot leaders, EDGAR tables.
 */
export function isTabular(block: RawBlock, layout: Layout): boolean {
  const { lines } = block;
  if (lines.some((line) => line.inTable)) return true;
  if (lines.some((line) => LEADER.test(line.text))) return true;
  if (lines.length >= 2 && lines.some((line) => RULER.test(line.text))) return true;
  const gapped = lines.filter((line, index) => {
    const next = lines[index + 1];
    const justified = next !== undefined && isFull(line, next, layout.width) && Number.isFinite(layout.width);
    return !justified && /\S {3,}\S/.test(line.text.trim());
  });
  const wideGap = gapped.some((line) => /\S {5,}\S/.test(line.text.trim()));
  return gapped.length >= 2 || (wideGap && lines.length <= 3);
}
