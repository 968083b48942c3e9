import type { RawBlock } from '../blocks/raw-blocks.js';
import { columnStart, readContacts, splitColumns } from './contacts.js';
import { isHeadingText } from '../recognisers/heading.js';
import type { SourceLine } from '../lines/source-lines.js';
import type { Block, ContactBlock, ListItem } from '../model.js';
import type { Piece } from '../blocks/pieces.js';
import { collapse, joinLines, least } from '../blocks/text.js';

/** The text of lines kept as laid out, less the indent they share. */
export function preformattedText(lines: readonly SourceLine[]): string {
  const indent = least(lines.filter((line) => line.text !== '').map((line) => line.indent));
  return lines.map((line) => line.text.slice(indent)).join('\n');
}

export function firstLine(lines: readonly SourceLine[]): number {
  return lines[0]?.number ?? 1;
}

/** A paragraph, heading or preformatted block; list items are gathered by `appendBlock`. */
export function pieceBlock(piece: Piece): Block {
  const line = firstLine(piece.lines);
  if (piece.kind === 'pre') return { type: 'preformatted', line, text: preformattedText(piece.lines) };
  const text = joinLines(piece.lines.map((l) => l.text));
  if (piece.kind === 'item') return { type: 'list', line, ordered: piece.marker.ordered, items: [listItem(piece)] };
  return piece.lines.length === 1 && isHeadingText(text) ? { type: 'heading', line, text } : { type: 'paragraph', line, text };
}

function listItem(piece: Extract<Piece, { kind: 'item' }>): ListItem {
  const [first, ...rest] = piece.lines.map((l) => l.text);
  const text = joinLines([(first ?? '').slice(piece.marker.textColumn), ...rest]);
  return { marker: piece.marker.marker, text };
}

/** Appends a block, adding a list item to the list just before it when they belong together. */
export function appendBlock(blocks: Block[], block: Block): void {
  const last = blocks.at(-1);
  if (block.type === 'list' && last?.type === 'list' && last.ordered === block.ordered) {
    last.items.push(...block.items);
    return;
  }
  blocks.push(block);
}

/** A contact block, its people read column by column when it sets them side by side. */
export function contactBlock(block: RawBlock): { block: ContactBlock; releaseNumber: string | null } {
  const filed = block.lines.map((line) => line.text);
  const start = columnStart(filed);
  const columns = start === null ? null : splitColumns(filed, start);
  const read = (columns ?? [filed]).map((lines) => readContacts(lines));
  return {
    block: { line: firstLine(block.lines), lines: filed.map(collapse), columns, contacts: read.flatMap((r) => r.contacts) },
    releaseNumber: read.find((r) => r.releaseNumber !== null)?.releaseNumber ?? null,
  };
}
