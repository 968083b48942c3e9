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
  /** A label with no figures beside it spans the row. */
  labelColspan: number | null;
  /** Classes of the row: its rules, whether it is a total, its label's indentation. */
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
  /** The ids of the release's title, for a table that opens a release with no caption of its own. */
  titleIds: string[] | null;
}

export function tableView(table: TableBlock, place: TablePlace): TableView {
  const id = `table-${String(place.number)}`;
  const columns = table.rows[0]?.cells.length ?? 0;
  const titleRow = table.caption === null && place.titleIds === null ? table.rows.findIndex(isTitleRow) : -1;
  const rows = table.rows.map((row, index) => rowView(row, columns, index === titleRow ? `${id}-title` : null));
  return {
    kind: 'table',
    caption: table.caption,
    captionId: `${id}-caption`,
    labelledBy: table.caption !== null ? `${id}-caption` : place.titleIds?.join(' ') ?? (titleRow === -1 ? null : `${id}-title`),
    label: table.caption ?? table.rows[titleRow]?.label ?? `Table ${String(place.number)}`,
    head: table.head.map((row) => row.map((cell) => ({ text: cell.text, colspan: cell.colspan > 1 ? cell.colspan : null, spanning: cell.colspan > 1 }))),
    rows,
    notes: table.notes,
    csvHref: place.csvHref,
    csvFile: place.csvFile,
  };
}

/** A label alone on its row, set at the margin: the title of the rows under it. */
function isTitleRow(row: TableRow): boolean {
  return row.level === 0 && row.label !== '' && row.cells.every((cell) => cell.text === '');
}

function rowView(row: TableRow, columns: number, labelId: string | null): TableRowView {
  const alone = row.cells.every((cell) => cell.text === '');
  const classes = [
    row.ruleAbove && `rule-above-${row.ruleAbove}`,
    row.ruleBelow && `rule-below-${row.ruleBelow}`,
    row.total && 'total',
  ].filter((name): name is string => typeof name === 'string');
  return {
    label: row.label,
    labelId,
    labelColspan: alone && columns > 0 ? columns + 1 : null,
    rowClass: classes.join(' '),
    labelClass: `level-${String(row.level)}`,
    cells: alone ? [] : row.cells.map((cell) => cell.text),
  };
}
