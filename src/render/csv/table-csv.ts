import type { TableBlock } from '../../release/model.js';

/** Fields holding any of these are quoted (RFC 4180, section 2). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A table as CSV (RFC 4180, UTF-8, CRLF line ends): the header rows first, a heading over
 * several columns in the first of them and empty fields after it, then one record per row,
 * its label and its cells as filed. Every record has a field for the label column and one
 * per column of figures.
 */
export function tableCsv(table: TableBlock): Buffer {
  const records = [
    ...table.head.map((row) => row.flatMap((cell) => [cell.text, ...Array.from({ length: cell.colspan - 1 }, () => '')])),
    ...table.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.text)]),
  ];
  return Buffer.from(records.map((record) => `${record.map(field).join(',')}\r\n`).join(''), 'utf8');
}

function field(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
