import type { SourceLine } from '../lines/source-lines.js';
import { endsClause } from '../recognisers/sentence.js';

/** A run of non-blank lines: the unit layout is read in. */
export interface LineGroup {
  lines: SourceLine[];
}

/**
 * Groups lines at blank lines, and joins again a paragraph that an EDGAR page break split:
 * the text before the break ends mid-sentence and the text after goes on in lower case.
 */
export function groupLines(lines: readonly SourceLine[]): LineGroup[] {
  const groups: LineGroup[] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length > 0) groups.push({ lines: current });
      current = [];
      continue;
    }
    const previous = groups.at(-1);
    if (current.length === 0 && previous && continuesAcrossPageBreak(previous, line)) {
      current = groups.pop()?.lines ?? [];
    }
    current.push(line);
  }
  if (current.length > 0) groups.push({ lines: current });
  return groups;
}

function continuesAcrossPageBreak(previous: LineGroup, line: SourceLine): boolean {
  const last = previous.lines.at(-1);
  if (!line.afterPageBreak || !last || last.inTable || line.inTable) return false;
  return !endsClause(last.text) && /^\p{Ll}/u.test(line.text.trimStart());
}
