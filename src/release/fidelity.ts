import type { SourceLine } from './lines/source-lines.js';
import type { Block, Release } from './model.js';
import { transliterate } from './recognisers/transliterations.js';
import { isWhiteSpace } from './recognisers/words.js';
import { tableContent } from './table/layout-characters.js';
import { releaseTables } from './table/release-tables.js';
import { tableText } from './table/table-text.js';

interface Part {
  line: number;
  text: string;
}

/**
 * Every piece of text the release holds, in the order of the filing. Parts on the same line
 * keep their order here (the slug line before the headline it opens).
 */
function partsInFilingOrder(release: Release): Part[] {
  const parts: Part[] = [
    ...optional(release.exhibit),
    ...release.banners,
    ...release.contactBlocks.map((block) => ({ line: block.line, text: block.lines.join(' ') })),
    ...optional(release.slugLine),
    ...optional(release.headline),
    ...optional(release.subheadline),
    ...optional(release.deskLine),
    ...optional(release.issued),
    ...release.preamble.map(blockPart),
    ...release.body.map(blockPart),
    ...(release.safeHarbor ? [...optional(headingPart(release.safeHarbor)), ...release.safeHarbor.body.map(blockPart)] : []),
    ...release.afterSafeHarbor.map(blockPart),
    ...release.trailer.map(blockPart),
  ];
  return parts.map((part, order) => ({ part, order }))
    .sort((a, b) => a.part.line - b.part.line || a.order - b.order)
    .map(({ part }) => part);
}

function optional(part: Part | null): Part[] {
  return part ? [part] : [];
}

function headingPart(safeHarbor: NonNullable<Release['safeHarbor']>): Part | null {
  return safeHarbor.heading === null ? null : { line: safeHarbor.line, text: safeHarbor.heading };
}

function blockPart(block: Block): Part {
  if (block.type === 'list') return { line: block.line, text: block.items.map((item) => `${item.marker} ${item.text}`).join(' ') };
  if (block.type === 'table') return { line: block.line, text: tableText(block) };
  return { line: block.line, text: block.text };
}

const SPACE = /\s+/g;

/**
 * The first line where the release's text and the filing's part ways, ignoring white space,
 * reading EDGAR's stand-ins as the symbols they stand for and, inside a table, leaving out its
 * layout (rule lines and dot leaders, shown as borders and cell boundaries); null when every
 * other character of the filing is in the release, in order, and nothing else.
 */
export function firstUnfaithfulLine(lines: readonly SourceLine[], release: Release): number | null {
  const held = partsInFilingOrder(release).map((part) => part.text.replace(SPACE, '')).join('');
  const tables = releaseTables(release).sort((a, b) => a.line - b.line);
  let table = 0;
  const inTable = (line: SourceLine): boolean => {
    while (tables[table] && (tables[table]?.endLine ?? 0) < line.number) table += 1;
    return (tables[table]?.line ?? Number.POSITIVE_INFINITY) <= line.number;
  };
  let offset: number | null = 0;
  for (const line of lines) {
    offset = heldThrough(held, offset, transliterate(inTable(line) ? tableContent(line.text) : line.text));
    if (offset === null) return line.number;
  }
  return offset === held.length ? null : (lines.at(-1)?.number ?? 1);
}

/**
 * Where `held` goes on once it has matched every character of `filed` but white space, in
 * order, from `offset`; null when it does not hold them there. Compared in place: a copy of
 * every line without its spaces cost more than the comparison.
 */
function heldThrough(held: string, offset: number, filed: string): number | null {
  let at = offset;
  for (let index = 0; index < filed.length; index++) {
    const code = filed.charCodeAt(index);
    if (isWhiteSpace(code)) continue;
    if (held.charCodeAt(at) !== code) return null;
    at++;
  }
  return at;
}
