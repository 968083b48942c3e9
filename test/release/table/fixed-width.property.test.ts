import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../../src/release/lines/source-lines.js';
import type { TableBlock } from '../../../src/release/model.js';
import { findTables } from '../../../src/release/table/find-tables.js';
import { generatedTable } from './generated-table.js';

/** A sentence above the table, as in a release: a caption at the very top would title the release instead. */
const LEAD = 'The company reported the following results for the periods shown below.';

function onlyTable(text: string): TableBlock {
  const regions = findTables(sourceLines(text));
  expect(regions).toHaveLength(1);
  const block = regions[0]?.block;
  if (block?.type !== 'table') throw new Error(`read as ${String(block?.type)}:\n${text}`);
  return block;
}

describe('generated fixed-width tables', () => {
  it('are read with every cell in its row and column', () => {
    fc.assert(
      fc.property(generatedTable, (table) => {
        const text = [LEAD, '', ...table.lines].join('\n');
        const read = onlyTable(text);
        expect(read.rows.map((row) => ({ label: row.label, cells: row.cells.map((cell) => cell.text) }))).toEqual(table.rows);
        expect(read.caption).toBe(table.caption);
        const yearRow = read.head.at(-1)?.slice(1).map((cell) => cell.text);
        expect(yearRow).toEqual(table.years);
        if (table.spans) expect(read.head[0]?.slice(1)).toEqual(table.spans);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
