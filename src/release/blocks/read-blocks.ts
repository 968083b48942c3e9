import type { SourceLine } from '../lines/source-lines.js';
import { groupLines } from './groups.js';
import { type Layout, measureLayout } from './layout.js';
import type { SourceBlock } from './source-block.js';
import { splitGroup } from './split.js';
import { findTables, type TableRegion } from '../table/find-tables.js';

/** Groups at the top of a filing, where labels share lines with what they label. */
const TOP_GROUPS = 15;

export interface ReadBlocks {
  blocks: SourceBlock[];
  layout: Layout;
}

/**
 * The blocks stage: tables found first (they span blank lines, and a caption may be glued to
 * the paragraph above), each one block; the other lines grouped at blank lines, measured, and
 * read into blocks, in reading order.
 */
export function readBlocks(lines: readonly SourceLine[]): ReadBlocks {
  const tables = findTables(lines);
  const stretches: (SourceLine[] | TableRegion)[] = [];
  let from = 0;
  for (const region of tables) {
    stretches.push(lines.slice(from, region.start), region);
    from = region.end;
  }
  stretches.push(lines.slice(from));
  const groups = stretches.map((stretch) => (Array.isArray(stretch) ? groupLines(stretch) : stretch));
  const layout = measureLayout(groups.flatMap((group) => (Array.isArray(group) ? group : [])));
  let index = 0;
  const blocks = groups.flatMap((group): SourceBlock[] => {
    if (!Array.isArray(group)) {
      index += 1;
      return [{ shape: 'table', lines: lines.slice(group.start, group.end), gapBefore: group.start === 0 || lines[group.start - 1]?.text === '', read: group.block }];
    }
    return group.flatMap((lineGroup) => splitGroup(lineGroup, layout, index++ < TOP_GROUPS));
  });
  return { blocks, layout };
}
