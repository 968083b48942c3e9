import type { SourceLine } from '../lines/source-lines.js';
import { CONTACT_LABEL, ROLE_LABEL } from '../recognisers/contact-labels.js';
import { type Interval, columnZones, inferColumns, zoneOf } from '../recognisers/columns.js';
import { transliterate, transliterateKeepingColumns } from '../recognisers/transliterations.js';
import { collapse } from '../recognisers/words.js';

/** A field's name alone in its cell: "Phone:", "E-mail:", "Fax". */
const FIELD_LABEL = /^(?:phone|tel(?:ephone)?|ph|office|direct|mobile|cell|fax|facsimile|e-?mail|web(?:site)?)\s*[:.]?$/i;
const CELL_GAP = / {3,}/g;
/** What a label of any wording ends with: the next column's label, not this one's value. */
const LABEL_END = /:\]?$/;
const MIN_ROWS = 2;

interface Run extends Interval {
  text: string;
}

/**
 * The people of a contact block set side by side, as columns of lines, left to right, each top
 * to bottom; null when the block is one column. Cells are the text between tabs (a block copied
 * from an HTML layout table, where each tab starts the next cell) or between gaps of three
 * spaces, and columns are inferred from them as for a table. A label alone in its cell
 * ("Contact:", "Phone:") belongs to the cell after it, so a label with its value hanging under
 * it is not columns. Two columns at least, each on two lines at least, and no cell across them.
 */
export function contactColumns(lines: readonly SourceLine[]): string[][] | null {
  const tabbed = lines.some((line) => line.filed.includes('\t'));
  const rows = lines.map((line) => (tabbed ? tabRuns(line.filed) : attachLabels(spaceRuns(transliterateKeepingColumns(line.text)))));
  const columns = inferColumns(rows);
  if (columns.length < 2 || columns.some((column) => column.support < MIN_ROWS)) return null;
  const zones = columnZones(columns);
  const read = columns.map((): string[] => []);
  for (const row of rows) {
    const cells = columns.map((): string[] => []);
    for (const run of row) cells[Math.max(0, zoneOf(zones, run))]?.push(run.text);
    cells.forEach((texts, index) => {
      if (texts.length > 0) read[index]?.push(collapse(texts.join(' ')));
    });
  }
  return read;
}

/**
 * Tab-separated cells, each in the column of its rank among the line's cells: flatteners of HTML
 * layout tables drop empty cells or keep them as tabs alike, so only the order tells. A label
 * joined to the cell after it takes no rank of its own.
 */
function tabRuns(filed: string): Run[] {
  const cells = filed.split('\t').map((cell) => collapse(transliterate(cell))).filter((cell) => cell !== '');
  const runs: Run[] = [];
  let label: string | null = null;
  cells.forEach((text, index) => {
    if (joinsNext(text, cells[index + 1])) {
      label = text;
      return;
    }
    runs.push({ start: runs.length, end: runs.length + 1, text: label === null ? text : `${label} ${text}` });
    label = null;
  });
  return runs;
}

/** Text between gaps of three spaces or more, placed by where it stands on the line. */
function spaceRuns(text: string): Run[] {
  const runs: Run[] = [];
  let start = text.search(/\S/);
  if (start === -1) return runs;
  for (const gap of text.matchAll(CELL_GAP)) {
    if (gap.index <= start) continue;
    runs.push({ start, end: gap.index, text: text.slice(start, gap.index) });
    start = gap.index + gap[0].length;
  }
  if (start < text.length) runs.push({ start, end: text.length, text: text.slice(start) });
  return runs;
}

/** A label alone in its cell joins the value after it, and takes its place; a row of labels stays. */
function attachLabels(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  let label: string | null = null;
  runs.forEach((run, index) => {
    if (joinsNext(run.text, runs[index + 1]?.text)) {
      label = run.text;
      return;
    }
    out.push(label === null ? run : { ...run, text: `${label} ${run.text}` });
    label = null;
  });
  return out;
}

function joinsNext(text: string, next: string | undefined): boolean {
  return next !== undefined && next !== '' && isLabelOnly(text) && !isLabelOnly(next) && !LABEL_END.test(next);
}

function isLabelOnly(text: string): boolean {
  const cell = collapse(text);
  return FIELD_LABEL.test(cell) || [CONTACT_LABEL, ROLE_LABEL].some((label) => label.exec(cell)?.[0].length === cell.length);
}
