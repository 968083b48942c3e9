/**
 * `npm run bench:search [-- 10000]`: the search index over the corpus and over generated
 * releases (10,000 by default), in this process. For each set it prints
 *   - loading (reading and parsing the files), the baseline the index is set against;
 *   - building the index: wall time, the event loop's delay meanwhile (p99 and max: how long
 *     a request could wait behind it), and the memory it holds (heap and typed arrays);
 *   - bringing it up to date after one release changed;
 *   - each query's time in the index alone and for the whole page (search, passages, HTML),
 *     against a naive scan of every release's text for the same words;
 * and, for a page of results, its size and compression time in each encoding and level.
 * Times are medians; nothing is asserted.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { LoadedRelease, Site } from '../src/content/site.js';
import { loadSite } from '../src/content/load.js';
import { loadAssets } from '../src/render/assets.js';
import { DEFAULT_SITE_NAME } from '../src/render/publication.js';
import { ReleaseIndex } from '../src/render/search/release-index.js';
import { siteSearch } from '../src/render/search/site-search.js';
import { loadTemplates } from '../src/render/templates.js';
import { layoutView } from '../src/render/view-models/layout-view.js';
import type { SearchPage } from '../src/render/view-models/search-view.js';
import { readSearchRequest } from '../src/render/search/search-request.js';
import { searchableOf } from '../src/render/search/searchable.js';
import { generateRelease } from './scale/generate-releases.js';

const GENERATED = Number(process.argv[2] ?? 10_000);
const ROOT = path.join(import.meta.dirname, '..');
const CORPUS = path.join(ROOT, 'test/fixtures/corpus');
const RUNS = 21;
const QUERIES = [
  ['one common word', 'revenue'],
  ['two words', 'quarterly dividend'],
  ['a company', 'Meridian Energy'],
  ['a slip', 'acquistion'],
  ['a beginning', 'acqu'],
  ['nothing matches', 'zeppelin'],
  ['six common words', 'company said revenue quarter results period'],
  ['six short beginnings', 'com pro inc rep ann dec'],
  ['six long words, slips', 'performanse investmnet managment agreemnet capasity custmers'],
  ['more words than searched', 'company said revenue quarter results period customers growth market'],
] as const;

/** One line of the report. */
const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const ms = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** V8's heap and the typed arrays' memory outside it: what the index holds is in both. */
function heldMemory(): number {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

function time(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The search a naive server would do: every release's text, lowercased, scanned for every word. */
function naiveSearch(texts: readonly string[], query: string): number {
  const words = query.toLowerCase().split(/\s+/);
  let found = 0;
  for (const text of texts) if (words.every((word) => text.includes(word))) found += 1;
  return found;
}

async function load(dir: string): Promise<{ site: Site; loadMs: number }> {
  const start = performance.now();
  const site = await loadSite(dir, { maxFileBytes: 2 * 1024 * 1024 });
  return { site, loadMs: performance.now() - start };
}

async function measure(name: string, site: Site, loadMs: number): Promise<void> {
  const { releases } = site;
  print(`\n## ${name}: ${releases.length.toLocaleString('en')} releases (loading: ${ms(loadMs)} ms)\n`);
  gc();
  const heldBefore = heldMemory();
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const index = new ReleaseIndex();
  delay.enable();
  const start = performance.now();
  await index.sync(releases);
  const buildMs = performance.now() - start;
  delay.disable();
  gc();
  const heldMb = (heldMemory() - heldBefore) / 1024 / 1024;
  print(`| index | time | vs loading | loop delay p99 / max | memory held |`);
  print(`|---|---|---|---|---|`);
  print(`| built | ${ms(buildMs)} ms (${ms((buildMs / releases.length) * 1000)} µs a release) | ${(buildMs / loadMs).toFixed(2)}× | ${ms(delay.percentile(99) / 1e6)} / ${ms(delay.max / 1e6)} ms | ${heldMb.toFixed(1)} MB |`);
  const updates: number[] = [];
  let current = releases;
  for (let edit = 0; edit < 5 && current[0] !== undefined; edit += 1) {
    // An edited release is a new object in the next site, in the same place.
    const edited: LoadedRelease[] = [{ ...current[0] }, ...current.slice(1)];
    const updateStart = performance.now();
    await index.sync(edited);
    updates.push(performance.now() - updateStart);
    current = edited;
  }
  print(`| one release changed | ${ms(median(updates))} ms | | | |`);

  const render = await pageRenderer();
  const members = new Set(current);
  const texts = current.map((loaded) => {
    const { headline, company, passages } = searchableOf(loaded);
    return [headline, company, ...passages].join('\n').toLowerCase();
  });
  print(`\n| query | results | index | whole page | naive scan | page vs scan |`);
  print(`|---|---|---|---|---|---|`);
  for (const [label, query] of QUERIES) {
    const request = readSearchRequest({ q: query, page: undefined });
    if (request.kind !== 'search') throw new Error(`not a search: ${query}`);
    const { hits, skipped } = index.search(request.terms, members);
    const results = `${hits.length.toLocaleString('en')}${skipped.length > 0 ? ` (${String(skipped.length)} left out)` : ''}`;
    const indexMs = time(() => index.search(request.terms, members));
    // A new site's search each time: its first request for a query searches the index.
    const pageMs = await timeAsync(() => siteSearch(current, index, DEFAULT_SITE_NAME, render).page({ q: query, page: undefined }));
    const scanMs = time(() => naiveSearch(texts, query));
    print(`| ${label}: \`${query}\` | ${results} | ${ms(indexMs)} ms | ${ms(pageMs)} ms | ${ms(scanMs)} ms | ${(pageMs / scanMs).toFixed(2)}× |`);
  }
}

/** Search pages rendered as the server renders them: the page in the layout. */
async function pageRenderer(): Promise<(page: SearchPage) => Buffer> {
  const [templates, { chrome }] = await Promise.all([loadTemplates(path.join(ROOT, 'views')), loadAssets(path.join(ROOT, 'public'))]);
  return (page) => Buffer.from(templates.layout(layoutView(page.meta, chrome, templates.search(page.view), DEFAULT_SITE_NAME)), 'utf8');
}

async function compression(site: Site): Promise<void> {
  const index = new ReleaseIndex();
  await index.sync(site.releases);
  const { body } = await siteSearch(site.releases, index, DEFAULT_SITE_NAME, await pageRenderer()).page({ q: 'revenue', page: undefined });
  print(`\n## A page of ten results (${body.length.toLocaleString('en')} bytes)\n`);
  print('| encoding | bytes | ratio | time |');
  print('|---|---|---|---|');
  print(`| identity | ${body.length.toLocaleString('en')} | 1.00 | |`);
  const brotli = (quality: number) => (): Buffer => brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  const gzip = (level: number) => (): Buffer => gzipSync(body, { level });
  for (const [label, compress] of [
    ['gzip 1', gzip(1)], ['gzip 6', gzip(6)], ['gzip 9', gzip(9)],
    ['brotli 1', brotli(1)], ['brotli 4', brotli(4)], ['brotli 5', brotli(5)], ['brotli 11', brotli(11)],
  ] as const) {
    const size = compress().length;
    print(`| ${label} | ${size.toLocaleString('en')} | ${(size / body.length).toFixed(2)} | ${ms(time(compress))} ms |`);
  }
}

const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-search-bench-'));
try {
  print(`# Search: ${new Date().toISOString()}, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  const corpus = await load(CORPUS);
  await measure('corpus', corpus.site, corpus.loadMs);
  for (let first = 0; first < GENERATED; first += 500) {
    await Promise.all(Array.from({ length: Math.min(500, GENERATED - first) }, (_, i) => {
      const release = generateRelease(first + i);
      return writeFile(path.join(dir, release.file), release.text);
    }));
  }
  const generated = await load(dir);
  await measure('generated', generated.site, generated.loadMs);
  await compression(generated.site);
  print(`\nload average at the end: ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
