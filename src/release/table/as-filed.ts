import type { SourceLine } from '../lines/source-lines.js';
import type { PreformattedBlock } from '../model.js';

/** Lines shown as laid out, less the indent they all share. */
export function asFiled(lines: readonly SourceLine[]): PreformattedBlock {
  const indent = lines.reduce((least, line) => (line.text === '' ? least : Math.min(least, line.indent)), Number.POSITIVE_INFINITY);
  return { type: 'preformatted', line: lines[0]?.number ?? 1, text: lines.map((line) => line.text.slice(indent)).join('\n') };
}
