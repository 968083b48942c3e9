import { appendBlock, contactBlock, firstLine, pieceBlock } from './block-builders.js';
import type { RawBlock } from './blocks.js';
import { isContactBlock } from './contacts.js';
import { matchDateline } from './dateline.js';
import type { Layout } from './layout.js';
import { isEndMarker, isMoreMarker, isTrailerLine } from './markers.js';
import type { Block, ContactBlock, Dateline, SafeHarbor } from './model.js';
import { readBlock } from './pieces.js';
import { inlineSafeHarborHeading, isSafeHarborHeading, isSafeHarborParagraph } from './safe-harbor.js';

export interface Body {
  dateline: Dateline | null;
  body: Block[];
  safeHarbor: SafeHarbor | null;
  trailer: Block[];
  contactBlocks: ContactBlock[];
  releaseNumber: string | null;
}

type Zone = 'body' | 'safeHarbor' | 'trailer';

const LEAD_SEARCH = 3;

/**
 * Reads the body in order. The lead paragraph may open with the dateline. A safe-harbor
 * heading (or a paragraph that is plainly a safe-harbor statement) opens that section, which
 * runs until a heading on another subject, a contact block or the end marker. Contact
 * blocks are gathered wherever they stand; after an end marker or a wire trailer line,
 * everything is trailer.
 */
export function readBody(blocks: readonly RawBlock[], layout: Layout): Body {
  const result: Body = { dateline: null, body: [], safeHarbor: null, trailer: [], contactBlocks: [], releaseNumber: null };
  let zone: Zone = 'body';
  let paragraphsSeen = 0;

  const target = (): Block[] => (zone === 'body' ? result.body : zone === 'trailer' ? result.trailer : (result.safeHarbor?.body ?? result.trailer));

  for (const block of blocks) {
    if (isContactBlock(block)) {
      const { block: contacts, releaseNumber } = contactBlock(block);
      result.contactBlocks.push(contacts);
      result.releaseNumber ??= releaseNumber;
      if (zone === 'safeHarbor') zone = 'trailer';
      continue;
    }
    for (const piece of readBlock(block, layout)) {
      const built = pieceBlock(piece);
      if (built.type === 'heading' || built.type === 'paragraph') {
        const text = built.text;
        if (piece.lines.length === 1 && (isEndMarker(text) || isTrailerLine(text))) {
          zone = 'trailer';
          result.trailer.push({ type: 'marker', line: built.line, text });
          continue;
        }
        if (piece.lines.length === 1 && isMoreMarker(text)) {
          target().push({ type: 'marker', line: built.line, text });
          continue;
        }
        if (zone !== 'trailer' && result.safeHarbor === null) {
          const opened = openSafeHarbor(built, paragraphsSeen);
          if (opened) {
            result.safeHarbor = opened;
            zone = 'safeHarbor';
            continue;
          }
        }
        if (zone === 'safeHarbor' && built.type === 'heading' && !isSafeHarborHeading(text)) zone = 'trailer';
        if (built.type === 'paragraph' && zone === 'body') {
          if (result.dateline === null && paragraphsSeen < LEAD_SEARCH) result.dateline = leadDateline(built, firstLine(piece.lines));
          paragraphsSeen++;
        }
      }
      appendBlock(target(), built);
    }
  }
  return result;
}

function openSafeHarbor(block: Extract<Block, { type: 'heading' | 'paragraph' }>, paragraphsSeen: number): SafeHarbor | null {
  const { line, text } = block;
  if (block.type === 'heading' && isSafeHarborHeading(text)) return { line, heading: text, body: [] };
  if (block.type !== 'paragraph' || paragraphsSeen === 0) return null;
  if (text.split(' ').length <= 16 && isSafeHarborHeading(text)) return { line, heading: text, body: [] };
  const inline = inlineSafeHarborHeading(text);
  if (inline) return { line, heading: inline.heading, body: [{ type: 'paragraph', line, text: inline.text }] };
  if (isSafeHarborParagraph(text)) return { line, heading: null, body: [block] };
  return null;
}

function leadDateline(block: { text: string }, line: number): Dateline | null {
  const match = matchDateline(block.text);
  return match ? { line, text: match.text, city: match.city, dateText: match.dateText } : null;
}
