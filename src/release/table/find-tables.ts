import type { SourceLine } from '../lines/source-lines.js';
import type { PreformattedBlock, TableBlock } from '../model.js';
import { asFiled } from './as-filed.js';
import { findBodies } from './bodies.js';
import { readFixedWidth } from './fixed-width.js';
import { withSymbols } from './symbols.js';
import { findTabbed } from './tabbed.js';
import { type TableLine, tableLine } from './table-lines.js';

export interface TableRegion {
  /** Indexes into the `lines` array: the first line the table claims (caption included) and one past the last (notes included). */
  start: number;
  end: number;
  /** A table block, or, where the reading is not confident, one preformatted block holding the whole region as filed. */
  block: TableBlock | PreformattedBlock;
}

/** A title block with no more than this above it opens the filing: it titles the release, not the table. */
const TOP_LINES = 2;
const TOP_LINE_WORDS = 3;
/** How far from its rows a table's caption, header and notes may lie. */
const REACH = 64;

/**
 * Finds the tables of a filing in its source lines: fixed-width columns, tab-separated cells
 * and EDGAR `<TABLE>`s, each with its caption, header and notes. Pure, and linear in the
 * number of lines but for the few lines around each table.
 */
export function findTables(lines: readonly SourceLine[]): TableRegion[] {
  const measured = lines.map(tableLine);
  const claimed = new Uint8Array(lines.length);
  const regions: TableRegion[] = [];
  const claim = (start: number, end: number, block: TableBlock | PreformattedBlock): void => {
    claimed.fill(1, start, end);
    regions.push({ start, end, block: withSymbols(block) });
  };
  const free = (index: number): boolean => claimed[index] === 0;
  const top = topOfFiling(measured);
  for (const tabbed of findTabbed(measured, free, () => regions.at(-1)?.end ?? 0)) {
    claim(tabbed.start, tabbed.end, tabbed.block ?? asFiled(lines.slice(tabbed.start, tabbed.end)));
  }
  for (const body of findBodies(measured, free)) {
    // A table claims no line another has claimed: it reads up to the nearest claimed line around it.
    let floor = body.start;
    while (floor > 0 && body.start - floor < REACH && free(floor - 1)) floor -= 1;
    let ceiling = body.end;
    while (ceiling < lines.length && ceiling - body.end < REACH && free(ceiling)) ceiling += 1;
    const reading = readFixedWidth(measured, body, floor, ceiling);
    const { extent } = reading;
    const topCaption = extent.caption !== null && extent.caption.start <= top;
    const start = Math.min(extent.caption && !topCaption ? extent.caption.start : extent.head.start, extent.body.start);
    const end = Math.max(extent.notes.end, extent.body.end);
    const block = reading.block ? withoutCaption(reading.block, topCaption) : asFiled(lines.slice(start, end));
    claim(start, end, block);
  }
  // A row of numbers that no table took (years over columns that never came) stays one row, as filed.
  measured.forEach((line, index) => {
    if (line.numberRow && free(index)) claim(index, index + 1, asFiled([line.source]));
  });
  return regions.sort((a, b) => a.start - b.start);
}

/**
 * The last line a title block may start on and still open the filing, with no more than a few
 * short lines above it: such a block titles the filing.
 */
function topOfFiling(lines: readonly TableLine[]): number {
  let filled = 0;
  for (const [index, line] of lines.entries()) {
    if (line.kind === 'blank') continue;
    if (filled === TOP_LINES || line.words.length > TOP_LINE_WORDS) return index;
    filled += 1;
  }
  return lines.length;
}

function withoutCaption(block: TableBlock, drop: boolean): TableBlock {
  return drop ? { ...block, caption: null, line: block.headLine } : block;
}
