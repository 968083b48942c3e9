import type { SourceLine } from '../lines/source-lines.js';
import type { PreformattedBlock, TableBlock } from '../model.js';
import { findTables } from '../table/find-tables.js';

/** A run of non-blank lines: the unit layout is read in. */
export interface RawBlock {
  lines: SourceLine[];
  /** A table's lines, already read by the table reader: taken as they are. */
  claimed?: TableBlock | PreformattedBlock;
}

const ENDS_SENTENCE = /[.!?:;]["'’”)\]]*$/;

/**
 * Groups lines into blocks at blank lines, and joins again a paragraph that an EDGAR page
 * break split: the text before the break ends mid-sentence and the text after goes on in
 * lower case. Tables, which span blank lines, are found first and each claims its lines as
 * one block.
 */
export function rawBlocks(lines: readonly SourceLine[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  const tables = findTables(lines);
  let table = 0;
  let current: SourceLine[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line) continue;
    const region = tables[table];
    if (region?.start === index) {
      if (current.length > 0) blocks.push({ lines: current });
      current = [];
      blocks.push({ lines: lines.slice(region.start, region.end), claimed: region.block });
      index = region.end - 1;
      table += 1;
      continue;
    }
    if (line.text === '') {
      if (current.length > 0) blocks.push({ lines: current });
      current = [];
      continue;
    }
    const previous = blocks.at(-1);
    if (current.length === 0 && previous && continuesAcrossPageBreak(previous, line)) {
      current = blocks.pop()?.lines ?? [];
    }
    current.push(line);
  }
  if (current.length > 0) blocks.push({ lines: current });
  return blocks;
}

function continuesAcrossPageBreak(previous: RawBlock, line: SourceLine): boolean {
  const last = previous.lines.at(-1);
  if (previous.claimed || !line.afterPageBreak || !last || last.inTable || line.inTable) return false;
  return !ENDS_SENTENCE.test(last.text) && /^[a-z]/.test(line.text.trimStart());
}
