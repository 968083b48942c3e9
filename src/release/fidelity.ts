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
  // The sort is stable: parts on one line stay in the order listed.
  return parts.sort((a, b) => a.line - b.line);
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
  const held = new HeldText(partsInFilingOrder(release).map((part) => part.text).join(' '));
  const tables = releaseTables(release).sort((a, b) => a.line - b.line);
  let table = 0;
  const inTable = (line: SourceLine): boolean => {
    while (tables[table] && (tables[table]?.endLine ?? 0) < line.number) table += 1;
    return (tables[table]?.line ?? Number.POSITIVE_INFINITY) <= line.number;
  };
  for (const line of lines) {
    if (!held.holds(transliterate(inTable(line) ? tableContent(line.text) : line.text))) return line.number;
  }
  return held.atEnd() ? null : (lines.at(-1)?.number ?? 1);
}

/**
 * The release's text read one character at a time, white space skipped. Its parts are joined
 * by a space, which is skipped like any other: copies without the spaces cost more than the
 * comparison.
 */
class HeldText {
  #at = 0;

  constructor(private readonly text: string) {}

  /** Whether the next characters are those of `filed` but white space, in order. */
  holds(filed: string): boolean {
    const text = this.text;
    let at = this.#pastSpace(this.#at);
    // Most lines are held as filed, spaces and all: one comparison, not one for each character.
    const trimmed = filed.trim();
    if (text.startsWith(trimmed, at)) {
      this.#at = at + trimmed.length;
      return true;
    }
    for (let index = 0; index < filed.length; index++) {
      const code = filed.charCodeAt(index);
      if (isWhiteSpace(code)) continue;
      at = this.#pastSpace(at);
      if (at === text.length || text.charCodeAt(at) !== code) return false;
      at++;
    }
    this.#at = at;
    return true;
  }

  /** Whether nothing but white space is left. */
  atEnd(): boolean {
    return this.#pastSpace(this.#at) === this.text.length;
  }

  /** Where the first character that is not white space is, from `at` on. */
  #pastSpace(at: number): number {
    let next = at;
    while (next < this.text.length && isWhiteSpace(this.text.charCodeAt(next))) next++;
    return next;
  }
}
