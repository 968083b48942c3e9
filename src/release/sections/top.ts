import { joinLines } from '../blocks/reflow.js';
import type { Classified } from '../kinds/classified.js';
import type { Block, ContactBlock, HeaderLine, Release } from '../model.js';
import { bodyBlock, contactBlock, headerLine, preformattedText } from './block-builders.js';
import { contactRun } from './contact-runs.js';
import { isOrganisationName } from './contacts.js';

/** What the top of a filing holds, before its body. */
export type Top = Pick<
  Release,
  'exhibit' | 'banners' | 'slugLine' | 'headline' | 'subheadline' | 'deskLine' | 'issued' | 'releaseNumber' | 'wire' | 'ticker' | 'preamble'
> & {
  contactBlocks: ContactBlock[];
  /** Index of the first block of the body. */
  rest: number;
};

const LOOK_AHEAD = 15;
const LABELS = new Set(['exhibit', 'banner', 'issued', 'desk', 'contact']);
const PARENTHESISED = /^\(.*\)$/;

/**
 * Reads the top of the filing, up to the lead paragraph that opens with the dateline or the
 * first block of prose: exhibit label, banners, contact entries, a date line and a desk line
 * in any order, letterheads, logo placeholders and rules, and the headline (after a wire slug,
 * if any) with its subheadline. The headline is the first title after the last of those labels
 * (what stands above them is preamble), or, when the labels follow it, the last title before
 * them. A rule or a placeholder is never the headline; a headline stacked over several blocks
 * in capitals is one headline.
 */
export function readTop(blocks: readonly Classified[]): Top {
  const top: Top = {
    exhibit: null, banners: [], slugLine: null, headline: null, subheadline: null, deskLine: null,
    issued: null, contactBlocks: [], releaseNumber: null, wire: null, ticker: null, preamble: [], rest: 0,
  };
  const units = topUnits(blocks);
  const lastLabel = units.findLastIndex((unit) => LABELS.has(unit.kind));
  const titles = units.flatMap((unit, index) => (unit.kind === 'title' ? [index] : []));
  const headlineAt = titles.find((index) => index > lastLabel) ?? titles.findLast((index) => index < lastLabel);
  let end = units.length;
  for (const [index, unit] of units.entries()) {
    const [first] = unit.blocks;
    if (!first) continue;
    if (unit.kind === 'contact') addContacts(top, unit.blocks);
    else if (unit.kind === 'exhibit') top.exhibit = headerLine(first);
    else if (unit.kind === 'banner') top.banners.push(headerLine(first));
    else if (unit.kind === 'issued') top.issued = { ...headerLine(first), dateText: first.issued ?? first.text };
    else if (unit.kind === 'desk') top.deskLine = headerLine(first);
    else if (headlineAt === undefined || index < headlineAt) top.preamble.push(...unit.blocks.map(preambleBlock));
    else if (index === headlineAt) readHeadline(top, unit.blocks);
    else if (top.subheadline === null && unit.kind === 'title' && index === headlineAt + 1 && first.block.shape !== 'laid-out') {
      top.subheadline = { line: first.line, text: unit.blocks.map((block) => block.text).join(' ') };
    }
    else {
      end = index;
      break;
    }
  }
  top.rest = units.slice(0, end).reduce((count, unit) => count + unit.blocks.length, 0);
  return top;
}

interface Unit {
  kind: 'exhibit' | 'banner' | 'issued' | 'desk' | 'contact' | 'title' | 'other';
  blocks: Classified[];
}

/** The blocks of the top, up to the body, as units: a contact entry with its people is one. */
function topUnits(blocks: readonly Classified[]): Unit[] {
  const lead = blocks.findIndex((block, index) => index < LOOK_AHEAD && block.kind === 'dateline');
  const end = lead === -1 ? Math.min(blocks.length, LOOK_AHEAD) : lead;
  const units: Unit[] = [];
  for (let index = 0; index < end; index++) {
    const block = blocks[index];
    if (!block) break;
    const kind = block.kind;
    if (kind === 'contact' || (kind === 'contact-lines' && namesPerson(block) && !units.some((u) => u.kind === 'title'))) {
      const run = contactRun(blocks, index, end);
      units.push({ kind: 'contact', blocks: run });
      index += run.length - 1;
      continue;
    }
    const once = kind === 'exhibit' || kind === 'issued' || kind === 'desk';
    if (kind === 'banner' || (once && !units.some((unit) => unit.kind === kind))) units.push({ kind, blocks: [block] });
    else if (once) units.push({ kind: 'title', blocks: [block] });
    else if (kind === 'title' && !(block.block.shape === 'laid-out' && titleSinceLabels(units))) units.push({ kind: 'title', blocks: stacked(blocks, index, end) });
    else if (kind === 'placeholder' || kind === 'rule' || kind === 'contact-lines' || kind === 'title') units.push({ kind: 'other', blocks: [block] });
    else break;
    index += (units.at(-1)?.blocks.length ?? 1) - 1;
  }
  return units;
}

/** A title already stands after the labels (a letterhead above them is no title of the release). */
function titleSinceLabels(units: readonly Unit[]): boolean {
  const lastLabel = units.findLastIndex((unit) => LABELS.has(unit.kind));
  return units.some((unit, index) => index > lastLabel && unit.kind === 'title');
}

/** A headline in capitals stacked over blocks of its own: the blocks that go on with it. */
function stacked(blocks: readonly Classified[], index: number, end: number): Classified[] {
  const run = [blocks[index]].filter((b) => b !== undefined);
  for (let next = index + 1; next < end; next++) {
    const block = blocks[next];
    const last = run.at(-1);
    if (!block || !last || block.kind !== 'title' || !last.capitals || !block.capitals || block.block.shape === 'laid-out' || last.block.shape === 'laid-out') break;
    run.push(block);
  }
  return run;
}

function namesPerson(block: Classified): boolean {
  return contactBlock([block]).block.contacts.some((contact) => contact.name !== null);
}

function addContacts(top: Top, blocks: readonly Classified[]): void {
  const { block, releaseNumber } = contactBlock(blocks);
  top.contactBlocks.push(block);
  top.releaseNumber ??= releaseNumber;
}

function preambleBlock(block: Classified): Block {
  return block.block.shape === 'laid-out' || block.kind === 'contact-lines'
    ? { type: 'preformatted', line: block.line, text: preformattedText(block.block.lines) }
    : bodyBlock(block);
}

/**
 * The headline, after a wire slug if one opens it. A title block of short lines keeps above the
 * headline a company name that opens it, and under it a parenthesised note as the subheadline.
 */
function readHeadline(top: Top, blocks: readonly Classified[]): void {
  const [first] = blocks;
  if (!first) return;
  if (blocks.length === 1 && first.block.shape === 'laid-out') {
    readTitleBlock(top, first);
    return;
  }
  const slug = first.slug;
  if (slug) {
    top.slugLine = { line: first.line, text: slug.slug };
    top.wire = slug.wire;
    top.ticker = slug.ticker;
  }
  const text = blocks.map((block) => block.text).join(' ');
  const headline = slug ? text.slice(text.indexOf(slug.slug) + slug.slug.length).trim() : text;
  if (headline === '') return;
  const line = slug?.rest === '' ? (first.block.lines[1]?.number ?? first.line) : first.line;
  top.headline = { line, text: headline };
}

function readTitleBlock(top: Top, block: Classified): void {
  const lines = block.block.lines.map((line) => ({ line: line.number, text: joinLines([line.text]) }));
  let from = 0;
  let to = lines.length;
  if (lines.length >= 2 && isOrganisationName(lines[0]?.text ?? '')) {
    top.preamble.push({ type: 'paragraph', line: lines[0]?.line ?? block.line, text: lines[0]?.text ?? '' });
    from = 1;
  }
  const notes: HeaderLine[] = [];
  while (to - 1 > from && PARENTHESISED.test(lines[to - 1]?.text ?? '')) {
    to--;
    const note = lines[to];
    if (note) notes.unshift(note);
  }
  const title = lines.slice(from, to);
  top.headline = { line: title[0]?.line ?? block.line, text: title.map((l) => l.text).join(' ') };
  if (notes.length > 0) top.subheadline = { line: notes[0]?.line ?? block.line, text: notes.map((n) => n.text).join(' ') };
}
