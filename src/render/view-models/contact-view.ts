import type { ContactBlock } from '../../release/model.js';
import { linkify, type Segment } from '../linkify.js';

export interface ContactLineView {
  segments: Segment[];
}

export interface ContactBlockView {
  /** One entry per line as filed. */
  lines: ContactLineView[];
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
    blocks: blocks.map((block) => ({ lines: block.lines.map((line) => ({ segments: linkify(line) })) })),
  };
}
