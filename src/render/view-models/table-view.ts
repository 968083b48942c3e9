import type { TableBlock, TableRow } from '../../release/model.js';

export interface TableHeadCellView {
  text: string;
  /** null for a cell over one column. */
  colspan: number | null;
  /** A heading over several columns, centred over them. */
  spanning: boolean;
}

export interface TableRowView {
  label: string;
  /** Set on a row that titles the table when it has no caption, so the table is named by it. */
  labelId: string | null;
  /** Classes of the row: its rules, whether it is a total, whether its label heads a section. */
  rowClass: string;
  labelClass: string;
  cells: string[];
}

export interface TableView {
  kind: 'table';
  caption: string | null;
  captionId: string;
  /** The ids of what names the table's scroll box, or null when `label` names it. */
  labelledBy: string | null;
  label: string;
  head: TableHeadCellView[][];
  rows: TableRowView[];
  notes: string[];
  csvHref: string;
  /** The name the download is saved under. */
  csvFile: string;
}

/** Where a table stands on its page, and what names it when it has no caption. */
export interface TablePlace {
  /** From 1, in reading order: the number of its CSV download. */
  number: number;
  csvHref: string;
  csvFile: string;
  /**
   * For a table without a caption in the run of tables that opens the body (an exhibit that is
   * only tables under a title): the ids of the release's title, which names it.
   */
  titleIds: string[] | null;
  /** In that run, after its first table: named by the title and its own first label. */
  follows: boolean;
}

/**
 * A table's view. Its scroll box is named by its caption; without one, by the release's title
 * when it opens an exhibit of tables, else by a label that titles its rows, else "Table n".
 */
export function tableView(table: TableBlock, place: TablePlace): TableView {
  const id = `table-${String(place.number)}`;
  const rowId = `${id}-title`;
  const titleRow = table.caption !== null || (place.titleIds !== null && !place.follows) ? -1 : table.rows.findIndex(place.follows ? isLabelled : isTitleRow);
  const rows = table.rows.map((row, index) => rowView(row, index === titleRow ? rowId : null));
  const byRow = titleRow === -1 ? [] : [rowId];
  const names = table.caption !== null ? [`${id}-caption`] : [...(place.titleIds ?? []), ...byRow];
  return {
    kind: 'table',
    caption: table.caption,
    captionId: `${id}-caption`,
    labelledBy: names.length > 0 ? names.join(' ') : null,
    label: table.caption ?? table.rows[titleRow]?.label ?? `Table ${String(place.number)}`,
    head: table.head.map((row) => row.map((cell) => ({ text: cell.text, colspan: cell.colspan > 1 ? cell.colspan : null, spanning: cell.colspan > 1 }))),
    rows,
    notes: table.notes,
    csvHref: place.csvHref,
    csvFile: place.csvFile,
  };
}

/** A label alone on its row, set at the margin: the title of the rows under it ("(See Notes)" is no title). */
function isTitleRow(row: TableRow): boolean {
  return isLabelled(row) && row.level === 0 && row.cells.every((cell) => cell.text === '');
}

function isLabelled(row: TableRow): boolean {
  return row.label !== '' && !row.label.startsWith('(');
}

function rowView(row: TableRow, labelId: string | null): TableRowView {
  const classes = [
    row.ruleAbove && `rule-above-${row.ruleAbove}`,
    row.ruleBelow && `rule-below-${row.ruleBelow}`,
    row.total && 'total',
    row.cells.every((cell) => cell.text === '') && 'section',
  ].filter((name): name is string => typeof name === 'string');
  return {
    label: row.label,
    labelId,
    rowClass: classes.join(' '),
    labelClass: `level-${String(row.level)}`,
    cells: row.cells.map((cell) => cell.text),
  };
}
