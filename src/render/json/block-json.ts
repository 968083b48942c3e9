import type { Block, TableBlock } from '../../release/model.js';

export interface TableJson {
  type: 'table';
  caption: string | null;
  head: { text: string; colspan: number }[][];
  rows: { label: string; level: number; cells: { text: string; value: number | null }[] }[];
  notes: string[];
}

export type BlockJson =
  | { type: 'paragraph' | 'heading'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'preformatted'; text: string }
  | TableJson;

/** Blocks as published in JSON; end markers and wire trailers carry no content and are left out. */
export function blocksJson(blocks: readonly Block[]): BlockJson[] {
  return blocks.flatMap((block): BlockJson[] => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
      case 'preformatted':
        return [{ type: block.type, text: block.text }];
      case 'list':
        return [{
          type: 'list',
          items: block.items.map((item) => (block.ordered ? `${item.marker} ${item.text}` : item.text)),
        }];
      case 'table':
        return [tableJson(block)];
      case 'marker':
        return [];
    }
  });
}

/** A table as published: the cells as filed and the numbers they state, field by field. */
function tableJson(table: TableBlock): TableJson {
  return {
    type: 'table',
    caption: table.caption,
    head: table.head.map((row) => row.map((cell) => ({ text: cell.text, colspan: cell.colspan }))),
    rows: table.rows.map((row) => ({
      label: row.label,
      level: row.level,
      cells: row.cells.map((cell) => ({ text: cell.text, value: cell.value })),
    })),
    notes: [...table.notes],
  };
}
