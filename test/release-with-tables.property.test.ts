import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedRelease } from '../src/content/site.js';
import { sourceLines } from '../src/release/lines/source-lines.js';
import { parseRelease } from '../src/release/parse.js';
import { releaseTables } from '../src/release/table/release-tables.js';
import { loadedRelease } from './fixtures/loaded-release.js';
import { pageRows, placeNumberRows } from './fixtures/page-rows.js';
import { unshownLines } from './fixtures/page-text.js';
import { releaseHtml } from './render/fixtures/release-html.js';
import { generatedTable } from './release/table/generated-table.js';

const word = fc.constantFrom('quarter', 'results', 'growth', 'company', 'customers', 'market', 'product', 'demand', 'margin', 'year', 'strong', 'new');
const sentence = fc.array(word, { minLength: 6, maxLength: 14 }).map((words) => `The ${words.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => wrap(s.join(' ')));

function wrap(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line !== '' && line.length + 1 + w.length > 72) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  return [...lines, line].join('\n');
}

const release = fc.record({
  before: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
  tables: fc.array(generatedTable, { minLength: 1, maxLength: 3 }),
  between: paragraph,
  after: fc.option(paragraph, { nil: null }),
  /** No blank line between the paragraph above a table and the table: its first line glued on. */
  glued: fc.boolean(),
});

describe('generated releases with fixed-width tables, on the page a reader gets', () => {
  let render: (loaded: LoadedRelease) => string;
  beforeAll(async () => {
    render = await releaseHtml();
  });

  it('show every table as a table, every character in order and every row of numbers as one row', () => {
    fc.assert(
      fc.property(release, (r) => {
        const text = [
          'Acme Widgets Reports Results',
          '',
          wrap(`NEW YORK, March 3, 2005 -- ${r.before.join(' ')}`),
          ...(r.glued ? [] : ['']),
          ...r.tables.flatMap((table) => [...table.lines, '', r.between, ...(r.glued ? [] : [''])]),
          ...(r.after === null ? [] : [r.after, '']),
          '###',
        ].join('\n');
        const read = parseRelease(text, 'generated.txt');
        expect(read.warnings.map((w) => w.code)).not.toContain('read-as-filed');
        const tables = releaseTables(read);
        expect(tables.map((table) => table.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.text)]))).toEqual(
          r.tables.map((table) => table.rows.map((row) => [row.label, ...row.cells])),
        );
        const $ = cheerio.load(render(loadedRelease('generated', 'generated.txt', Buffer.from(text), read)));
        const lines = sourceLines(text);
        expect(unshownLines(lines, read, $)).toEqual([]);
        const placed = placeNumberRows(lines, pageRows($));
        expect(placed.filter((row) => row.place !== 'table' || !row.inOrder)).toEqual([]);
        expect($('main table')).toHaveLength(r.tables.length);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
