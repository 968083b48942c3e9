/**
 * Reads a folder of filings with the real parser and renderer and reports, per file and in
 * total, how their tables and rows of numbers are shown and how much of what a careful reader
 * labels is read right. The folder holds `.txt` files and a `labels.json` like the corpus's.
 *
 *   npm run report -- <folder>
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { loadSite } from '../src/content/load.js';
import type { LoadedRelease } from '../src/content/site.js';
import { decodeFiling } from '../src/release/lines/decode.js';
import { sourceLines } from '../src/release/lines/source-lines.js';
import type { Block } from '../src/release/model.js';
import { releaseTables } from '../src/release/table/release-tables.js';
import { createRenderer } from '../src/render/renderer.js';
import { urls } from '../src/render/urls.js';
import { pageRows, placeNumberRows } from '../test/fixtures/page-rows.js';
import { captionWords, tableNames } from '../test/fixtures/table-names.js';

interface Label {
  file: string;
  headline?: string | null;
  date?: string | null;
  contacts?: string[];
  has_safe_harbor?: boolean;
  tables?: { first_line: number; last_line: number; caption?: string }[];
}

interface Counts {
  tablesLabelled: number;
  readAsTables: number;
  readAsPreformatted: number;
  captionsRight: number;
  tablesUnlabelled: number;
  rowsInTables: number;
  rowsPreformatted: number;
  rowsElsewhere: number;
  rowsOutOfOrder: number;
  labelsRight: number;
  labelsJudged: number;
}

const MAX_BYTES = 2_097_152;
const ROOT = path.join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (folder === undefined) throw new Error('usage: npm run report -- <folder of .txt filings and labels.json>');
  const labels = await readLabels(folder);
  const site = await loadSite(folder, { maxFileBytes: MAX_BYTES });
  const render = await createRenderer({ views: path.join(ROOT, 'views'), public: path.join(ROOT, 'public') });
  const rendered = render(site);
  const total = zero();
  const lines: string[] = [];
  for (const loaded of [...site.releases].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const html = rendered.resources.get(urls.release(loaded.slug))?.body('identity')?.toString('utf8') ?? '';
    const json = JSON.parse(rendered.resources.get(urls.releaseJson(loaded.slug))?.body('identity')?.toString('utf8') ?? '{}') as ReleaseJson;
    const { counts, misses } = report(loaded, cheerio.load(html), json, labels.get(loaded.file) ?? null);
    add(total, counts);
    lines.push(row(loaded.file, counts), ...misses.map((miss) => `    ${miss}`));
  }
  for (const problem of site.problems.filter((p) => p.severity === 'error')) lines.push(`${problem.file}:${String(problem.line)}: ${problem.reason}`);
  const header = `${'file'.padEnd(44)} ${'tables labelled: table/pre/other (+unlabelled)'.padEnd(47)} ${'number rows: table/pre/elsewhere (out of order)'.padEnd(49)} labels right`;
  process.stdout.write([header, ...lines, '', row('TOTAL', total)].join('\n') + '\n');
}

interface ReleaseJson {
  headline: string;
  date: string | null;
  contacts: { name: string | null }[];
  safeHarbor: unknown;
}

function report(loaded: LoadedRelease, $: cheerio.CheerioAPI, json: ReleaseJson, label: Label | null): { counts: Counts; misses: string[] } {
  const counts = zero();
  const misses: string[] = [];
  const { release } = loaded;
  const tables = releaseTables(release);
  const preformatted = blocks(release).flatMap((block) => (block.type === 'preformatted' ? [{ line: block.line, endLine: block.line + block.text.split('\n').length - 1 }] : []));
  const overlaps = (a: { line: number; endLine: number }, first: number, last: number): boolean => a.line <= last && first <= a.endLine;
  const names = tableNames($);
  for (const table of label?.tables ?? []) {
    counts.tablesLabelled += 1;
    const range = `lines ${String(table.first_line)}-${String(table.last_line)}`;
    const found = tables.findIndex((candidate) => overlaps(candidate, table.first_line, table.last_line));
    if (found !== -1) {
      counts.readAsTables += 1;
      const name = names[found] ?? '';
      if (captionWords(name).includes(captionWords(table.caption ?? ''))) counts.captionsRight += 1;
      else misses.push(`table ${range} is named "${name}", not "${table.caption ?? ''}"`);
    } else if (preformatted.some((found) => overlaps(found, table.first_line, table.last_line))) {
      counts.readAsPreformatted += 1;
      misses.push(`table ${range} is preformatted`);
    } else misses.push(`table ${range} is neither a table nor preformatted`);
  }
  counts.tablesUnlabelled = tables.filter((found) => !(label?.tables ?? []).some((t) => overlaps(found, t.first_line, t.last_line))).length;

  const source = sourceLines(decodeFiling(loaded.source.bytes(), loaded.file, MAX_BYTES).text);
  for (const placed of placeNumberRows(source, pageRows($))) {
    if (placed.place === 'table') counts.rowsInTables += 1;
    else if (placed.place === 'preformatted') counts.rowsPreformatted += 1;
    else {
      counts.rowsElsewhere += 1;
      misses.push(`line ${String(placed.line)}: row of numbers not on one row (${placed.figures.join(' ')})`);
    }
    if (placed.place !== null && !placed.inOrder) counts.rowsOutOfOrder += 1;
  }

  if (label) {
    const judge = (name: string, right: boolean): void => {
      counts.labelsJudged += 1;
      if (right) counts.labelsRight += 1;
      else misses.push(`${name} is wrong`);
    };
    // With no headline filed, the page and the JSON show a stand-in made from the opening words, marked as such.
    const headlineRight = label.headline === null
      ? release.headline === null && $('h1.headline-derived').length === 1
      : $('h1').length === 1 && $('h1').text() === label.headline && json.headline === label.headline;
    if (label.headline !== undefined) judge(`headline "${$('h1').text()}"`, headlineRight);
    if (label.date !== undefined) judge(`date ${String(json.date)}`, json.date === label.date);
    if (label.contacts !== undefined) judge(`contacts [${json.contacts.map((c) => String(c.name)).join(', ')}]`, JSON.stringify(json.contacts.map((c) => c.name)) === JSON.stringify(label.contacts));
    if (label.has_safe_harbor !== undefined) judge('safe harbor', (json.safeHarbor !== null) === label.has_safe_harbor);
  }
  return { counts, misses };
}

function blocks(release: LoadedRelease['release']): Block[] {
  return [...release.preamble, ...release.body, ...(release.safeHarbor?.body ?? []), ...release.trailer];
}

async function readLabels(folder: string): Promise<Map<string, Label>> {
  try {
    const labels = JSON.parse(await readFile(path.join(folder, 'labels.json'), 'utf8')) as Label[];
    return new Map(labels.map((label) => [label.file, label]));
  } catch {
    return new Map();
  }
}

function zero(): Counts {
  return { tablesLabelled: 0, readAsTables: 0, readAsPreformatted: 0, captionsRight: 0, tablesUnlabelled: 0, rowsInTables: 0, rowsPreformatted: 0, rowsElsewhere: 0, rowsOutOfOrder: 0, labelsRight: 0, labelsJudged: 0 };
}

function add(total: Counts, counts: Counts): void {
  for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
}

function row(name: string, c: Counts): string {
  const other = c.tablesLabelled - c.readAsTables - c.readAsPreformatted;
  const tables = `${String(c.tablesLabelled)}: ${String(c.readAsTables)}/${String(c.readAsPreformatted)}/${String(other)} (+${String(c.tablesUnlabelled)}), named ${String(c.captionsRight)}`;
  const rows = `${String(c.rowsInTables)}/${String(c.rowsPreformatted)}/${String(c.rowsElsewhere)} (${String(c.rowsOutOfOrder)})`;
  return `${name.padEnd(44)} ${tables.padEnd(47)} ${rows.padEnd(49)} ${String(c.labelsRight)}/${String(c.labelsJudged)}`;
}

await main();
