/** One line of the filing, ready for layout analysis. */
export interface SourceLine {
  /** 1-based line number in the file as filed. */
  number: number;
  /** The line with tabs expanded to 8-column stops and trailing spaces removed. */
  text: string;
  /** The line as filed, tabs kept (cells copied from an HTML table are tab-separated), less form feeds and trailing spaces. */
  filed: string;
  indent: number;
  /** The first line after an EDGAR page break (`<PAGE>` or a form feed). */
  afterPageBreak: boolean;
  /** Inside an EDGAR `<TABLE>` … `</TABLE>`: its layout carries meaning. */
  inTable: boolean;
}

const PAGE_MARK = /^\s*<PAGE>\s*\d*\s*$/i;
const PAGE_NUMBER = /^\s*(?:-\s*\d{1,3}\s*-|\d{1,3}|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)\s*$/i;
/** EDGAR's SGML envelope and table tags: furniture, never words of the release. */
const ENVELOPE = /^\s*<\/?(?:DOCUMENT|TYPE|SEQUENCE|FILENAME|DESCRIPTION|TEXT)>.*$/i;
const TABLE_OPEN = /^\s*<TABLE>\s*$/i;
const TABLE_CLOSE = /^\s*<\/TABLE>\s*$/i;
const TABLE_TAG_LINE = /^\s*<\/?(?:CAPTION|FN)>\s*$/i;
/** Column tags inside an EDGAR table, replaced by spaces of the same width to keep alignment. */
const COLUMN_TAG = /<[SC]>/gi;

/**
 * Splits the text into lines and takes out EDGAR page furniture: `<PAGE>` markers and the
 * page numbers beside them, form feeds, and the SGML envelope and table tags.
 */
export function sourceLines(text: string): SourceLine[] {
  const raw = text.split('\n');
  const furniture = furnitureLines(raw);
  const lines: SourceLine[] = [];
  let pageBreak = false;
  let inTable = false;
  raw.forEach((original, index) => {
    if (furniture.has(index)) {
      if (PAGE_MARK.test(original)) pageBreak = true;
      if (TABLE_OPEN.test(original)) inTable = true;
      if (TABLE_CLOSE.test(original)) inTable = false;
      return;
    }
    const formFeed = original.includes('\f');
    if (formFeed) pageBreak = true;
    // Most lines hold neither a form feed nor a tag: no pass of a pattern over them.
    const withoutFeeds = formFeed ? original.replace(/\f/g, '') : original;
    const filed = (withoutFeeds.includes('<') ? withoutFeeds.replace(COLUMN_TAG, '   ') : withoutFeeds).trimEnd();
    const expanded = expandTabs(filed).trimEnd();
    // A row of column tags alone is table furniture, not a blank line that ends the table.
    if (inTable && expanded === '' && /<[SC]>/i.test(original)) return;
    const indent = expanded.length - expanded.trimStart().length;
    lines.push({ number: index + 1, text: expanded, filed, indent, afterPageBreak: pageBreak && expanded !== '', inTable });
    if (expanded !== '') pageBreak = false;
  });
  return lines;
}

function furnitureLines(raw: readonly string[]): Set<number> {
  const furniture = new Set<number>();
  raw.forEach((line, index) => {
    // Every piece of furniture is a tag.
    if (!line.includes('<')) return;
    if (ENVELOPE.test(line) || TABLE_OPEN.test(line) || TABLE_CLOSE.test(line) || TABLE_TAG_LINE.test(line)) {
      furniture.add(index);
    }
    if (!PAGE_MARK.test(line)) return;
    furniture.add(index);
    for (const neighbour of [nonBlankNeighbour(raw, index, -1), nonBlankNeighbour(raw, index, 1)]) {
      if (neighbour !== -1 && PAGE_NUMBER.test(raw[neighbour] ?? '')) furniture.add(neighbour);
    }
  });
  return furniture;
}

function nonBlankNeighbour(raw: readonly string[], from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < raw.length; i += step) {
    if ((raw[i] ?? '').trim() !== '') return i;
  }
  return -1;
}

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const char of line) {
    out += char === '\t' ? ' '.repeat(8 - (out.length % 8)) : char;
  }
  return out;
}
