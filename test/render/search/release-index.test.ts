import { describe, expect, it } from 'vitest';
import type { LoadedRelease } from '../../../src/content/site.js';
import { ReleaseIndex } from '../../../src/render/search/release-index.js';
import { readSearchRequest } from '../../../src/render/search/search-request.js';
import { generateRelease } from '../../../bench/scale/generate-releases.js';
import { corpus, filing, loadedOf } from './releases.js';

const merger = loadedOf('merger.txt', filing('Acme Widgets Agrees to Acquire Beta Gadgets', 'Acme Widgets Inc. (NYSE: ACW)', 'March 3, 2005',
  'said today that it agreed to buy Beta Gadgets for $1.2 billion.', 'The acquisition is expected to close in 2006.'));
const results = loadedOf('results.txt', filing('Beta Gadgets Reports Fourth Quarter Results', 'Beta Gadgets Corp.', 'January 25, 2005',
  'reported revenue of $600 million for the quarter ended December 31, 2004.', 'Widgets sold well.'));
const dividend = loadedOf('dividend.txt', filing('Gamma Energy Declares Dividend', 'Gamma Energy Company', 'May 2, 2006',
  'declared a quarterly dividend of 40 cents a share.'));
const RELEASES = [merger, results, dividend];

/** The files found by a query, as the search page reads it, best first. */
async function found(query: string, releases: readonly LoadedRelease[] = RELEASES, index = new ReleaseIndex()): Promise<string[]> {
  await index.sync(releases);
  const request = readSearchRequest({ q: query, page: undefined });
  if (request.kind !== 'search') throw new Error(`not a search: ${query}`);
  return index.search(request.terms, new Set(releases)).hits.map((hit) => hit.loaded.file);
}

describe('ReleaseIndex', () => {
  it('ranks a release with the words in its headline above one with them in its body', async () => {
    expect(await found('widgets')).toEqual(['merger.txt', 'results.txt']);
    expect(await found('beta gadgets')).toEqual(['results.txt', 'merger.txt']);
  });

  it('finds every form of a word by any other', async () => {
    expect(await found('reporting')).toEqual(['results.txt']);
    expect(await found('acquisitions')).toEqual(['merger.txt']);
    expect(await found('dividends')).toEqual(['dividend.txt']);
  });

  it('finds words by their beginning', async () => {
    expect(await found('acqui')).toEqual(['merger.txt']);
    expect(await found('divid')).toEqual(['dividend.txt']);
  });

  it('finds words despite a slip of the keyboard', async () => {
    expect(await found('acquistion')).toEqual(['merger.txt']);
    expect(await found('revnue')).toEqual(['results.txt']);
    expect(await found('quartrly dividnd')).toEqual(['dividend.txt']);
  });

  it('finds a release by its company and its ticker symbol', async () => {
    expect(await found('Gamma Energy')).toEqual(['dividend.txt']);
    expect(await found('ACW')).toEqual(['merger.txt']);
  });

  it('finds only releases holding every word searched', async () => {
    expect(await found('gadgets revenue')).toEqual(['results.txt']);
    expect(await found('gadgets dividend')).toEqual([]);
  });

  it('matches numbers exactly, never by their beginning or a near number', async () => {
    expect(await found('2004')).toEqual(['results.txt']);
    expect(await found('200')).toEqual([]);
    expect(await found('$1.2 billion')).toEqual(['merger.txt']);
  });

  it('finds a table by its headings and row labels, never by the figures in its cells', async () => {
    const { file, text } = generateRelease(0);
    const withTable = loadedOf(file, text);
    const table = withTable.release.body.find((block) => block.type === 'table');
    if (table === undefined) throw new Error('the generated release has no table');
    // As filed, e.g. "$ 620,693": the number alone is what a reader would type.
    const figure = (table.rows[0]?.cells.find((cell) => cell.value !== null)?.text ?? '').replace(/[$\s]/g, '');
    const year = table.head.flat().find((cell) => /^\d{4}$/.test(cell.text))?.text ?? '';
    expect(text).toContain(figure);
    expect(await found(figure, [withTable])).toEqual([]);
    expect(await found('operating expenses', [withTable])).toEqual([file]);
    expect(await found(year, [withTable])).toEqual([file]);
  });

  it('finds words of real filings', async () => {
    const filings = corpus();
    expect(await found('Combinet ISDN', filings)).toEqual(['cisco-1995-combinet-agreement.txt']);
    expect(await found('postal contract', filings)).toEqual(['american-locker-2004-05.txt']);
    expect(await found('earnings Southeast', filings)).toEqual(['southern-2005-q4-earnings.txt']);
  });

  it('reads a word as a near spelling only when no release holds it as written', async () => {
    const plan = loadedOf('plan.txt', filing('Delta Adopts Rights Plan', 'Delta Corp.', 'June 1, 2007', 'adopted a rights plan.'));
    const plant = loadedOf('plant.txt', filing('Delta Opens Plant', 'Delta Corp.', 'June 2, 2007', 'opened a plant in Ohio.'));
    expect(await found('plant rights', [plan, plant])).toEqual([]);
    expect(await found('rights plann', [plan, plant])).toEqual(['plan.txt']);
  });

  it('leaves out the words held by the most releases when searching them all would cost too much, never the rarest', async () => {
    const many = Array.from({ length: 10 }, (_, n) =>
      loadedOf(`r${String(n)}.txt`, filing(`Omega Update ${String(n)}`, 'Omega Inc.', `June ${String(n + 1)}, 2007`, n < 2 ? 'opened a refinery.' : 'said little.')));
    const index = new ReleaseIndex({ maxPostings: 5 });
    await index.sync(many);
    const search = (terms: string[]): { files: string[]; skipped: string[] } => {
      const { hits, skipped } = index.search(terms, new Set(many));
      return { files: hits.map((hit) => hit.loaded.file).sort(), skipped };
    };
    expect(search(['omega', 'refineri'])).toEqual({ files: ['r0.txt', 'r1.txt'], skipped: ['omega'] });
    expect(search(['omega']).files).toHaveLength(10);
    expect(search(['omega', 'zeppelin'])).toEqual({ files: [], skipped: [] });
  });

  it('answers only with releases of the site asked about', async () => {
    const index = new ReleaseIndex();
    await index.sync(RELEASES);
    const request = readSearchRequest({ q: 'gadgets', page: undefined });
    if (request.kind !== 'search') throw new Error('not a search');
    expect(index.search(request.terms, new Set([merger])).hits.map((hit) => hit.loaded.file)).toEqual(['merger.txt']);
  });

  it('follows the content: a release removed is no longer found, a changed one by its new words only', async () => {
    const index = new ReleaseIndex();
    expect(await found('dividend', RELEASES, index)).toEqual(['dividend.txt']);
    const changed = loadedOf('dividend.txt', filing('Gamma Energy Raises Payout', 'Gamma Energy Company', 'May 2, 2006', 'raised its payout to 45 cents.'));
    const next = [merger, changed];
    expect(await found('dividend', next, index)).toEqual([]);
    expect(await found('payout', next, index)).toEqual(['dividend.txt']);
    expect(await found('quarter results', next, index)).toEqual([]);
    expect(index.size).toBe(2);
  });

  it('lets the event loop run while it takes in many releases, and ends up holding the latest site', { timeout: 30_000 }, async () => {
    const many = Array.from({ length: 120 }, (_, n) => {
      const { file, text } = generateRelease(n);
      return loadedOf(file, text);
    });
    // Slices of no time: the index lets the loop run after every release it takes in.
    const index = new ReleaseIndex({ sliceMs: 0 });
    let turns = 0;
    const interval = setInterval(() => { turns += 1; }, 0);
    const first = index.sync(many);
    const latest = many.slice(0, 40);
    const second = index.sync(latest);
    await Promise.all([first, second]);
    clearInterval(interval);
    expect(turns).toBeGreaterThan(0);
    expect(index.size).toBe(40);
    expect((await found('nasdaq', latest, index)).length).toBe(40);
  });
});
