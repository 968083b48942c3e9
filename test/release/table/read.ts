import { sourceLines } from '../../../src/release/lines/source-lines.js';
import type { TableBlock } from '../../../src/release/model.js';
import { findTables, type TableRegion } from '../../../src/release/table/find-tables.js';

/** A sentence above the table, as in a release: a title block at the very top titles the release. */
export const LEAD = 'The company reported the following results for the periods shown below.';

/** The tables found in lines of text, each with the 1-based lines it claims. */
export function regionsOf(lines: readonly string[]): (TableRegion & { lines: [number, number] })[] {
  const source = sourceLines(lines.join('\n'));
  return findTables(source).map((region) => ({ ...region, lines: [source[region.start]?.number ?? 0, source[region.end - 1]?.number ?? 0] }));
}

/** The one table read from lines of text, which must be read as a table. */
export function tableOf(lines: readonly string[]): TableBlock {
  const regions = regionsOf(lines);
  if (regions.length !== 1) throw new Error(`found ${String(regions.length)} regions`);
  const block = regions[0]?.block;
  if (block?.type !== 'table') throw new Error(`read as ${String(block?.type)}`);
  return block;
}

/** The header rows as text, a heading over several columns marked with its span. */
export function headText(table: TableBlock): string[][] {
  return table.head.map((row) => row.map((cell) => (cell.colspan > 1 ? `${cell.text} [${String(cell.colspan)}]` : cell.text)));
}

/** The rows as label and cell texts. */
export function rowText(table: TableBlock): string[][] {
  return table.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.text)]);
}
