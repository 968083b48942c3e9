import { headingCount, isProse, type TableLine } from './table-lines.js';

/** "Notes:", "Note:", "Footnotes:" alone on a line, over the notes. */
const NOTES_HEADING = /^(?:foot)?notes?:?$/i;
/** A note opens with its marker: "*", "(a)", "(1)", "a)", "1)", "†". */
const NOTE_MARKER = /^(\*{1,3}|[†‡§]{1,2}|\([a-z]\)|\(\d{1,2}\)|[a-z]\)|\d{1,2}\))(?=\s|$)/;
const MAX_BLANKS = 2;
const MAX_HEADER_LINES = 6;

/**
 * The footnotes filed under a table: "Notes:" and the lines that open with a marker the
 * table uses ("*", "(a)", "(1)"), each note with the lines indented under it. `used` is the
 * table's text, where each marker must appear. Returns one past the last line of the notes
 * (`from` when there are none) and the notes' lines, grouped per note.
 */
export function notesBelow(lines: readonly TableLine[], from: number, ceiling: number, used: string): { end: number; notes: TableLine[][] } {
  const notes: TableLine[][] = [];
  let end = from;
  let blanks = 0;
  let heading = false;
  for (let index = from; index < ceiling; index += 1) {
    const line = lines[index];
    if (!line) break;
    if (line.kind === 'blank') {
      blanks += 1;
      if (blanks > MAX_BLANKS) break;
      continue;
    }
    const text = line.content.trim();
    const current = notes.at(-1);
    const marker = NOTE_MARKER.exec(text)?.[1];
    if (!heading && notes.length === 0 && NOTES_HEADING.test(text)) {
      heading = true;
      notes.push([line]);
    } else if (marker !== undefined && (heading || markerUsed(marker, used))) {
      notes.push([line]);
    } else if (current && blanks === 0 && current.length > 0 && line.source.indent > (current[0]?.source.indent ?? 0) && !(heading && current.length === 1 && notes.length === 1)) {
      current.push(line);
    } else {
      break;
    }
    blanks = 0;
    end = index + 1;
  }
  // "Notes:" with no note under it is not the table's.
  if (heading && notes.length === 1) return { end: from, notes: [] };
  // A note that stands right over another table's header or rows is that table's title.
  while (notes.length > 0 && opensTable(lines, end, ceiling)) {
    notes.pop();
    const last = notes.at(-1)?.at(-1);
    end = last ? lines.indexOf(last, from) + 1 : from;
  }
  return { end, notes };
}

/**
 * Right after the line (blank lines apart), headings set apart over columns or a row of
 * figures, with rows of figures within a few lines of no prose: a table starts there.
 */
function opensTable(lines: readonly TableLine[], from: number, ceiling: number): boolean {
  let index = from;
  while (index < ceiling && index < from + MAX_BLANKS && lines[index]?.kind === 'blank') index += 1;
  const next = lines[index];
  if (!next || index >= ceiling) return false;
  if (!(next.kind === 'row' || next.kind === 'rule' || (next.kind === 'text' && headingCount(next) >= 2))) return false;
  for (let ahead = index; ahead < ceiling && ahead <= index + MAX_HEADER_LINES; ahead += 1) {
    const line = lines[ahead];
    if (!line || isProse(line)) return false;
    if (line.kind === 'row' && line.entries.length >= 2) return true;
  }
  return false;
}

function markerUsed(marker: string, used: string): boolean {
  const bare = marker.replace(/\)$/, '').replace(/^\(/, '');
  if (/^\*+$|^[†‡§]+$/.test(marker)) return used.includes(marker);
  return used.includes(`(${bare})`) || used.includes(`${bare})`);
}
