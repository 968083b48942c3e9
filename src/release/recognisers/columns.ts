/**
 * Columns inferred from white space, the way fixed-width readers infer column specs: a column
 * is a character range that the rows' runs of text share, and columns are told apart by the
 * gaps that every row leaves open between them.
 */

export interface Interval {
  /** First column of the run and one past its last. */
  start: number;
  end: number;
}

export interface Column extends Interval {
  /** How many rows have text in the column. */
  support: number;
}

/**
 * The columns that runs of text fall into, left to right: runs that overlap, on any rows,
 * are in one column. Runs are given row by row.
 */
export function inferColumns(rows: readonly (readonly Interval[])[]): Column[] {
  const runs = rows.flatMap((row, index) => row.map((run) => ({ ...run, row: index }))).sort((a, b) => a.start - b.start || a.end - b.end);
  const columns: Column[] = [];
  let rowsInColumn = new Set<number>();
  for (const run of runs) {
    const current = columns.at(-1);
    if (current && run.start < current.end) {
      current.end = Math.max(current.end, run.end);
    } else {
      if (current) current.support = rowsInColumn.size;
      rowsInColumn = new Set();
      columns.push({ start: run.start, end: run.end, support: 0 });
    }
    rowsInColumn.add(run.row);
  }
  const last = columns.at(-1);
  if (last) last.support = rowsInColumn.size;
  return columns;
}

/**
 * The stretch of the line each column owns: from halfway across the gap on its left to
 * halfway across the gap on its right; the first reaches back to `from`, the last runs on.
 */
export function columnZones(columns: readonly Interval[], from = 0): Interval[] {
  return columns.map((column, index) => {
    const before = columns[index - 1];
    const after = columns[index + 1];
    return {
      start: before ? Math.ceil((before.end + column.start) / 2) : Math.min(from, column.start),
      end: after ? Math.ceil((column.end + after.start) / 2) : Number.POSITIVE_INFINITY,
    };
  });
}

/** The index of the zone a run falls into by its middle, or -1 when it falls before them all. */
export function zoneOf(zones: readonly Interval[], run: Interval): number {
  const middle = (run.start + run.end - 1) / 2;
  return zones.findIndex((zone) => middle >= zone.start && middle < zone.end);
}

/** Indexes of the columns a run overlaps. */
export function overlapped(columns: readonly Interval[], run: Interval): number[] {
  return columns.flatMap((column, index) => (run.start < column.end && column.start < run.end ? [index] : []));
}
