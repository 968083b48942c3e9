import type { PreformattedBlock, TableBlock } from '../model.js';
import { transliterate, transliterateKeepingColumns } from '../recognisers/transliterations.js';

/** A table read, with EDGAR's stand-ins ("-Registered Trademark-") shown as the symbols. */
export function withSymbols(block: TableBlock | PreformattedBlock): TableBlock | PreformattedBlock {
  if (block.type === 'preformatted') return { ...block, text: block.text.split('\n').map(transliterateKeepingColumns).join('\n') };
  return {
    ...block,
    caption: block.caption === null ? null : transliterate(block.caption),
    head: block.head.map((row) => row.map((cell) => ({ ...cell, text: transliterate(cell.text) }))),
    rows: block.rows.map((row) => ({ ...row, label: transliterate(row.label), cells: row.cells.map((cell) => ({ ...cell, text: transliterate(cell.text) })) })),
    notes: block.notes.map(transliterate),
  };
}
