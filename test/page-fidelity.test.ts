import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../src/content/load.js';
import type { Site } from '../src/content/site.js';
import { decodeFiling } from '../src/release/lines/decode.js';
import { sourceLines } from '../src/release/lines/source-lines.js';
import type { RenderedSite } from '../src/render/representation.js';
import { urls } from '../src/render/urls.js';
import { pageRows, placeNumberRows } from './fixtures/page-rows.js';
import { unshownLines } from './fixtures/page-text.js';
import { projectRenderer } from './render/fixtures/site.js';

const MAX_BYTES = 2_097_152;
const FOLDERS = ['test/fixtures/corpus', 'test/fixtures/tables', 'test/fixtures/releases', 'test/fixtures/releases/wires', 'test/fixtures/filings', 'content'].map((folder) => path.resolve(import.meta.dirname, '..', folder));

describe.each(FOLDERS)('every filing in %s, on the page a reader gets', (folder) => {
  let site: Site;
  let rendered: RenderedSite;
  beforeAll(async () => {
    site = await loadSite(folder, { maxFileBytes: MAX_BYTES });
    rendered = (await projectRenderer())(site);
  });

  const files = readdirSync(folder).filter((file) => file.endsWith('.txt'));

  describe.each(files)('%s', (file) => {
    const page = (): { lines: ReturnType<typeof sourceLines>; $: cheerio.CheerioAPI; loaded: Site['releases'][number] } => {
      const loaded = site.releases.find((candidate) => candidate.file === file);
      if (!loaded) throw new Error(`${file} was not published`);
      const html = rendered.resources.get(urls.release(loaded.slug))?.body('identity')?.toString('utf8') ?? '';
      return { lines: sourceLines(decodeFiling(loaded.source.bytes(), file, MAX_BYTES).text), $: cheerio.load(html), loaded };
    };

    it('shows every character of the filing, in order within its section, but for furniture and table rules', () => {
      const { lines, $, loaded } = page();
      expect(unshownLines(lines, loaded.release, $)).toEqual([]);
    });

    it('shows every row of numbers as one row, a table row or a line of preformatted text, in order', () => {
      const { lines, $ } = page();
      const placed = placeNumberRows(lines, pageRows($));
      expect(placed.filter((row) => row.place === null || !row.inOrder)).toEqual([]);
    });
  });
});

describe('the checks of the page', () => {
  let lines: ReturnType<typeof sourceLines>;
  let html: string;
  let release: Site['releases'][number]['release'];
  beforeAll(async () => {
    const site = await loadSite(FOLDERS[0] ?? '', { maxFileBytes: MAX_BYTES });
    const loaded = site.releases.find((candidate) => candidate.file === 'pericom-2003-q4-results.txt');
    if (!loaded) throw new Error('pericom-2003-q4-results.txt was not published');
    release = loaded.release;
    lines = sourceLines(decodeFiling(loaded.source.bytes(), loaded.file, MAX_BYTES).text);
    html = (await projectRenderer())(site).resources.get(urls.release(loaded.slug))?.body('identity')?.toString('utf8') ?? '';
  });

  it('find a cell missing from the page', () => {
    const $ = cheerio.load(html);
    $('main tbody tr').eq(1).find('td').eq(2).text('');
    expect(unshownLines(lines, release, $)).toEqual([156]);
  });

  it('find a row of numbers cut into two rows, and rows out of order', () => {
    const $ = cheerio.load(html);
    const row = $('main tbody tr').eq(0);
    row.after(`<tr>${row.find('td').slice(2).toString()}</tr>`);
    row.find('td').slice(2).remove();
    const second = $('main tbody tr').eq(3);
    second.prev().before(second);
    const wrong = placeNumberRows(lines, pageRows($)).filter((placed) => placed.place === null || !placed.inOrder);
    expect(wrong.map((placed) => placed.line)).toEqual([155, 157]);
  });
});
