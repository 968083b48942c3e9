import { appendBlock, contactBlock, firstLine, pieceBlock } from './block-builders.js';
import type { RawBlock } from '../blocks/raw-blocks.js';
import { isContactBlock, opensContact } from './contacts.js';
import { matchDateline } from '../recognisers/dateline.js';
import type { Layout } from '../blocks/layout.js';
import { isEndMarker, isMoreMarker, isTrailerLine } from '../recognisers/markers.js';
import type { Block, ContactBlock, Dateline, SafeHarbor } from '../model.js';
import { readBlock } from '../blocks/pieces.js';
import { inlineSafeHarborHeading, isSafeHarborHeading, isSafeHarborParagraph } from '../recognisers/safe-harbor.js';

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

  const addContacts = (block: RawBlock): void => {
    const { block: contacts, releaseNumber } = contactBlock(block);
    result.contactBlocks.push(contacts);
    result.releaseNumber ??= releaseNumber;
    if (zone === 'safeHarbor') zone = 'trailer';
  };

  for (const block of blocks) {
    if (block.claimed) {
      target().push(block.claimed);
      continue;
    }
    if (isContactBlock(block)) {
      addContacts(block);
      continue;
    }
    if (opensTrailer(block)) {
      zone = 'trailer';
      readTrailerBlock(block, result.trailer, addContacts);
      continue;
    }
    for (const piece of readBlock(block, layout)) {
      if (piece.kind === 'text' && opensContact(piece.lines[0]?.text ?? '')) {
        addContacts({ lines: piece.lines });
        continue;
      }
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

function opensTrailer(block: RawBlock): boolean {
  const first = block.lines[0]?.text ?? '';
  return block.lines.length > 1 && (isEndMarker(first) || isTrailerLine(first));
}

/**
 * A wire trailer, line by line: each line a marker, but for a "/CONTACT: … /" entry, which
 * may run over several lines until its closing slash.
 */
function readTrailerBlock(block: RawBlock, trailer: Block[], addContacts: (block: RawBlock) => void): void {
  let contact: RawBlock | null = null;
  for (const line of block.lines) {
    const text = line.text.trim();
    if (contact === null && opensContact(text)) contact = { lines: [] };
    if (contact) {
      contact.lines.push(line);
      if (text.endsWith('/') || !text.startsWith('/')) {
        addContacts(contact);
        contact = null;
      }
      continue;
    }
    trailer.push({ type: 'marker', line: line.number, text });
  }
  if (contact) addContacts(contact);
}

function openSafeHarbor(block: Extract<Block, { type: 'heading' | 'paragraph' }>, paragraphsSeen: number): SafeHarbor | null {
  const { line, text } = block;
  // The lead paragraph never opens the safe harbor; a heading anywhere may.
  if (block.type === 'paragraph' && paragraphsSeen === 0) return null;
  if (isSafeHarborHeading(text)) return { line, heading: text, body: [] };
  if (block.type !== 'paragraph') return null;
  const inline = inlineSafeHarborHeading(text);
  if (inline) return { line, heading: inline.heading, body: [{ type: 'paragraph', line, text: inline.text }] };
  if (isSafeHarborParagraph(text)) return { line, heading: null, body: [block] };
  return null;
}

function leadDateline(block: { text: string }, line: number): Dateline | null {
  const match = matchDateline(block.text);
  return match ? { line, text: match.text, city: match.city, dateText: match.dateText } : null;
}
