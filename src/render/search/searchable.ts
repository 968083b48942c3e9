import type { LoadedRelease } from '../../content/site.js';
import type { Block, TableBlock } from '../../release/model.js';
import { listedHeadline } from '../headline-text.js';

/** What a release is found by: the words of each field, as the page shows them. */
export interface Searchable {
  /** The headline lists show (front matter's, else the filing's), and the filed one when it differs. */
  headline: string;
  /** The company and its ticker symbol. */
  company: string;
  /**
   * The passages a result can show: the subheadline and each block of the body. The safe
   * harbor is left out: the same legal boilerplate in every release, it would make its words
   * ("risks", "uncertainties") find them all. A table is its caption, headings, row labels and
   * notes: the figures in its cells are not words a reader searches for, and would be most of
   * the index (a different number in nearly every cell).
   */
  passages: readonly string[];
}

export function searchableOf(loaded: LoadedRelease): Searchable {
  const { release } = loaded;
  const listed = listedHeadline(loaded);
  const filed = release.headline?.text;
  return {
    headline: filed === undefined || filed === listed ? listed : `${listed}\n${filed}`,
    company: [release.company, release.ticker?.symbol].filter((part) => part != null).join('\n'),
    passages: [...(release.subheadline === null ? [] : [release.subheadline.text]), ...release.body.flatMap(blockPassages)],
  };
}

function blockPassages(block: Block): string[] {
  if (block.type === 'list') return block.items.map((item) => item.text);
  if (block.type === 'marker') return [];
  return [block.type === 'table' ? tableWords(block) : block.text];
}

function tableWords(table: TableBlock): string {
  return [
    table.caption ?? '',
    ...table.head.flatMap((row) => row.map((cell) => cell.text)),
    ...table.rows.map((row) => row.label),
    ...table.notes,
  ].filter((text) => text !== '').join(' ');
}
