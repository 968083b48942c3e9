import { contactBlock, firstLine, pieceBlock } from './block-builders.js';
import type { RawBlock } from '../blocks/raw-blocks.js';
import { isContactBlock, isContactLike } from './contacts.js';
import { matchDateline } from '../recognisers/dateline.js';
import { isBanner, isDeskLine, isExhibitLabel, issuedDateText, readSlugLine } from '../recognisers/header-lines.js';
import { type Layout, isFull, isTabular } from '../blocks/layout.js';
import type { SourceLine } from '../lines/source-lines.js';
import type { HeaderLine, Release } from '../model.js';
import { readBlock } from '../blocks/pieces.js';
import { joinLines, wordCount } from '../blocks/text.js';

/** What the top of a filing holds, before its body. */
export type Top = Pick<
  Release,
  | 'exhibit' | 'banners' | 'slugLine' | 'headline' | 'subheadline' | 'deskLine' | 'issued'
  | 'contactBlocks' | 'releaseNumber' | 'wire' | 'ticker' | 'preamble'
> & {
  /** The blocks from the body's first on. */
  rest: RawBlock[];
};

const LOOK_AHEAD = 15;
const SUBHEADLINE_WORDS = 40;

/**
 * Reads the top of the filing, up to the lead paragraph that opens with the dateline or the
 * first block that reads as prose: exhibit label, banners, contact blocks, a date line and a
 * desk line in any order, and the headline (after a wire slug, if any) with its subheadline.
 * The headline is the first other block after the last of those labels (a letterhead above
 * them is kept as preamble), or, when the labels follow it, the last block before them.
 */
export function readTop(allBlocks: readonly RawBlock[], layout: Layout): Top {
  const blocks = splitTopBlocks(allBlocks, layout);
  const lead = blocks.findIndex((block, index) => index < LOOK_AHEAD && opensWithDateline(block));
  const top: Top = {
    exhibit: null, banners: [], slugLine: null, headline: null, subheadline: null, deskLine: null,
    issued: null, contactBlocks: [], releaseNumber: null, wire: null, ticker: null, preamble: [], rest: [],
  };
  const end = lead === -1 ? Math.min(blocks.length, LOOK_AHEAD) : lead;
  const kinds: Exclude<TopKind, 'body'>[] = [];
  for (const block of blocks.slice(0, end)) {
    const kind = topKind(block, layout, kinds);
    if (kind === 'body') break;
    kinds.push(kind);
  }
  const lastLabel = kinds.findLastIndex((kind) => kind !== 'candidate' && kind !== 'desk');
  const candidates = kinds.flatMap((kind, index) => (kind === 'candidate' ? [index] : []));
  const headline = candidates.find((index) => index > lastLabel) ?? candidates.findLast((index) => index < lastLabel);
  let stop = kinds.length;
  kinds.forEach((kind, index) => {
    const block = blocks[index];
    if (!block || index >= stop) return;
    if (kind !== 'candidate') readLabel(top, block, kind);
    else if (headline === undefined || index < headline) top.preamble.push(...readBlock(block, layout).map(pieceBlock));
    else if (index === headline) readHeadline(top, block);
    else if (top.subheadline === null && isShort(block, layout)) top.subheadline = headerLine(block);
    else stop = index;
  });
  top.rest = blocks.slice(stop);
  return top;
}

type TopKind = 'exhibit' | 'banner' | 'issued' | 'desk' | 'contact' | 'candidate' | 'body';

/** What a block at the top is, given the kinds of the blocks before it. */
function topKind(block: RawBlock, layout: Layout, before: readonly TopKind[]): TopKind {
  if (block.claimed) return 'body';
  const single = block.lines.length === 1;
  const text = joinLines(block.lines.map((line) => line.text));
  if (single && !before.includes('exhibit') && isExhibitLabel(text)) return 'exhibit';
  if (single && isBanner(text)) return 'banner';
  if (single && !before.includes('issued') && issuedDateText(text) !== null) return 'issued';
  if (single && !before.includes('desk') && isDeskLine(text)) return 'desk';
  if (isContactBlock(block) || (!before.includes('candidate') && isContactLike(block))) return 'contact';
  return isProse(block, layout) || isTabular(block, layout) ? 'body' : 'candidate';
}

function readLabel(top: Top, block: RawBlock, kind: Exclude<TopKind, 'candidate' | 'body'>): void {
  const line = headerLine(block);
  if (kind === 'exhibit') top.exhibit = line;
  if (kind === 'banner') top.banners.push(line);
  if (kind === 'issued') top.issued = { ...line, dateText: issuedDateText(line.text) ?? line.text };
  if (kind === 'desk') top.deskLine = line;
  if (kind === 'contact') {
    const { block: contacts, releaseNumber } = contactBlock(block);
    top.contactBlocks.push(contacts);
    top.releaseNumber ??= releaseNumber;
  }
}

function headerLine(block: RawBlock): HeaderLine {
  return { line: firstLine(block.lines), text: joinLines(block.lines.map((line) => line.text)) };
}

function readHeadline(top: Top, block: RawBlock): void {
  const [first, ...others] = block.lines;
  if (!first) return;
  const slug = readSlugLine(first.text);
  if (slug) {
    top.slugLine = { line: first.number, text: slug.slug };
    top.wire = slug.wire;
    top.ticker = slug.ticker;
  }
  const lines = slug ? [slug.rest, ...others.map((l) => l.text)] : block.lines.map((l) => l.text);
  const text = joinLines(lines);
  if (text === '') return;
  const line = slug?.rest === '' ? (others[0]?.number ?? first.number) : first.number;
  top.headline = { line, text };
}

function opensWithDateline(block: RawBlock): boolean {
  return !isContactBlock(block) && matchDateline(joinLines(block.lines.slice(0, 3).map((l) => l.text))) !== null;
}

/** Prose: a paragraph's worth of words, or wrapped lines that make a sentence. */
function isProse(block: RawBlock, layout: Layout): boolean {
  const text = joinLines(block.lines.map((line) => line.text));
  const words = wordCount(text);
  if (words > SUBHEADLINE_WORDS) return true;
  const wrapped = block.lines.some((line, index) => {
    const next = block.lines[index + 1];
    return next !== undefined && isFull(line, next, layout.width);
  });
  return wrapped && words > 15 && /[.!?]["'’”)]*$/.test(text);
}

function isShort(block: RawBlock, layout: Layout): boolean {
  return block.lines.length <= 3 && !isProse(block, layout) && !isTabular(block, layout);
}

/**
 * Separates lines that share a block at the top but are different things: an exhibit label
 * over a banner, a date over a contact, a headline over the lead paragraph.
 */
function splitTopBlocks(blocks: readonly RawBlock[], layout: Layout): RawBlock[] {
  return blocks.flatMap((block, index) => (index < LOOK_AHEAD ? splitTopBlock(block, layout) : [block]));
}

function splitTopBlock(block: RawBlock, layout: Layout): RawBlock[] {
  if (block.claimed) return [block];
  const lines = block.lines.flatMap(splitBesideLabel);
  if (lines.length < 2) return [{ lines }];
  const leadAt = lines.findIndex(
    (line, index) =>
      index > 0 &&
      index <= 4 &&
      lines.slice(0, index).every((before, k) => !isFull(before, lines[k + 1] ?? line, layout.width)) &&
      matchDateline(joinLines(lines.slice(index, index + 3).map((l) => l.text))) !== null,
  );
  if (leadAt > 0) return [...splitTopBlock({ lines: lines.slice(0, leadAt) }, layout), { lines: lines.slice(leadAt) }];
  const wrapped = lines.some((line, index) => {
    const next = lines[index + 1];
    return next !== undefined && isFull(line, next, layout.width);
  });
  if (wrapped) return [{ lines }];
  const parts: RawBlock[] = [];
  let afterStandalone = false;
  for (const line of lines) {
    const standalone = isStandaloneLine(line.text);
    const last = parts.at(-1);
    if (standalone || !last || afterStandalone) parts.push({ lines: [line] });
    else last.lines.push(line);
    afterStandalone = standalone;
  }
  return parts;
}

function isStandaloneLine(text: string): boolean {
  return isExhibitLabel(text) || isBanner(text) || issuedDateText(text) !== null || isDeskLine(text);
}

/** An exhibit label or banner with something else beside it ("FOR IMMEDIATE RELEASE      Contact: …"). */
const BESIDE = /^(\s*\S(?:.*?\S)?)( {4,})(\S.*)$/;

/**
 * Cuts a line in two where an exhibit label or banner has something else set beside it after
 * a wide gap, so each is read for what it is. Only those labels, which the release lists
 * before anything else filed on the same line, so the reading order holds.
 */
function splitBesideLabel(line: SourceLine): SourceLine[] {
  const match = BESIDE.exec(line.text);
  const left = match?.[1] ?? '';
  const right = match?.[3] ?? '';
  if (!match || !(isExhibitLabel(left) || isBanner(left)) || isExhibitLabel(right)) return [line];
  const column = left.length + (match[2]?.length ?? 0);
  return [
    { ...line, text: left },
    { ...line, text: ' '.repeat(column) + right, indent: column, afterPageBreak: false },
  ];
}
