import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../../src/release/lines/source-lines.js';
import { ContentError } from '../../../src/release/content-error.js';
import type { Block, Release } from '../../../src/release/model.js';
import { parseRelease } from '../../../src/release/parse.js';
import { numberRowFigures } from '../../../src/release/table/number-row.js';
import { regionsOf } from './read.js';

/** The lines each table and preformatted block of the release spans (a preformatted one, up to the next part). */
function keptWhole(release: Release): (line: number) => boolean {
  const blocks: Block[] = [...release.preamble, ...release.body, ...(release.safeHarbor?.body ?? []), ...release.afterSafeHarbor, ...release.trailer];
  const starts = [...blocks.map((block) => block.line), ...release.contactBlocks.map((block) => block.line)].sort((a, b) => a - b);
  const spans = blocks.flatMap((block) => {
    if (block.type === 'table') return [[block.line, block.endLine] as const];
    if (block.type === 'preformatted') return [[block.line, (starts.find((start) => start > block.line) ?? Number.POSITIVE_INFINITY) - 1] as const];
    return [];
  });
  return (line) => spans.some(([first, last]) => line >= first && line <= last);
}

const figure = fc.oneof(
  fc.integer({ min: 0, max: 99_999 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 1, max: 9_999 }).map((n) => `(${n.toLocaleString('en-US')})`),
  fc.integer({ min: 1, max: 999 }).map((n) => `$${String(n)}`),
  fc.constantFrom('-', '--', 'n/a', '12.5%', '$ 7', '2004', '2003'),
);
const gap = fc.integer({ min: 1, max: 8 }).map((n) => ' '.repeat(n));
const word = fc.constantFrom('Revenue', 'net', 'income', 'Total', 'The', 'company', 'said', 'quarter', 'and', 'of', 'Notes:', '(a)', '*', 'Three Months Ended');
const line = fc.oneof(
  fc.tuple(fc.array(word, { maxLength: 4 }), fc.array(fc.tuple(gap, figure), { minLength: 1, maxLength: 5 })).map(([words, figures]) => words.join(' ') + figures.map(([space, f]) => space + f).join('')),
  fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' ')),
  fc.constantFrom('', '', '   -------    -------', '<PAGE>', '\tRevenue\t$ 1\t$ 2'),
);

describe('rows of numbers', () => {
  it('are each kept whole, in a table or in preformatted text, whatever the text around them', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (lines) => {
        const text = ['Acme Reports Results', '', 'NEW YORK, March 3, 2005 -- Acme said results were strong today.', '', ...lines].join('\n');
        let release: Release;
        try {
          release = parseRelease(text, 'generated.txt');
        } catch (error) {
          expect(error).toBeInstanceOf(ContentError);
          return;
        }
        const whole = keptWhole(release);
        const rows = sourceLines(text).filter((source) => numberRowFigures(source.filed) !== null);
        expect(rows.filter((row) => !whole(row.number)).map((row) => row.filed)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('of years alone, with no table under them, are kept as filed', () => {
    const [region] = regionsOf(['The results are below.', '', '                 2004        2003', '', 'The company said sales rose.']);
    expect(region?.lines).toEqual([3, 3]);
    expect(region?.block).toEqual({ type: 'preformatted', line: 3, text: '2004        2003' });
  });
});
