import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../../src/release/lines/source-lines.js';
import { contactColumns } from '../../../src/release/sections/contact-columns.js';

/** The lines of a person's entry, as contact blocks hold them. */
const entry = fc.constantFrom(
  'Ann Lee', 'José Núñez', 'Thomas R. Welch', 'Acme Corp.', 'Marsh Financial Relations', 'Chief Financial Officer',
  '(212) 555-0101', '+1-617-682-4340', '408/555-0140', 'ir@acme.example', 'www.acme.example', 'Investor Relations',
);
const column = fc.array(entry, { minLength: 2, maxLength: 5 });
const people = fc.record({
  columns: fc.array(column, { minLength: 2, maxLength: 3 }),
  gaps: fc.array(fc.integer({ min: 3, max: 12 }), { minLength: 3, maxLength: 3 }),
  indent: fc.integer({ min: 0, max: 12 }),
  tabs: fc.boolean(),
});


/** The people set side by side, with spaces at columns of their own or with a tab between cells. */
function laidOut({ columns, gaps, indent, tabs }: { columns: string[][]; gaps: number[]; indent: number; tabs: boolean }): string {
  const rows = Math.max(...columns.map((c) => c.length));
  const starts: number[] = [];
  let at = indent;
  columns.forEach((c, index) => {
    starts.push(at);
    at += Math.max(...c.map((text) => text.length)) + (gaps[index] ?? 3);
  });
  return Array.from({ length: rows }, (_, row) => {
    if (tabs) return columns.map((c) => c[row] ?? '').join('\t').replace(/\t+$/, '');
    let line = '';
    columns.forEach((c, index) => {
      const text = c[row];
      if (text !== undefined) line = line.padEnd(starts[index] ?? 0) + text;
    });
    return line;
  }).join('\n');
}

describe('contactColumns over people set side by side', () => {
  it('reads back each column, top to bottom, whatever the widths, gaps and separators', () => {
    fc.assert(
      fc.property(people, (generated) => {
        // Cells copied from an HTML table are placed by their order: a row leaves out only its last ones.
        const columns = generated.tabs ? generated.columns.toSorted((a, b) => b.length - a.length) : generated.columns;
        expect(contactColumns(sourceLines(laidOut({ ...generated, columns })))).toEqual(columns);
      }),
      { numRuns: 300 },
    );
  });

  it('sees one column in a person\'s lines set one under another', () => {
    fc.assert(
      fc.property(column, fc.integer({ min: 0, max: 12 }), (lines, indent) => {
        expect(contactColumns(sourceLines(lines.map((text) => ' '.repeat(indent) + text).join('\n')))).toBeNull();
      }),
    );
  });
});
