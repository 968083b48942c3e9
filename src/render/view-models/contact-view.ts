import type { ContactBlock } from '../../release/model.js';
import { linkify, type Segment } from '../linkify.js';

export interface ContactLineView {
  segments: Segment[];
}

export interface ContactBlockView {
  /** One address per column, each with one entry per line; a single one unless filed side by side. */
  columns: ContactLineView[][];
}

export interface ContactSectionView {
  headingId: string;
  heading: string;
  blocks: ContactBlockView[];
}

export function contactSection(blocks: readonly ContactBlock[], headingId: string, heading: string): ContactSectionView | null {
  if (blocks.length === 0) return null;
  return {
    headingId,
    heading,
    blocks: blocks.map((block) => ({
      columns: (block.columns ?? [block.lines]).map((lines) => lines.map((line) => ({ segments: linkify(line) }))),
    })),
  };
}
