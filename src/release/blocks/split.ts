import type { SourceLine } from '../lines/source-lines.js';
import { isContactLine, opensContact } from '../recognisers/contact-labels.js';
import { matchDateline } from '../recognisers/dateline.js';
import { isHeadingText } from '../recognisers/heading-text.js';
import { isBanner, isDeskLine, isExhibitLabel, issuedDateText } from '../recognisers/labels.js';
import { type ListMarker, listMarker } from '../recognisers/list-marker.js';
import { isEndMarker, isMoreMarker, isPageNumber, isPlaceholder, isRule, isTrailerLine, opensWireContact } from '../recognisers/markers.js';
import { endsClause, endsSentence } from '../recognisers/sentence.js';
import { hasWords } from '../recognisers/words.js';
import type { LineGroup } from './groups.js';
import { type Layout, isAligned, isFrame, isFull } from './layout.js';
import { greatest, joinLines, least } from './reflow.js';
import type { SourceBlock } from './source-block.js';

/** Lines above or inside a table that carry no aligned cells themselves: headers, row labels. */
const TABLE_REACH = 2;
const LEAD_REACH = 4;
/** Longer lines hold no label with something beside it. */
const LABEL_LINE_MAX = 200;

/**
 * Reads a group of lines into blocks. A contact entry stays whole; runs of aligned lines (a
 * table, columns) are kept as laid out, and only they; a label, marker or rule line stands
 * alone; the rest is prose, read into paragraphs and list items.
 */
export function splitGroup(group: LineGroup, layout: Layout, atTop: boolean): SourceBlock[] {
  const lines = splitBesideLabels(group.lines);
  const blocks: SourceBlock[] = [];
  let from = 0;
  while (from < lines.length) {
    const opens = lines.findIndex((line, index) => index >= from && opensContactAt(lines, index, layout));
    const to = opens === -1 ? lines.length : opens;
    for (const segment of alignedSegments(lines.slice(from, to), layout)) {
      if (segment.aligned) blocks.push({ shape: 'laid-out', lines: segment.lines, gapBefore: false, columns: true });
      else for (const block of readText(segment.lines, layout, atTop)) blocks.push(block);
    }
    if (opens === -1) break;
    const end = opens + contactExtent(lines.slice(opens), layout);
    blocks.push({ shape: 'text', lines: lines.slice(opens, end), gapBefore: false });
    from = end;
  }
  const [first] = blocks;
  if (first) first.gapBefore = true;
  return blocks;
}

/** A contact label opens a line that no wrapped sentence runs into. */
function opensContactAt(lines: readonly SourceLine[], index: number, layout: Layout): boolean {
  const line = lines[index];
  const previous = lines[index - 1];
  if (!line || !opensContact(line.text) || opensWireContact(line.text)) return false;
  return !previous || !isFull(previous, line, layout.width) || endsClause(previous.text);
}

/**
 * How many lines from the start make a contact entry: the line that opens it, then the lines of
 * the entry. A hard-wrapped filing ends the entry at the blank line; a filing with one
 * paragraph per line ends it at the first line that is not a contact's, or at an end marker or
 * a rule.
 */
function contactExtent(lines: readonly SourceLine[], layout: Layout): number {
  if (Number.isFinite(layout.width)) return lines.length;
  const end = lines.findIndex((line, index) => index > 0 && (!isContactLine(line.text) || isEndMarker(line.text) || isRule(line.text)));
  return end === -1 ? lines.length : end;
}

interface Segment {
  aligned: boolean;
  lines: SourceLine[];
}

/** Cuts the lines into runs that are laid out in columns and runs that are not. */
function alignedSegments(lines: readonly SourceLine[], layout: Layout): Segment[] {
  // Alignment first: most lines are not, and a marker line is tested by seven patterns.
  const aligned = lines.map((line, index) => isAligned(line, lines[index + 1], layout) && !isMarkerLine(line.text));
  const inRun = new Array<boolean>(lines.length).fill(false);
  let index = 0;
  while (index < lines.length) {
    if (!aligned[index]) {
      index++;
      continue;
    }
    let start = index;
    while (start > 0 && reachesTable(lines, aligned, start - 1)) start--;
    let end = index + 1;
    while (end < lines.length && (aligned[end] || reachesTable(lines, aligned, end))) end++;
    const cells = aligned.slice(start, end).filter(Boolean).length;
    const wide = lines.slice(start, end).some((line) => /\S {5,}\S/.test(line.text.trim()));
    if (cells >= 2 || (wide && end - start <= 3) || lines[start]?.inTable) inRun.fill(true, start, end);
    index = end;
  }
  const segments: Segment[] = [];
  lines.forEach((line, i) => {
    const last = segments.at(-1);
    if (last && last.aligned === inRun[i]) last.lines.push(line);
    else segments.push({ aligned: inRun[i] ?? false, lines: [line] });
  });
  return segments;
}

/** A label, an end marker or a wire trailer line, whose spacing ("-0-        10/25/2005") makes no column. */
function isMarkerLine(text: string): boolean {
  return isEndMarker(text) || isMoreMarker(text) || isTrailerLine(text) || opensWireContact(text) || isExhibitLabel(text) || isBanner(text) || issuedDateText(text) !== null;
}

/** A line that belongs to the table next to it: a rule, or a short header or row label with aligned lines just below. */
function reachesTable(lines: readonly SourceLine[], aligned: readonly boolean[], index: number): boolean {
  const line = lines[index];
  if (!line) return false;
  if (isFrame(line)) return true;
  if (isProseLine(line.text) || listMarker(line.text) !== null) return false;
  return aligned.slice(index + 1, index + 1 + TABLE_REACH).some(Boolean);
}

function isProseLine(text: string): boolean {
  return endsSentence(text) && hasWords(text, 6);
}

/** Prose lines: label and marker lines stand alone; the rest is read into paragraphs and items. */
function readText(lines: readonly SourceLine[], layout: Layout, atTop: boolean): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let run: SourceLine[] = [];
  const flush = (): void => {
    if (run.length > 0) for (const block of readProse(run, layout, atTop)) blocks.push(block);
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (opensWireContact(line.text)) {
      flush();
      let end = i;
      while (end < lines.length - 1 && !(lines[end]?.text.trim().endsWith('/') ?? true)) end++;
      blocks.push({ shape: 'text', lines: lines.slice(i, end + 1), gapBefore: false });
      i = end;
      continue;
    }
    if (standsAlone(line, lines[i - 1], layout)) {
      flush();
      blocks.push({ shape: 'text', lines: [line], gapBefore: false });
      continue;
    }
    run.push(line);
  }
  flush();
  return blocks;
}

/** A label, marker or rule on its own line, which no wrapped sentence runs into. */
function standsAlone(line: SourceLine, previous: SourceLine | undefined, layout: Layout): boolean {
  const text = line.text;
  if (isExhibitLabel(text) || isRule(text) || isPlaceholder(text) || isEndMarker(text) || isMoreMarker(text) || isTrailerLine(text)) return true;
  if (previous && isFull(previous, line, layout.width) && !endsClause(previous.text)) return false;
  return isBanner(text) || issuedDateText(text) !== null || isDeskLine(text) || isPageNumber(text);
}

type Piece = { kind: 'text'; lines: SourceLine[] } | { kind: 'item'; marker: ListMarker; lines: SourceLine[] };

/**
 * Reads prose lines into paragraphs and items. Hard-wrapped lines join into one paragraph while
 * each line reaches the wrap width; a paragraph ends where a line stops short after a sentence,
 * where the next line is indented further (a first-line indent), or where a list item or a
 * heading begins. At the top, a paragraph that opens with a dateline starts where it does.
 * Lines that are no sentences (an address, a centred title) are kept as laid out rather than
 * guessed at.
 */
function readProse(lines: readonly SourceLine[], layout: Layout, atTop: boolean): SourceBlock[] {
  const leadAt = atTop ? datelineStart(lines, layout) : -1;
  if (leadAt > 0) return [...readProse(lines.slice(0, leadAt), layout, atTop), ...readProse(lines.slice(leadAt), layout, false)];
  const width = blockWidth(lines, layout);
  const baseIndent = least(lines.map((line) => line.indent));
  const pieces: Piece[] = [];
  let current: Piece | null = null;
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const marker = listMarker(line.text);
    if (current && previous && !startsPiece(current, previous, line, marker, width, baseIndent)) {
      current.lines.push(line);
      return;
    }
    current = marker ? { kind: 'item', marker, lines: [line] } : { kind: 'text', lines: [line] };
    pieces.push(current);
  });
  if (keepsLayout(lines, pieces, width)) return [{ shape: 'laid-out', lines: [...lines], gapBefore: false, columns: false }];
  return pieces.map((piece) =>
    piece.kind === 'item' ? { shape: 'item', marker: piece.marker, lines: piece.lines, gapBefore: false } : { shape: 'text', lines: piece.lines, gapBefore: false },
  );
}

/** Where, among the first lines, a paragraph opening with a dateline starts after short lines. */
function datelineStart(lines: readonly SourceLine[], layout: Layout): number {
  return lines.findIndex(
    (line, index) =>
      index > 0 &&
      index <= LEAD_REACH &&
      lines.slice(0, index).every((before, k) => !isFull(before, lines[k + 1] ?? line, layout.width)) &&
      matchDateline(joinLines(lines.slice(index, index + 3).map((l) => l.text))) !== null,
  );
}

/** A run's own wrap width when it has enough wrapped lines to tell: never more than the file's. */
function blockWidth(lines: readonly SourceLine[], layout: Layout): number {
  const wrapped = lines.slice(0, -1).map((line) => line.text.length);
  return Number.isFinite(layout.width) && wrapped.length >= 3 ? Math.min(layout.width, greatest(wrapped)) : layout.width;
}

function startsPiece(current: Piece, previous: SourceLine, line: SourceLine, marker: ListMarker | null, width: number, baseIndent: number): boolean {
  const full = isFull(previous, line, width);
  const previousText = previous.text.trim();
  if (marker) return !full || endsClause(previousText) || current.kind === 'item';
  const hanging = current.kind === 'item' && line.indent >= current.marker.textColumn - 1;
  if (!hanging && line.indent > previous.indent + 1) return true;
  // With first-line indents, a paragraph's second line goes back to the block's margin.
  const firstLineIndented = current.kind === 'text' && current.lines.length === 1 && previous.indent > baseIndent + 1;
  if (firstLineIndented && line.indent === previous.indent && endsClause(previousText)) return true;
  if (full) return false;
  if (endsClause(previousText)) return true;
  if (current.lines.length === 1 && current.kind === 'text' && isHeadingText(previousText)) return true;
  return !/^\p{Ll}/u.test(line.text.trimStart());
}

function keepsLayout(lines: readonly SourceLine[], pieces: readonly Piece[], width: number): boolean {
  if (!Number.isFinite(width) || lines.length < 2) return false;
  if (pieces.some((piece) => piece.kind !== 'text' || piece.lines.length > 1)) return false;
  const sentences = lines.filter((line) => endsClause(line.text.trim())).length;
  return sentences <= 1 && (isCentred(lines) || !(pieces.length === 2 && isHeadingText(pieces[0]?.lines[0]?.text ?? '')));
}

/** Indented lines of different lengths set about one middle: a centred title block. */
function isCentred(lines: readonly SourceLine[]): boolean {
  const middles = lines.map((line) => line.indent + line.text.trim().length / 2);
  const indents = new Set(lines.map((line) => line.indent));
  return indents.size > 1 && lines.every((line) => line.indent > 0) && greatest(middles) - least(middles) <= 1;
}

/** An exhibit label, banner or date line with something else beside it after a wide gap. */
const BESIDE = /^(\s*\S(?:.*?\S)?)( {4,})(\S.*)$/;

/** The lines, each cut where a label has something beside it: the same array when none is. */
function splitBesideLabels(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((line) => besideLabel(line) !== null)) return lines;
  return lines.flatMap((line) => besideLabel(line) ?? [line]);
}

/**
 * Cuts a line in two where a label that the release lists first ("FOR IMMEDIATE RELEASE",
 * "Exhibit 99.1", "For Immediate Release: November 22, 2024") has something else set beside it
 * after a wide gap, so each is read for what it is and the reading order holds.
 */
function besideLabel(line: SourceLine): [SourceLine, SourceLine] | null {
  if (line.text.length > LABEL_LINE_MAX || !line.text.includes('    ')) return null;
  const match = BESIDE.exec(line.text);
  const left = match?.[1] ?? '';
  const right = match?.[3] ?? '';
  if (!match || !(isExhibitLabel(left) || isBanner(left) || issuedDateText(left) !== null) || isExhibitLabel(right)) return null;
  const column = left.length + (match[2]?.length ?? 0);
  return [
    { ...line, text: left },
    { ...line, text: ' '.repeat(column) + right, indent: column, afterPageBreak: false },
  ];
}
