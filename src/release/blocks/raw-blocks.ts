import type { SourceLine } from '../lines/source-lines.js';

/** A run of non-blank lines: the unit layout is read in. */
export interface RawBlock {
  lines: SourceLine[];
}

const ENDS_SENTENCE = /[.!?:;]["'’”)\]]*$/;

/**
 * Groups lines into blocks at blank lines, and joins again a paragraph that an EDGAR page
 * break split: the text before the break ends mid-sentence and the text after goes on in
 * lower case.
 */
export function rawBlocks(lines: readonly SourceLine[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
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
  if (!line.afterPageBreak || !last || last.inTable || line.inTable) return false;
  return !ENDS_SENTENCE.test(last.text) && /^[a-z]/.test(line.text.trimStart());
}
