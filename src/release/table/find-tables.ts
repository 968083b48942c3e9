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
  for (const tabbed of findTabbed(measured, free, () => regions.at(-1)?.end ?? 0)) {
    claim(tabbed.start, tabbed.end, tabbed.block ?? asFiled(lines.slice(tabbed.start, tabbed.end)));
  }
  for (const body of findBodies(measured, free)) {
    const floor = regions.filter((region) => region.end <= body.start).reduce((last, region) => Math.max(last, region.end), 0);
    const reading = readFixedWidth(measured, body, floor, lines.length);
    const { extent } = reading;
    const captionStart = extent.caption && !opensFiling(measured, extent.caption.start) ? extent.caption.start : extent.head.start;
    const start = Math.min(captionStart, extent.head.start, extent.body.start);
    const end = Math.max(extent.notes.end, extent.body.end);
    const block = reading.block ? withoutTopCaption(reading.block, captionStart !== extent.caption?.start, measured, extent.head.start) : asFiled(lines.slice(start, end));
    claim(start, end, block);
  }
  return regions.sort((a, b) => a.start - b.start);
}

function opensFiling(lines: readonly TableLine[], index: number): boolean {
  const above = lines.slice(0, index).filter((line) => line.kind !== 'blank');
  return above.length <= TOP_LINES && above.every((line) => line.words.length <= 3);
}

function withoutTopCaption(block: TableBlock, dropped: boolean, lines: readonly TableLine[], headStart: number): TableBlock {
  if (!dropped || block.caption === null) return block;
  return { ...block, caption: null, line: block.headLine };
}
