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

/**
 * The first line where the release's text and the filing's part ways, ignoring white space,
 * reading EDGAR's stand-ins as the symbols they stand for and, inside a table, leaving out its
 * layout (rule lines and dot leaders, shown as borders and cell boundaries); null when every
 * other character of the filing is in the release, in order, and nothing else.
 */
export function firstUnfaithfulLine(lines: readonly SourceLine[], release: Release): number | null {
  const held = new HeldText(partsInFilingOrder(release).map((part) => part.text));
  const tables = releaseTables(release).sort((a, b) => a.line - b.line);
  let table = 0;
  const inTable = (line: SourceLine): boolean => {
    while (tables[table] && (tables[table]?.endLine ?? 0) < line.number) table += 1;
    return (tables[table]?.line ?? Number.POSITIVE_INFINITY) <= line.number;
  };
  for (const line of lines) {
    if (!held.holds(transliterate(inTable(line) ? tableContent(line.text) : line.text))) return line.number;
  }
  return held.next() === END ? null : (lines.at(-1)?.number ?? 1);
}

const END = -1;

/**
 * The release's text read one character at a time, white space skipped. Read in place: copies
 * of every part without its spaces cost more than the comparison.
 */
class HeldText {
  #part = 0;
  #at = 0;

  constructor(private readonly parts: readonly string[]) {}

  /** The next character that is not white space, or END. */
  next(): number {
    for (let text = this.parts[this.#part]; text !== undefined; text = this.parts[++this.#part], this.#at = 0) {
      while (this.#at < text.length) {
        const code = text.charCodeAt(this.#at++);
        if (!isWhiteSpace(code)) return code;
      }
    }
    return END;
  }

  /** Whether the next characters are those of `filed` but white space, in order. */
  holds(filed: string): boolean {
    for (let index = 0; index < filed.length; index++) {
      const code = filed.charCodeAt(index);
      if (!isWhiteSpace(code) && this.next() !== code) return false;
    }
    return true;
  }
}
