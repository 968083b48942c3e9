import { contactBlock } from './block-builders.js';
import type { RawBlock } from './blocks.js';
import { isContactBlock, isContactLike } from './contacts.js';
import { matchDateline } from './dateline.js';
import { isBanner, isDeskLine, isExhibitLabel, issuedDateText, readSlugLine } from './header-lines.js';
import { type Layout, isFull, isTabular } from './layout.js';
import type { Release } from './model.js';
import { joinLines, wordCount } from './text.js';

/** What the top of a filing holds, before its body. */
export type Top = Pick<
  Release,
  'exhibit' | 'banners' | 'slugLine' | 'headline' | 'subheadline' | 'deskLine' | 'issued' | 'contactBlocks' | 'releaseNumber' | 'wire' | 'ticker'
> & {
  /** The blocks from the body's first on. */
  rest: RawBlock[];
};

const LOOK_AHEAD = 15;
const SUBHEADLINE_WORDS = 40;

/**
 * Reads the top of the filing: exhibit label, banners, contact blocks and a date line in any
 * order, then the headline (after a wire slug, if any), a desk line, a subheadline, up to the
 * lead paragraph that opens with the dateline, or the first block that reads as prose.
 */
export function readTop(allBlocks: readonly RawBlock[], layout: Layout): Top {
  const blocks = splitTopBlocks(allBlocks, layout);
  const lead = blocks.findIndex((block, index) => index < LOOK_AHEAD && opensWithDateline(block));
  const top: Top = {
    exhibit: null, banners: [], slugLine: null, headline: null, subheadline: null, deskLine: null,
    issued: null, contactBlocks: [], releaseNumber: null, wire: null, ticker: null, rest: [],
  };
  const end = lead === -1 ? Math.min(blocks.length, LOOK_AHEAD) : lead;
  let index = 0;
  for (; index < end; index++) {
    const block = blocks[index];
    if (!block || !readTopBlock(top, block, layout)) break;
  }
  top.rest = blocks.slice(index);
  return top;
}

/** Takes one block into the top, or answers false where the body begins. */
function readTopBlock(top: Top, block: RawBlock, layout: Layout): boolean {
  const [first] = block.lines;
  if (!first) return true;
  const single = block.lines.length === 1;
  const text = joinLines(block.lines.map((line) => line.text));
  const line = first.number;
  const issuedText = single ? issuedDateText(text) : null;
  if (single && top.exhibit === null && isExhibitLabel(text)) top.exhibit = { line, text };
  else if (single && isBanner(text)) top.banners.push({ line, text });
  else if (issuedText !== null && top.issued === null) top.issued = { line, text, dateText: issuedText };
  else if (single && top.deskLine === null && isDeskLine(text)) top.deskLine = { line, text };
  else if (isContactBlock(block) || (top.headline === null && isContactLike(block))) {
    const { block: contacts, releaseNumber } = contactBlock(block);
    top.contactBlocks.push(contacts);
    top.releaseNumber ??= releaseNumber;
  } else if (top.headline === null && !isProse(block, layout) && !isTabular(block, layout)) {
    readHeadline(top, block);
  } else if (top.headline !== null && top.subheadline === null && isShort(block, layout)) {
    top.subheadline = { line, text };
  } else {
    return false;
  }
  return true;
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
  if (block.lines.length < 2) return [block];
  const leadAt = block.lines.findIndex(
    (line, index) =>
      index > 0 &&
      index <= 4 &&
      block.lines.slice(0, index).every((before, k) => !isFull(before, block.lines[k + 1] ?? line, layout.width)) &&
      matchDateline(joinLines(block.lines.slice(index, index + 3).map((l) => l.text))) !== null,
  );
  if (leadAt > 0) return [...splitTopBlock({ lines: block.lines.slice(0, leadAt) }, layout), { lines: block.lines.slice(leadAt) }];
  const wrapped = block.lines.some((line, index) => {
    const next = block.lines[index + 1];
    return next !== undefined && isFull(line, next, layout.width);
  });
  if (wrapped) return [block];
  const parts: RawBlock[] = [];
  for (const line of block.lines) {
    const standalone = isExhibitLabel(line.text) || isBanner(line.text) || issuedDateText(line.text) !== null || isDeskLine(line.text);
    const last = parts.at(-1);
    if (standalone || !last || isStandaloneBlock(last)) parts.push({ lines: [line] });
    else last.lines.push(line);
  }
  return parts;
}

function isStandaloneBlock(block: RawBlock): boolean {
  const [only] = block.lines;
  if (!only || block.lines.length > 1) return false;
  return isExhibitLabel(only.text) || isBanner(only.text) || issuedDateText(only.text) !== null || isDeskLine(only.text);
}
