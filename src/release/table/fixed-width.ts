import type { TableBlock } from '../model.js';
import { type Column, columnZones, inferColumns, type Interval } from '../recognisers/columns.js';
import { collapse } from '../recognisers/words.js';
import { extentAbove, type Extent } from './extent.js';
import { headings, headRow } from './head.js';
import { notesBelow } from './notes.js';
import { readRows } from './rows.js';
import type { TableLine } from './table-lines.js';

/** A table read, or a region of lines to show as filed because the reading is not confident. */
export interface Reading {
  extent: Extent;
  block: TableBlock | null;
}

/** A column needs entries on this share of the rows (and two rows at least) to be one. */
const COLUMN_SUPPORT = 0.15;
/** Entries out of line with the columns that a confident reading tolerates. */
const STRAY_SHARE = 0.1;

/**
 * Reads one fixed-width table around a body of rows: columns inferred from where the rows'
 * entries stand, the header and caption above, the notes below. `floor` and `ceiling` bound
 * the lines it may claim.
 */
export function readFixedWidth(lines: readonly TableLine[], body: Interval, floor: number, ceiling: number): Reading {
  const columns = figureColumns(lines, body);
  const span: Interval = { start: columns[0]?.start ?? 0, end: columns.at(-1)?.end ?? 0 };
  const above = extentAbove(lines, body, span, labelsFrom(lines, body), floor);
  const zones = columnZones(columns, labelEdge(lines, above.body, columns));
  const head = above.head;
  const headLines = lines.slice(head.start, head.end);
  const headed = widenByHeadings(columns, zones, headLines);
  const headRows = headLines.flatMap((line, index) => {
    if (line.kind === 'blank' || line.kind === 'rule') return [];
    const next = headLines[index + 1];
    return [headRow(line, next?.kind === 'rule' ? next : null, headed, zones)];
  });
  const reading = readRows(lines, above.body, columns, zones);
  const used = [captionOrNothing(lines, above.caption), ...headRows.flat().map((cell) => cell.text), ...reading.rows.flatMap((row) => [row.label, ...row.cells.map((cell) => cell.text)])].join(' ');
  const below = notesBelow(lines, above.body.end, ceiling, used);
  const extent: Extent = { ...above, notes: { start: above.body.end, end: below.end } };
  const confident =
    columns.length > 0 &&
    reading.rows.filter((row) => row.cells.some((cell) => cell.text !== '')).length >= 2 &&
    reading.clashes === 0 &&
    reading.strays <= reading.entries * STRAY_SHARE;
  if (!confident) return { extent, block: null };
  const first = extent.caption?.start ?? head.start;
  return {
    extent,
    block: {
      type: 'table',
      line: lines[first]?.source.number ?? 1,
      headLine: lines[head.start]?.source.number ?? 1,
      endLine: lines[Math.max(first, below.end - 1)]?.source.number ?? 1,
      caption: extent.caption ? captionText(lines, extent.caption) : null,
      head: headRows,
      rows: reading.rows,
      notes: below.notes.map((note) => collapse(note.map((line) => line.content).join(' '))),
    },
  };
}

function captionOrNothing(lines: readonly TableLine[], caption: Interval | null): string {
  return caption ? captionText(lines, caption) : '';
}

function captionText(lines: readonly TableLine[], caption: Interval): string {
  return collapse(lines.slice(caption.start, caption.end).filter((line) => line.kind !== 'rule').map((line) => line.content).join(' '));
}

/**
 * The columns of figures: where the rows' entries stand. A column that stands where other
 * rows have label words holds figures of labels ("Notes due 2015", "in June 1996") when it
 * has entries on few rows, or when its entries mostly follow their label by one space.
 */
function figureColumns(lines: readonly TableLine[], body: Interval): Column[] {
  const inBody = lines.slice(body.start, body.end);
  const rows = inBody.filter((line) => line.kind === 'row');
  const needed = Math.min(rows.length, Math.max(2, Math.ceil(rows.length * COLUMN_SUPPORT)));
  const labels = inBody.flatMap((line) => line.labelWords);
  return inferColumns(rows.map((line) => line.entries)).filter((column) => {
    if (!labels.some((word) => word.start < column.end && column.start < word.end)) return true;
    const glued = rows.filter((line) => {
      const first = line.entries[0];
      const label = line.labelWords.at(-1);
      return first !== undefined && label !== undefined && first.start < column.end && column.start < first.end && first.start - label.end < 2;
    }).length;
    return column.support >= needed && glued * 2 <= column.support;
  });
}

/**
 * The columns as wide as the headings that stand over one column alone ("1995", "Jun 30,"),
 * nearest the rows first, so that a heading over several columns is seen to span them even
 * when their figures are narrow.
 */
function widenByHeadings(columns: readonly Column[], zones: readonly Interval[], headLines: readonly TableLine[]): Interval[] {
  const wide: Interval[] = columns.map((column) => ({ start: column.start, end: column.end }));
  for (const line of [...headLines].reverse()) {
    if (line.kind === 'blank' || line.kind === 'rule') continue;
    for (const heading of headings(line.words)) {
      const zone = zones.findIndex((candidate) => heading.start >= candidate.start && heading.end <= candidate.end);
      const column = wide[zone];
      if (!column) continue;
      column.start = Math.min(column.start, heading.start);
      column.end = Math.max(column.end, heading.end);
    }
  }
  return wide;
}

/** The margin of the row labels: where the least indented label starts. */
function labelsFrom(lines: readonly TableLine[], body: Interval): number {
  let from = Number.POSITIVE_INFINITY;
  for (let index = body.start; index < body.end; index += 1) {
    const first = lines[index]?.labelWords[0];
    if (first) from = Math.min(from, first.start);
  }
  return Number.isFinite(from) ? from : 0;
}

/** Halfway between the labels' right edge and the first column: where header words start to belong to a column. */
function labelEdge(lines: readonly TableLine[], body: Interval, columns: readonly Column[]): number {
  const first = columns[0]?.start ?? 0;
  let edge = 0;
  for (let index = body.start; index < body.end; index += 1) {
    for (const word of lines[index]?.labelWords ?? []) if (word.end <= first) edge = Math.max(edge, word.end);
  }
  return edge === 0 ? Math.max(0, first - 2) : Math.ceil((edge + first) / 2);
}
