import type { Interval } from '../recognisers/columns.js';
import { headingCount, isLabelLine, isProse, type TableLine } from './table-lines.js';
import { isCentred, isTitle } from './title.js';

/** Where the parts of one table lie: indexes into the lines, each range [start, end). */
export interface Extent {
  caption: Interval | null;
  head: Interval;
  body: Interval;
  notes: Interval;
}

const MAX_CAPTION_LINES = 6;
const MAX_ABOVE = 24;
const MAX_PAGE_BREAK_BLANKS = 4;

type Above = 'blank' | 'rule' | 'row' | 'label' | 'header' | 'stop';

/**
 * Walks up from a table's first row over what belongs to it: rows and labels without figures
 * (section labels, the start of a wrapped label), then the header lines that stand over the
 * columns, then the title lines of the caption. `floor` is the first line it may claim.
 */
export function extentAbove(lines: readonly TableLine[], body: Interval, columns: Interval, labelsFrom: number, floor: number): Pick<Extent, 'caption' | 'head' | 'body'> {
  const kinds = new Map<number, Above>();
  const kindAt = (index: number): Above => {
    let kind = kinds.get(index);
    if (kind === undefined) {
      kind = aboveKind(lines[index], columns, labelsFrom);
      kinds.set(index, kind);
    }
    return kind;
  };
  // Rows and section labels between the header and the first row of figures.
  let bodyStart = body.start;
  let index = body.start - 1;
  let headerBelow = -1;
  let blanks = 0;
  let belowBlanks: TableLine | undefined = lines[body.start];
  for (let seen = 0; index >= floor && seen < MAX_ABOVE; index -= 1, seen += 1) {
    const kind = kindAt(index);
    if (kind === 'header') {
      headerBelow = index;
      break;
    }
    if (kind === 'stop') break;
    if (kind === 'blank') {
      // Blank lines around a page break, which took out the page's furniture, do not part the table.
      blanks += 1;
      if (blanks > (belowBlanks?.source.afterPageBreak === true ? MAX_PAGE_BREAK_BLANKS : 1)) break;
    } else {
      blanks = 0;
      belowBlanks = lines[index];
    }
  }
  if (headerBelow !== -1) {
    bodyStart = firstFilled(lines, headerBelow + 1, body.start);
    // The rules under the header's last line are the header's.
    while (lines[bodyStart]?.kind === 'rule' && bodyStart < body.start) bodyStart = firstFilled(lines, bodyStart + 1, body.start);
  } else {
    // Without a header, only labels set right against the first row belong to the body.
    for (index = body.start - 1; index >= floor; index -= 1) {
      const kind = kindAt(index);
      const line = lines[index];
      if (!line || (kind !== 'label' && kind !== 'row' && kind !== 'rule') || (kind === 'label' && isTitle(line) && isCentred(line, 0, columns.end))) break;
      bodyStart = index;
    }
  }
  // The header: lines over the columns and the rules under them, set together; a line of
  // several headings goes on over a blank line, a heading over the labels ("(millions)")
  // sits right above, at the labels' margin. A title centred over the table is its caption.
  let headStart = bodyStart;
  if (headerBelow !== -1) {
    headStart = headerBelow;
    for (index = headerBelow - 1; index >= floor; index -= 1) {
      const kind = kindAt(index);
      const line = lines[index];
      if (!line) break;
      const stub = kind === 'label' && index === headStart - 1 && line.source.indent <= labelsFrom + 2 && !line.content.trimEnd().endsWith(':');
      const heading = (kind === 'header' && !titlesTable(line, labelsFrom, columns)) || kind === 'rule';
      const acrossBlank = kind === 'blank' && kindAt(index - 1) === 'header' && headings(lines[index - 1]) >= 2;
      if (!stub && !heading && !acrossBlank) break;
      if (!acrossBlank) headStart = index;
    }
    while (lines[headStart]?.kind === 'rule' && headStart < headerBelow) headStart += 1;
  }
  return { caption: captionAbove(lines, headStart, floor), head: { start: headStart, end: bodyStart }, body: { start: bodyStart, end: body.end } };
}

/** A short line opening with a footnote marker names the table under it ("* Domestic segment detail"). */
function isMarkedTitle(line: TableLine): boolean {
  return /^(?:\*{1,3}|\([a-z\d]\))\s/.test(line.content.trim()) && line.words.length <= 14 && !/[.!?]$/.test(line.content.trim());
}

/**
 * A line above the rows: a header when its words stand over the columns, a label when they
 * start at the labels' margin and run on as one ("Consolidated Earnings-As Reported").
 */
function aboveKind(line: TableLine | undefined, columns: Interval, labelsFrom: number): Above {
  if (!line || line.tabbed) return 'stop';
  if (line.kind === 'blank') return 'blank';
  if (line.kind === 'rule') return 'rule';
  if (line.kind === 'row') return line.yearsOnly || line.labelWords.length === 0 ? 'header' : 'row';
  if (isProse(line) && !isLabelLine(line, columns.start)) return 'stop';
  const atMargin = (line.words[0]?.start ?? 0) <= labelsFrom + 1 && headingCount(line) === 1;
  const overColumns = line.words.some((word) => word.start >= columns.start - 2);
  return overColumns && !atMargin ? 'header' : 'label';
}

/** A single title centred over the whole table, labels and figures. */
function titlesTable(line: TableLine, labelsFrom: number, columns: Interval): boolean {
  return headings(line) === 1 && isTitle(line) && isCentred(line, labelsFrom, columns.end);
}

function headings(line: TableLine | undefined): number {
  return line ? headingCount(line) : 0;
}

function firstFilled(lines: readonly TableLine[], from: number, to: number): number {
  let index = from;
  while (index < to && lines[index]?.kind === 'blank') index += 1;
  return index;
}

/** Title lines above the header, single blank lines between them; none that read as prose. */
function captionAbove(lines: readonly TableLine[], headStart: number, floor: number): Interval | null {
  let start = headStart;
  let blanks = 0;
  let titles = 0;
  for (let index = headStart - 1; index >= floor && titles < MAX_CAPTION_LINES; index -= 1) {
    const line = lines[index];
    if (!line || line.tabbed) break;
    // A rule drawn under the title block is the caption's layout, like a blank line.
    if (line.kind === 'blank' || (line.kind === 'rule' && titles === 0)) {
      blanks += 1;
      if (blanks > (titles === 0 ? 2 : 1)) break;
      continue;
    }
    if (!(isTitle(line) || isMarkedTitle(line)) || (line.kind === 'row' && line.labelWords.length === 0)) break;
    titles += 1;
    blanks = 0;
    start = index;
  }
  return titles === 0 ? null : { start, end: headStart };
}
