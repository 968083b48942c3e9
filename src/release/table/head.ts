import type { TableHeadCell } from '../model.js';
import { type Interval, overlapped, zoneOf } from '../recognisers/columns.js';
import type { TableLine } from './table-lines.js';
import { joinSpans, type Span, words } from './tokens.js';

/** Words of a header set closer than this are one heading ("Three Months Ended"). */
const HEADING_GAP = 2;

/**
 * A header line as a row of header cells over the label column and the columns of figures.
 * A heading that stands over several columns spans them ("Three Months Ended" over three
 * quarters), as far as the rule under it reaches when it has one; headings set one space
 * apart over their own columns ("Jun 30, Mar 31,") stay apart.
 */
export function headRow(line: TableLine, ruleBelow: TableLine | null, columns: readonly Interval[], zones: readonly Interval[]): TableHeadCell[] {
  const slots: (string | null)[] = Array.from({ length: columns.length + 1 }, () => null);
  const spans: { from: number; to: number }[] = [];
  const place = (from: number, to: number, text: string): void => {
    const joined = spans.find((span) => span.from <= to && from <= span.to);
    if (joined) {
      const before = slots[joined.from] ?? '';
      slots[joined.from] = null;
      joined.from = Math.min(joined.from, from);
      joined.to = Math.max(joined.to, to);
      slots[joined.from] = before === '' ? text : `${before} ${text}`;
      return;
    }
    spans.push({ from, to });
    slots[from] = text;
  };
  const segments = ruleBelow ? words(ruleBelow.content) : [];
  const chunks = headings(line.words).map((chunk) => ({ chunk, over: covered(columns, extendByRule(chunk, segments), chunk) }));
  // On a line of one heading per column, a heading jammed against the next ("2003 Change") is two.
  const perColumn = chunks.filter(({ over }) => over.length === 1).length >= 2;
  for (const { chunk, over } of chunks) {
    if (over.length >= 2 && (setApart(chunk, zones) || (perColumn && eachOverOwnColumn(chunk, over, zones)))) {
      for (const group of byZone(chunk, zones)) place(group.zone + 1, group.zone + 1, group.text);
      continue;
    }
    const first = over[0];
    const last = over.at(-1);
    if (first !== undefined && last !== undefined) place(first + 1, last + 1, chunk.text);
    else place(zoneOf(zones, chunk) + 1, zoneOf(zones, chunk) + 1, chunk.text);
  }
  return cells(slots, spans);
}

/** The words of a line grouped into headings at gaps of two spaces or more. */
export function headings(lineWords: readonly Span[]): Span[] {
  const groups: Span[][] = [];
  for (const word of lineWords) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && last && word.start - last.end < HEADING_GAP) group.push(word);
    else groups.push([word]);
  }
  return groups.map(joinSpans);
}

/** How near a heading must come to a column to stand over it. */
const REACH = 2;

/**
 * The columns a heading stands over: those it overlaps, and a neighbour it nearly reaches
 * when that centres it better ("Months Ended" over two narrow columns of figures), narrowed
 * from the side it is not centred on until it is centred over them.
 */
function covered(columns: readonly Interval[], heading: Interval, text: Interval): number[] {
  const middle = (heading.start + heading.end) / 2;
  const offCentre = (over: readonly number[]): number => {
    const first = columns[over[0] ?? 0];
    const last = columns[over.at(-1) ?? 0];
    return first && last ? Math.abs(middle - (first.start + last.end) / 2) : Number.POSITIVE_INFINITY;
  };
  let over = overlapped(columns, heading);
  const reached = overlapped(columns, { start: heading.start - REACH, end: heading.end + REACH });
  if (over.length === 0) over = reached;
  for (const neighbour of [over[0] ?? 0, over.at(-1) ?? 0].map((edge, side) => edge + (side === 0 ? -1 : 1))) {
    if (over.includes(neighbour) || !(reached.includes(neighbour) || pastTheGap(columns, over, neighbour, text))) continue;
    const wider = [...over, neighbour].sort((a, b) => a - b);
    if (offCentre(wider) < offCentre(over)) over = wider;
  }
  while (over.length >= 2) {
    const first = columns[over[0] ?? 0];
    const last = columns[over.at(-1) ?? 0];
    if (!first || !last) break;
    const centre = (first.start + last.end) / 2;
    if (Math.abs(middle - centre) <= Math.max(REACH, (last.end - first.start) / 4)) break;
    over = middle < centre ? over.slice(0, -1) : over.slice(1);
  }
  return over;
}

/**
 * The heading's own words (not the rule under them) run past the middle of the gap between the columns it stands over and the
 * neighbour: centred over two columns set far apart, it may reach neither edge of the second.
 */
function pastTheGap(columns: readonly Interval[], over: readonly number[], neighbour: number, heading: Interval): boolean {
  const first = over[0];
  const last = over.at(-1);
  if (first === undefined || last === undefined) return false;
  const beside = columns[neighbour];
  if (neighbour < first) {
    const inner = columns[first];
    return beside !== undefined && inner !== undefined && heading.start < (beside.end + inner.start) / 2;
  }
  const inner = columns[last];
  return beside !== undefined && inner !== undefined && heading.end > (inner.end + beside.start) / 2;
}

function extendByRule(chunk: Span, segments: readonly Span[]): Interval {
  const under = segments.filter((segment) => segment.start < chunk.end && chunk.start < segment.end);
  return under.reduce((reach, segment) => ({ start: Math.min(reach.start, segment.start), end: Math.max(reach.end, segment.end) }), { start: chunk.start, end: chunk.end });
}

/** The words of a heading, grouped by the column zone their middle falls in. */
function byZone(chunk: Span, zones: readonly Interval[]): { zone: number; text: string }[] {
  const groups: { zone: number; text: string }[] = [];
  for (const word of words(' '.repeat(chunk.start) + chunk.text)) {
    const zone = Math.max(0, zoneOf(zones, word));
    const group = groups.at(-1);
    if (group?.zone === zone) group.text += ` ${word.text}`;
    else groups.push({ zone, text: word.text });
  }
  return groups;
}

/**
 * Headings set one space apart over their own columns: the parts over each column read
 * alike and hold a figure or several words ("Jun 30," "Mar 31,"; "2003" "2002"; "As of"
 * "As of"). Words of one heading ("Three Months Ended", "July 3, 2004 and") do not.
 */
function setApart(chunk: Span, zones: readonly Interval[]): boolean {
  const groups = byZone(chunk, zones);
  if (groups.length < 2) return false;
  const shapes = new Set(groups.map((group) => group.text.replace(/\p{L}+/gu, 'a').replace(/\d+/g, '9')));
  return shapes.size === 1 && groups.every((group) => /\d/.test(group.text) || group.text.includes(' '));
}

/** The heading's words fall into the zones of exactly the columns it stands over, one part each. */
function eachOverOwnColumn(chunk: Span, over: readonly number[], zones: readonly Interval[]): boolean {
  const groups = byZone(chunk, zones);
  return groups.length === over.length && groups.every((group, index) => group.zone === over[index]);
}

function cells(slots: readonly (string | null)[], spans: readonly { from: number; to: number }[]): TableHeadCell[] {
  const row: TableHeadCell[] = [];
  for (let slot = 0; slot < slots.length; ) {
    const span = spans.find((candidate) => candidate.from === slot);
    const colspan = span ? span.to - span.from + 1 : 1;
    row.push({ text: slots[slot] ?? '', colspan });
    slot += colspan;
  }
  return row;
}
