import type { RawBlock } from './raw-blocks.js';
import { isHeadingText } from '../recognisers/heading.js';
import { type Layout, isFull, isTabular } from './layout.js';
import type { SourceLine } from '../lines/source-lines.js';
import { type ListMarker, listMarker } from '../recognisers/list-marker.js';
import { greatest, least } from './text.js';

/** A run of lines read as one unit: a paragraph or heading, a list item, or preformatted text. */
export type Piece =
  | { kind: 'text'; lines: SourceLine[] }
  | { kind: 'item'; marker: ListMarker; lines: SourceLine[] }
  | { kind: 'pre'; lines: SourceLine[] };

const ENDS_SENTENCE = /[.!?:;]["'’”)\]]*$/;

/**
 * Reads a block into pieces. Hard-wrapped lines join into one paragraph while each line
 * reaches the wrap width; a paragraph ends where a line stops short after a sentence, where
 * the next line is indented further (a first-line indent), or where a list item or a
 * heading begins. A block of short lines that are not sentences (an address, a centred
 * title, columns) is kept as laid out rather than guessed at.
 */
export function readBlock(block: RawBlock, layout: Layout): Piece[] {
  if (isTabular(block, layout)) return [{ kind: 'pre', lines: block.lines }];
  const width = blockWidth(block, layout);
  const baseIndent = least(block.lines.map((line) => line.indent));
  const pieces: Piece[] = [];
  let current: Piece | null = null;
  block.lines.forEach((line, index) => {
    const previous = block.lines[index - 1];
    const marker = listMarker(line.text);
    if (current && previous && !startsPiece(current, previous, line, marker, width, baseIndent)) {
      current.lines.push(line);
      return;
    }
    current = marker ? { kind: 'item', marker, lines: [line] } : { kind: 'text', lines: [line] };
    pieces.push(current);
  });
  return keepsLayout(block, pieces, width) ? [{ kind: 'pre', lines: block.lines }] : pieces;
}

/** A block's own wrap width when it has enough wrapped lines to tell: never more than the file's. */
function blockWidth(block: RawBlock, layout: Layout): number {
  const wrapped = block.lines.slice(0, -1).map((line) => line.text.length);
  return Number.isFinite(layout.width) && wrapped.length >= 3 ? Math.min(layout.width, greatest(wrapped)) : layout.width;
}

function startsPiece(current: Piece, previous: SourceLine, line: SourceLine, marker: ListMarker | null, width: number, baseIndent: number): boolean {
  const full = isFull(previous, line, width);
  const previousText = previous.text.trim();
  if (marker) return !full || ENDS_SENTENCE.test(previousText) || current.kind === 'item';
  const hanging = current.kind === 'item' && line.indent >= current.marker.textColumn - 1;
  if (!hanging && line.indent > previous.indent + 1) return true;
  // With first-line indents, a paragraph's second line goes back to the block's margin.
  const firstLineIndented = current.kind === 'text' && current.lines.length === 1 && previous.indent > baseIndent + 1;
  if (firstLineIndented && line.indent === previous.indent && ENDS_SENTENCE.test(previousText)) return true;
  if (full) return false;
  if (ENDS_SENTENCE.test(previousText)) return true;
  if (current.lines.length === 1 && current.kind === 'text' && isHeadingText(previousText)) return true;
  return !/^[a-z]/.test(line.text.trimStart());
}

function keepsLayout(block: RawBlock, pieces: readonly Piece[], width: number): boolean {
  if (!Number.isFinite(width) || block.lines.length < 2) return false;
  if (pieces.some((piece) => piece.kind !== 'text' || piece.lines.length > 1)) return false;
  const sentences = block.lines.filter((line) => ENDS_SENTENCE.test(line.text.trim())).length;
  return sentences <= 1 && !(pieces.length === 2 && isHeadingText(pieces[0]?.lines[0]?.text ?? ''));
}
