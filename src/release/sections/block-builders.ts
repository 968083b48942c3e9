import { joinLines, least } from '../blocks/reflow.js';
import type { Classified } from '../kinds/classified.js';
import type { SourceLine } from '../lines/source-lines.js';
import type { Block, ContactBlock, HeaderLine } from '../model.js';
import { transliterateKeepingColumns } from '../recognisers/transliterations.js';
import { collapse } from '../recognisers/words.js';
import { contactColumns } from './contact-columns.js';
import { readContacts } from './contacts.js';

/** The text of lines kept as laid out, less the indent they share. */
export function preformattedText(lines: readonly SourceLine[]): string {
  const indent = least(lines.filter((line) => line.text !== '').map((line) => line.indent));
  return lines.map((line) => transliterateKeepingColumns(line.text.slice(indent))).join('\n');
}

export function headerLine(block: Classified): HeaderLine {
  return { line: block.line, text: block.text };
}

/** The model's block for a classified block of the body; list items are gathered by `appendBlock`. */
export function bodyBlock(block: Classified): Block {
  const { line, text } = block;
  const source = block.block;
  if (source.shape === 'table') return source.read;
  if (source.shape === 'laid-out') return { type: 'preformatted', line, text: preformattedText(source.lines) };
  if (source.shape === 'item') {
    const [first, ...rest] = source.lines.map((l) => l.text);
    const itemText = joinLines([(first ?? '').slice(source.marker.textColumn), ...rest]);
    return { type: 'list', line, ordered: source.marker.ordered, items: [{ marker: source.marker.marker, text: itemText }] };
  }
  switch (block.kind) {
    case 'end': case 'more': case 'page-number': case 'wire-trailer': case 'rule':
      return { type: 'marker', line, text: source.lines.map((l) => l.text.trim()).join(' ') };
    default:
      return block.heading ? { type: 'heading', line, text } : { type: 'paragraph', line, text };
  }
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

/** A contact block from its blocks, its people read column by column when it sets them side by side. */
export function contactBlock(blocks: readonly Classified[]): { block: ContactBlock; releaseNumber: string | null } {
  const lines = blocks.flatMap((b) => b.block.lines);
  const filed = lines.map((line) => transliterateKeepingColumns(line.text));
  const columns = contactColumns(lines);
  // People set apart by blank lines are read apart, so one's organisation is not the next one's.
  const people = columns ?? splitAtGaps(blocks).map((group) => group.flatMap((b) => b.block.lines.map((line) => transliterateKeepingColumns(line.text))));
  const read = people.map((group) => readContacts(group));
  return {
    block: { line: blocks[0]?.line ?? 1, lines: filed.map(collapse), columns, contacts: read.flatMap((r) => r.contacts) },
    releaseNumber: read.find((r) => r.releaseNumber !== null)?.releaseNumber ?? null,
  };
}

function splitAtGaps(blocks: readonly Classified[]): Classified[][] {
  const groups: Classified[][] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (!last || block.block.gapBefore) groups.push([block]);
    else last.push(block);
  }
  return groups;
}
