import type { Block, Dateline, TableBlock } from '../../release/model.js';
import { linkify, type Segment } from '../linkify.js';
import { datedText, type DatedTextView } from './dated-text.js';
import { isLead } from '../../release/sections/lead.js';
import { tableView, type TablePlace, type TableView } from './table-view.js';

export interface ListItemView {
  /** The marker as filed ("1.", "(a)", "•", "–"): part of the text, so shown as it is. */
  marker: string;
  segments: Segment[];
}

export type BlockView =
  | { kind: 'paragraph'; dateline: DatedTextView | null; segments: Segment[] }
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'list'; ordered: boolean; items: ListItemView[] }
  | { kind: 'preformatted'; label: string; text: string }
  | TableView
  | { kind: 'marker'; text: string };

export interface BlockContext {
  headingLevel: 2 | 3;
  dateline: Dateline | null;
  date: string | null;
  /** Names each scrollable preformatted box; landmarks on one page need distinct names. */
  preformattedLabel: () => string;
  /** Where each table stands on the page: its number, its CSV, what names it. */
  tablePlace: (table: TableBlock) => TablePlace;
}

export function blockViews(blocks: readonly Block[], context: BlockContext): BlockView[] {
  return blocks.map((block) => blockView(block, context));
}

function blockView(block: Block, context: BlockContext): BlockView {
  switch (block.type) {
    case 'paragraph':
      return paragraphView(block, context);
    case 'heading':
      return { kind: 'heading', level: context.headingLevel, text: block.text };
    case 'list':
      return {
        kind: 'list',
        ordered: block.ordered,
        items: block.items.map((item) => ({
          marker: item.marker,
          segments: linkify(item.text),
        })),
      };
    case 'preformatted':
      return { kind: 'preformatted', label: context.preformattedLabel(), text: withoutTrailingBlanks(block.text) };
    case 'table':
      return tableView(block, context.tablePlace(block));
    case 'marker':
      return { kind: 'marker', text: block.text };
  }
}

function paragraphView(block: Extract<Block, { type: 'paragraph' }>, context: BlockContext): BlockView {
  const { dateline } = context;
  if (dateline === null || !isLead(block, dateline)) {
    return { kind: 'paragraph', dateline: null, segments: linkify(block.text) };
  }
  return {
    kind: 'paragraph',
    dateline: datedText(dateline.text, dateline.dateText, context.date),
    segments: linkify(block.text.slice(dateline.text.length)),
  };
}

/** Blanks at the ends of lines show nothing; the text as filed keeps them. */
function withoutTrailingBlanks(text: string): string {
  return text.replace(/[ \t]+$/gm, '');
}

/** Labels "Preformatted text 1", "Preformatted text 2", … in page order. */
export function preformattedLabels(): () => string {
  let count = 0;
  return () => {
    count += 1;
    return `Preformatted text ${count}`;
  };
}
