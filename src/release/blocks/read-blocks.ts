import type { SourceLine } from '../lines/source-lines.js';
import { groupLines } from './groups.js';
import { type Layout, measureLayout } from './layout.js';
import type { SourceBlock } from './source-block.js';
import { splitGroup } from './split.js';

/** Groups at the top of a filing, where labels share lines with what they label. */
const TOP_GROUPS = 15;

export interface ReadBlocks {
  blocks: SourceBlock[];
  layout: Layout;
}

/** The blocks stage: source lines grouped at blank lines, measured, and read into blocks. */
export function readBlocks(lines: readonly SourceLine[]): ReadBlocks {
  const groups = groupLines(lines);
  const layout = measureLayout(groups);
  return { blocks: groups.flatMap((group, index) => splitGroup(group, layout, index < TOP_GROUPS)), layout };
}
