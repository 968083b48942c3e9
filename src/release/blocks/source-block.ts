import type { SourceLine } from '../lines/source-lines.js';
import type { PreformattedBlock, TableBlock } from '../model.js';
import type { ListMarker } from '../recognisers/list-marker.js';

/**
 * One unit of the filing, read as one thing: a paragraph, heading or label line (`text`), a
 * list item (`item`), or lines whose layout carries meaning, kept as laid out (`laid-out`).
 * `gapBefore` tells whether a blank line (or the start of the file) stands before it.
 */
export type SourceBlock =
  | { shape: 'text'; lines: SourceLine[]; gapBefore: boolean }
  | { shape: 'item'; lines: SourceLine[]; gapBefore: boolean; marker: ListMarker }
  /** `columns`: aligned in columns (a table); otherwise short lines that are no sentences (an address, a title block). */
  | { shape: 'laid-out'; lines: SourceLine[]; gapBefore: boolean; columns: boolean }
  /** A table's lines, read by the table reader: a table, or the region as filed when unsure. */
  | { shape: 'table'; lines: SourceLine[]; gapBefore: boolean; read: TableBlock | PreformattedBlock };
