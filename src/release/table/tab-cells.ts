import { isEntry } from './value.js';

/** A line of cells copied from an HTML table: the row label, if any, and the other cells in order. */
export interface TabCells {
  /** The first cell when it is a label; null when the line opens with a tab or a figure. */
  label: string | null;
  cells: string[];
}

/** A footnote marker alone in its cell ("(a)", "*"): it belongs to the cell before it. */
const LONE_MARKER = /^(?:\*{1,3}|[†‡§]{1,2}|\([a-z]\))$/;

/**
 * Splits a tab-separated line into cells, as a reader would see them: a "$" alone in its cell
 * joins the figure after it ("$ 2,014"), a "%", ")" or a footnote marker alone joins the one
 * before it. Empty cells (spacing in the HTML) are left out.
 */
export function tabCells(filed: string): TabCells {
  const raw = filed.split('\t').map((cell) => cell.replace(/\s+/g, ' ').trim());
  const opensWithTab = raw[0] === '';
  const cells: string[] = [];
  let dollar = false;
  for (const cell of raw) {
    if (cell === '') continue;
    const before = cells.length - 1;
    if (dollar) {
      cells[before] = `${cells[before] ?? ''} ${cell}`;
      dollar = false;
    } else if ((cell === '%' || cell === ')' || LONE_MARKER.test(cell)) && before >= 0) {
      cells[before] = `${cells[before] ?? ''}${cell === '%' || cell === ')' ? '' : ' '}${cell}`;
    } else {
      cells.push(cell);
      dollar = cell === '$';
    }
  }
  const [first, ...rest] = cells;
  if (opensWithTab || first === undefined || isEntry(first)) return { label: null, cells };
  return { label: first, cells: rest };
}
