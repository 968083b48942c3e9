import type { Classified } from '../kinds/classified.js';
import type { Block, ContactBlock, Dateline, SafeHarbor } from '../model.js';
import { continuesSafeHarbor, inlineSafeHarborHeading, isSafeHarborHeading, isSafeHarborParagraph } from '../recognisers/safe-harbor.js';
import { appendBlock, bodyBlock, contactBlock } from './block-builders.js';
import { contactRun } from './contact-runs.js';

export interface Body {
  dateline: Dateline | null;
  body: Block[];
  safeHarbor: SafeHarbor | null;
  afterSafeHarbor: Block[];
  trailer: Block[];
  contactBlocks: ContactBlock[];
  releaseNumber: string | null;
}

type Zone = 'body' | 'safeHarbor' | 'after';

const LEAD_SEARCH = 3;
/** Kinds a wire trailer is made of, with the end and page markers around it. */
const TRAILER_KINDS = new Set(['end', 'more', 'page-number', 'wire-trailer', 'rule']);

interface Placed {
  zone: Zone;
  block: Block;
  kind: Classified['kind'];
}

/**
 * Reads the body in order. The lead paragraph may open with the dateline. A safe-harbor
 * heading, a paragraph that a safe-harbor label opens, or a paragraph that is plainly the
 * statement opens that section (never the lead); it runs while its paragraphs speak of risks,
 * forecasts and filings, and what follows it (financial statements, an "About" paragraph, a
 * call notice) is content after it. Contact entries are gathered wherever they stand. The wire
 * trailer is the run of trailer lines and markers that ends the filing.
 */
export function readBody(blocks: readonly Classified[]): Body {
  const result: Body = { dateline: null, safeHarbor: null, body: [], afterSafeHarbor: [], trailer: [], contactBlocks: [], releaseNumber: null };
  const placed: Placed[] = [];
  let zone: Zone = 'body';
  let paragraphsSeen = 0;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (!block) break;
    if (block.kind === 'contact' || block.kind === 'wire-contact') {
      const run = block.kind === 'contact' ? contactRun(blocks, index) : [block];
      const { block: contacts, releaseNumber } = contactBlock(run);
      result.contactBlocks.push(contacts);
      result.releaseNumber ??= releaseNumber;
      index += run.length - 1;
      if (zone === 'safeHarbor') zone = 'after';
      continue;
    }
    const built = bodyBlock(block);
    if (zone === 'body' && result.safeHarbor === null && (built.type === 'heading' || built.type === 'paragraph')) {
      const opened = openSafeHarbor(built, paragraphsSeen);
      if (opened) {
        result.safeHarbor = opened;
        zone = 'safeHarbor';
        continue;
      }
    }
    if (zone === 'safeHarbor' && !staysInSafeHarbor(built)) zone = 'after';
    if (built.type === 'paragraph' && zone === 'body') {
      if (result.dateline === null && paragraphsSeen < LEAD_SEARCH && block.dateline) {
        const { text, city, dateText, wire } = block.dateline;
        result.dateline = { line: block.line, text, city, dateText, wire };
      }
      paragraphsSeen++;
    }
    placed.push({ zone, block: built, kind: block.kind });
  }
  let tail = placed.length;
  while (tail > 0 && TRAILER_KINDS.has(placed[tail - 1]?.kind ?? '')) tail--;
  placed.forEach((entry, index) => {
    if (index >= tail) result.trailer.push(entry.block);
    else appendBlock(entry.zone === 'body' ? result.body : entry.zone === 'after' ? result.afterSafeHarbor : (result.safeHarbor?.body ?? result.body), entry.block);
  });
  return result;
}

function staysInSafeHarbor(block: Block): boolean {
  if (block.type === 'heading') return isSafeHarborHeading(block.text);
  if (block.type === 'paragraph') return continuesSafeHarbor(block.text);
  return block.type === 'list';
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
