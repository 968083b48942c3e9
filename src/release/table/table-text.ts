import type { TableBlock } from '../model.js';

/**
 * Every piece of text a table holds, in the order filed, one space between pieces: the
 * caption, the header rows left to right, each row's label and cells, the notes.
 */
export function tableText(table: TableBlock): string {
  return [
    table.caption ?? '',
    ...table.head.flatMap((row) => row.map((cell) => cell.text)),
    ...table.rows.flatMap((row) => [row.label, ...row.cells.map((cell) => cell.text)]),
    ...table.notes,
  ].filter((text) => text !== '').join(' ');
}
