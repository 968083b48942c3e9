import type { TableCell, TableRow, TableRule } from '../model.js';
import { type Interval, overlapped, zoneOf } from '../recognisers/columns.js';
import { ruleKind } from './layout-characters.js';
import type { TableLine } from './table-lines.js';
import type { Span } from './tokens.js';
import { cellValue } from './value.js';

/** How well the rows' entries sat in the columns. */
export interface RowReading {
  rows: TableRow[];
  /** Entries that stood across two columns, or shared a column with another entry of their row. */
  clashes: number;
  /** Entries that stood in the gap between columns. */
  strays: number;
  entries: number;
}

/** A label ending like this goes on, wrapped, on the next line. */
const OPEN_END = /(?:,|-|\b(?:and|or|of|for|the|in|to|from|on|at|by|with|less|net|before|after|per))$/i;
const MAX_WRAP_INDENT = 4;
const MAX_LEVEL = 5;

/**
 * Reads the lines of a table's body into rows: a label (wrapped parts joined), one cell per
 * column, the rule filed above or below it, whether it is a total. Lines of labels without
 * figures are rows of their own (section labels), unless the next line goes on with them.
 */
export function readRows(lines: readonly TableLine[], body: Interval, columns: readonly Interval[], zones: readonly Interval[]): RowReading {
  const reading: RowReading = { rows: [], clashes: 0, strays: 0, entries: 0 };
  const indents: number[] = [];
  let pendingRule: TableRule | null = null;
  let previous: { row: TableRow; indent: number; index: number } | null = null;
  for (let index = body.start; index < body.end; index += 1) {
    const line = lines[index];
    if (!line || line.kind === 'blank') continue;
    if (line.kind === 'rule') {
      // A double rule underlines the total above it; a single one stands over the subtotal below it.
      const kind = ruleKind(line.content);
      const next = lines[index + 1];
      if (previous && (kind === 'double' || !next || next.kind === 'blank' || next.kind === 'rule' || index + 1 >= body.end)) previous.row.ruleBelow ??= kind;
      else pendingRule = kind;
      continue;
    }
    const { label, cells, indent } = splitRow(line, columns, zones, reading);
    if (previous?.index === index - 1 && pendingRule === null && endsLabel(previous, label, cells, indent)) {
      previous.row.label = `${previous.row.label} ${label}`;
      previous.index = index;
      continue;
    }
    if (previous?.index === index - 1 && pendingRule === null && continuesLabel(previous, label, indent)) {
      previous.row.label = `${previous.row.label} ${label}`.trim();
      previous.row.cells = cells;
      previous.row.total ||= /^total\b/i.test(previous.row.label);
      previous.index = index;
      continue;
    }
    const row: TableRow = { line: line.source.number, label, level: 0, cells, ruleAbove: pendingRule, ruleBelow: null, total: pendingRule !== null || /^total\b/i.test(label) };
    pendingRule = null;
    reading.rows.push(row);
    indents.push(indent);
    previous = { row, indent, index };
  }
  const levels = [...new Set(indents)].sort((a, b) => a - b);
  reading.rows.forEach((row, index) => {
    row.level = Math.min(MAX_LEVEL, levels.indexOf(indents[index] ?? 0));
  });
  return reading;
}

/** A label wrapped under the row that carries its figures ("Income before cumulative effect of  1,234" / "  accounting change"). */
function endsLabel(previous: { row: TableRow; indent: number }, label: string, cells: readonly TableCell[], indent: number): boolean {
  const before = previous.row.label;
  if (before === '' || before.endsWith(':') || !previous.row.cells.some((cell) => cell.text !== '') || cells.some((cell) => cell.text !== '')) return false;
  return /^\p{Ll}/u.test(label) && indent > previous.indent && indent - previous.indent <= MAX_WRAP_INDENT;
}

function continuesLabel(previous: { row: TableRow; indent: number }, label: string, indent: number): boolean {
  const before = previous.row.label;
  if (before === '' || label === '' || previous.row.cells.some((cell) => cell.text !== '')) return false;
  // "Operating expenses:" heads the rows under it; "... net of costs:" / "in July 1996" goes on.
  if (before.endsWith(':') && !/^\p{Ll}/u.test(label)) return false;
  if (indent < previous.indent || indent - previous.indent > MAX_WRAP_INDENT) return false;
  // A part in lower case goes on with the label; one opening with "(" or after "and" must hang under it.
  return /^\p{Ll}/u.test(label) || (indent > previous.indent && (label.startsWith('(') || OPEN_END.test(before)));
}

function splitRow(line: TableLine, columns: readonly Interval[], zones: readonly Interval[], reading: RowReading): { label: string; cells: TableCell[]; indent: number } {
  const cells: TableCell[] = columns.map(() => ({ text: '', value: null }));
  const firstColumn = columns[0]?.start ?? Number.POSITIVE_INFINITY;
  const labelWords: Span[] = [...line.labelWords];
  for (const entry of line.entries) {
    const over = overlapped(columns, entry);
    if (over.length === 0 && entry.end <= firstColumn) {
      labelWords.push(entry);
      continue;
    }
    reading.entries += 1;
    let column = over[0] ?? zoneOf(zones, entry);
    if (over.length > 1) reading.clashes += 1;
    if (over.length === 0) reading.strays += 1;
    if (column < 0) column = 0;
    const cell = cells[column];
    if (!cell) continue;
    if (cell.text !== '') reading.clashes += 1;
    cell.text = cell.text === '' ? entry.text : `${cell.text} ${entry.text}`;
    cell.value = cellValue(cell.text);
  }
  return { label: labelWords.map((word) => word.text).join(' '), cells, indent: labelWords[0]?.start ?? line.source.indent };
}
