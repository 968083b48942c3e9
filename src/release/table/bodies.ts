import { isLabelLine, isProse, type TableLine } from './table-lines.js';

/** A run of table rows: the lines from the first row of figures to the last. */
export interface Body {
  /** Index of the first and one past the last line. */
  start: number;
  end: number;
}

/** Between two rows of a table: at most this many blank lines in a row (a page break leaves some). */
const MAX_BLANKS = 3;
/** At most this many lines of labels without figures in a row ("Operating expenses:", a wrapped label). */
const MAX_LABEL_LINES = 4;
const PROSE_WORDS = 9;
const MAX_WRAP_INDENT = 4;

/**
 * Finds the bodies of fixed-width tables: each starts at a row of numbers and runs on over
 * rows, rules, blank lines and label lines while rows keep coming. A label line is a short
 * run of words that starts left of the figures' columns; a line of prose, or headings set
 * apart over columns (a header, so another table), ends the body.
 */
export function findBodies(lines: readonly TableLine[], free: (index: number) => boolean): Body[] {
  const bodies: Body[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    if (!line || !free(index) || !startsBody(line)) {
      index += 1;
      continue;
    }
    const end = bodyEnd(lines, index, free);
    bodies.push({ start: index, end });
    index = end;
  }
  return bodies;
}

/** A long label that a colon ends, with the rest of the row hanging under it ("...net of costs:" / "  in July 1996  1,150,000"). */
function opensHangingLabel(line: TableLine, next: TableLine | undefined): boolean {
  return line.kind === 'text' && line.content.trimEnd().endsWith(':') && next !== undefined && next.kind !== 'blank' && next.source.indent > line.source.indent;
}

/** A line in lower case hanging under a label: the rest of it. */
function continuesBelow(line: TableLine | undefined, labelStart: number): boolean {
  const first = line?.words[0];
  return line?.kind === 'text' && first !== undefined && /^\p{Ll}/u.test(first.text) && first.start > labelStart && first.start - labelStart <= MAX_WRAP_INDENT && !isProse(line);
}

/**
 * A row of numbers, or entries set apart in columns with a figure among them ("Other   -   12").
 */
function startsBody(line: TableLine): boolean {
  if (line.kind !== 'row' || line.yearsOnly || line.tabbed) return false;
  return line.numberRow || (line.entries.length >= 2 && line.entries.some((entry) => /\d/.test(entry.text)) && setApart([...line.labelWords.slice(-1), ...line.entries]));
}

/** Runs set apart from each other by two spaces or more, and at least two of them. */
function setApart(spans: readonly { start: number; end: number }[]): boolean {
  return spans.length >= 2 && spans.every((span, index) => index === 0 || span.start - (spans[index - 1]?.end ?? 0) >= 2);
}

function bodyEnd(lines: readonly TableLine[], start: number, free: (index: number) => boolean): number {
  let figuresFrom = lines[start]?.figuresFrom ?? 0;
  let last = start;
  let blanks = 0;
  let labels = 0;
  for (let index = start + 1; index < lines.length && free(index); index += 1) {
    const line = lines[index];
    if (!line || line.tabbed) break;
    if (line.kind === 'row' && !line.yearsOnly && line.labelWords.length < PROSE_WORDS) {
      figuresFrom = Math.min(figuresFrom, line.figuresFrom);
      last = index;
      blanks = 0;
      labels = 0;
    } else if (line.kind === 'blank') {
      // Blank lines around a page break, which the break took out, do not end the table.
      blanks += 1;
      if (blanks > MAX_BLANKS && lines[index + 1]?.source.afterPageBreak !== true) break;
    } else if (line.kind === 'rule') {
      blanks = 0;
    } else if ((isLabelLine(line, figuresFrom) || opensHangingLabel(line, lines[index + 1])) && (line.words[0]?.start ?? 0) < figuresFrom) {
      labels += 1;
      blanks = 0;
      if (labels > MAX_LABEL_LINES) break;
    } else {
      break;
    }
  }
  let end = last + 1;
  // The end of the last row's label, wrapped under its figures, and the rule under it close the table.
  const lastLabel = lines[last]?.labelWords[0]?.start ?? 0;
  while (end < lines.length && free(end) && continuesBelow(lines[end], lastLabel)) end += 1;
  while (lines[end]?.kind === 'rule') end += 1;
  return end;
}

