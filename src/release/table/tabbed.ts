import type { TableBlock, TableCell, TableHeadCell, TableRow } from '../model.js';
import type { Interval } from '../recognisers/columns.js';
import { collapse } from '../recognisers/words.js';
import { notesBelow } from './notes.js';
import { tabCells } from './tab-cells.js';
import type { TableLine } from './table-lines.js';
import { isTitle } from './title.js';
import { cellValue, isEntry } from './value.js';

/** A table of tab-separated cells: the lines it claims and what was read from them. */
export interface TabReading {
  start: number;
  end: number;
  block: TableBlock | null;
}

const MAX_CAPTION_LINES = 6;
const MAX_LABEL_WORDS = 16;
/** Rows whose figures had to be placed by guess, beyond which the reading is not confident. */
const GUESS_SHARE = 0.3;

/**
 * Finds and reads the tables copied out of HTML exhibits: one row per line, cells separated by
 * tabs, header rows over them, section labels between them on lines of their own, a caption
 * above and notes below. A row with fewer cells than the table has columns is placed by what
 * its cells are: words under the columns of words, figures under the columns of figures, the
 * first figure in the first such column and the last in the last.
 */
export function findTabbed(lines: readonly TableLine[], free: (index: number) => boolean, floorOf: (index: number) => number): TabReading[] {
  const readings: TabReading[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line?.tabbed || !line.numberRow || yearsOnly(line) || !free(index)) continue;
    const bodyEnd = tabBodyEnd(lines, index, free);
    const reading = readTabbed(lines, { start: index, end: bodyEnd }, floorOf(index), free);
    readings.push(reading);
    index = reading.end - 1;
  }
  return readings;
}

/** Rows run on over tab lines and section labels, and over a blank line when a tab line follows. */
function tabBodyEnd(lines: readonly TableLine[], start: number, free: (index: number) => boolean): number {
  let last = start;
  for (let index = start + 1; index < lines.length && free(index); index += 1) {
    const line = lines[index];
    if (!line) break;
    if (line.tabbed) {
      last = index;
      continue;
    }
    const next = lines[index + 1];
    if (line.kind === 'blank' ? next?.tabbed !== true : !isSectionLabel(line)) break;
  }
  return last + 1;
}

/** A label on a line of its own between rows ("Operating expenses:"): words, but no sentence. */
function isSectionLabel(line: TableLine | undefined): boolean {
  return line !== undefined && line.kind !== 'rule' && line.kind !== 'blank' && line.words.length <= MAX_LABEL_WORDS && !/[.!?]["'’”)]?$/.test(line.content.trim());
}

/** A tab line of years alone ("2004<TAB>2003"): a header over the columns. */
function yearsOnly(line: TableLine): boolean {
  const { label, cells } = tabCells(line.source.filed);
  return label === null && cells.length > 0 && cells.every((cell) => /^(?:19|20)\d\d(?:\s*\(\w\))?$/.test(cell));
}

function readTabbed(lines: readonly TableLine[], found: Interval, floor: number, free: (index: number) => boolean): TabReading {
  const headerLine = (line: TableLine | undefined): boolean => line?.tabbed === true && (!line.numberRow || yearsOnly(line));
  // Section labels between the header and the first row ("ASSETS:", "Current assets:").
  let labels = found.start;
  while (labels - 1 >= floor && free(labels - 1) && lines[labels - 1]?.tabbed === false && isSectionLabel(lines[labels - 1])) labels -= 1;
  const body = headerLine(lines[labels - 1]) ? { start: labels, end: found.end } : found;
  // The header: tab lines without figures right above the rows, and a short heading over them.
  let headStart = body.start;
  while (headStart - 1 >= floor && free(headStart - 1) && headerLine(lines[headStart - 1])) headStart -= 1;
  const above = lines[headStart - 1];
  if (headStart < body.start && above && headStart - 1 >= floor && opensHeader(above, lines[headStart - 2])) headStart -= 1;
  const captionStart = captionAbove(lines, headStart, floor);

  const bodyLines = lines.slice(body.start, body.end).filter((line) => line.kind !== 'blank');
  const rowCells = bodyLines.map((line) => (line.tabbed ? tabCells(line.source.filed) : { label: collapse(line.content), cells: [] }));
  const headLines = lines.slice(headStart, body.start).filter((line) => line.kind !== 'blank');
  const headCells = headLines.map((line) => (line.tabbed ? tabCells(line.source.filed) : { label: null, cells: [collapse(line.content)] }));
  const columns = [...rowCells, ...headCells].reduce((most, row) => Math.max(most, row.cells.length), 1);
  const kinds = columnKinds(rowCells, columns);

  let guesses = 0;
  const rows: TableRow[] = bodyLines.map((line, index) => {
    const { label, cells } = rowCells[index] ?? { label: null, cells: [] };
    const placed = place(cells, kinds);
    if (placed.guessed) guesses += 1;
    const text = label ?? '';
    return { line: line.source.number, label: text, level: 0, cells: placed.cells, ruleAbove: null, ruleBelow: null, total: /^total\b/i.test(text) };
  });
  const head = headCells.map((row) => headRow(row.label, row.cells, columns));
  const caption = captionStart === null ? null : collapse(lines.slice(captionStart, headStart).map((line) => line.content).join(' '));
  const used = [caption ?? '', ...head.flat().map((cell) => cell.text), ...rows.flatMap((row) => [row.label, ...row.cells.map((cell) => cell.text)])].join(' ');
  const notes = notesBelow(lines, body.end, lines.length, used);
  const start = captionStart ?? headStart;
  const end = Math.max(notes.end, body.end);
  const confident = rows.filter((row) => row.cells.some((cell) => cell.value !== null)).length >= 2 && guesses <= rows.length * GUESS_SHARE;
  if (!confident) return { start, end, block: null };
  return {
    start,
    end,
    block: {
      type: 'table',
      line: lines[start]?.source.number ?? 1,
      headLine: lines[headStart]?.source.number ?? 1,
      endLine: lines[end - 1]?.source.number ?? 1,
      caption,
      head,
      rows,
      notes: notes.notes.map((note) => collapse(note.map((line) => line.content).join(' '))),
    },
  };
}

/** A short heading alone on the line over the header's tab lines, after a blank line ("Non-GAAP"). */
function opensHeader(line: TableLine, before: TableLine | undefined): boolean {
  return line.kind !== 'blank' && !line.tabbed && line.words.length <= 3 && !/^\(.*\)$/.test(line.content.trim()) && (before === undefined || before.kind === 'blank');
}

/** Title lines above the header, single blank lines between them (two before the header). */
function captionAbove(lines: readonly TableLine[], headStart: number, floor: number): number | null {
  let start: number | null = null;
  let blanks = 0;
  let titles = 0;
  for (let index = headStart - 1; index >= floor && titles < MAX_CAPTION_LINES; index -= 1) {
    const line = lines[index];
    if (!line || line.tabbed) break;
    if (line.kind === 'blank') {
      blanks += 1;
      if (blanks > (titles === 0 ? 2 : 1)) break;
      continue;
    }
    if (!isTitle(line)) break;
    titles += 1;
    blanks = 0;
    start = index;
  }
  return start;
}

type ColumnKind = 'figures' | 'words';

/** A column holds figures when most rows that fill every column have one there. */
function columnKinds(rows: readonly { cells: string[] }[], columns: number): ColumnKind[] {
  const full = rows.filter((row) => row.cells.length === columns);
  return Array.from({ length: columns }, (_, column) => {
    const entries = full.filter((row) => isEntry(row.cells[column] ?? '')).length;
    return full.length === 0 || entries * 2 >= full.length ? 'figures' : 'words';
  });
}

/**
 * Places a row's cells under the columns, keeping their order: each cell under the next
 * column of its kind (figures, words) that leaves room for the cells after it, the last
 * figure under the last column of figures. `guessed` when figures were placed between the
 * first and the last by order alone.
 */
function place(cells: readonly string[], kinds: readonly ColumnKind[]): { cells: TableCell[]; guessed: boolean } {
  const placed: TableCell[] = kinds.map(() => ({ text: '', value: null }));
  let next = 0;
  let guessed = false;
  const lastFigure = cells.findLastIndex((cell) => isEntry(cell));
  cells.forEach((text, index) => {
    const kind: ColumnKind = isEntry(text) ? 'figures' : 'words';
    const latest = kinds.length - (cells.length - index);
    const fits = (column: number): boolean => column >= next && column <= latest;
    const ofKind = kinds.flatMap((candidate, column) => (candidate === kind && fits(column) ? [column] : []));
    const wanted = index === lastFigure && index > 0 && cells.length < kinds.length ? ofKind.at(-1) : ofKind[0];
    const column = wanted ?? Math.min(Math.max(next, 0), Math.max(latest, next));
    if (cells.length < kinds.length && kind === 'figures' && index > 0 && index !== lastFigure && ofKind.length > 1) guessed = true;
    placed[column] = { text, value: cellValue(text) };
    next = column + 1;
  });
  return { cells: placed, guessed };
}

/**
 * A header line over the columns: its first cell over the labels when it has one more cell than
 * the table has columns (or opens with a tab); otherwise headings spread evenly over the columns
 * when they divide them, or set over the last columns.
 */
function headRow(label: string | null, cells: readonly string[], columns: number): TableHeadCell[] {
  let stub = label ?? '';
  let headings = [...cells];
  if (label !== null && cells.length < columns && (cells.length === 0 || columns % (cells.length + 1) === 0)) {
    headings = [label, ...cells];
    stub = '';
  }
  const row: TableHeadCell[] = [{ text: stub, colspan: 1 }];
  if (headings.length === 0) return [...row, ...Array.from({ length: columns }, () => ({ text: '', colspan: 1 }))];
  if (columns % headings.length === 0) return [...row, ...headings.map((text) => ({ text, colspan: columns / headings.length }))];
  const empty = Math.max(0, columns - headings.length);
  return [...row, ...Array.from({ length: empty }, () => ({ text: '', colspan: 1 })), ...headings.map((text) => ({ text, colspan: 1 }))];
}
