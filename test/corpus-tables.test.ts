import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../src/content/load.js';
import type { LoadedRelease, Site } from '../src/content/site.js';
import type { TableBlock } from '../src/release/model.js';
import { releaseTables } from '../src/release/table/release-tables.js';
import type { RenderedSite } from '../src/render/representation.js';
import { urls } from '../src/render/urls.js';
import { captionWords, tableNames } from './fixtures/table-names.js';
import { projectRenderer } from './render/fixtures/site.js';

/** A labelled table: its first line (under its caption) and last, and its caption. */
interface LabelledTable {
  first_line: number;
  last_line: number;
  caption: string;
}

const FOLDERS = ['test/fixtures/corpus', 'test/fixtures/tables'].map((folder) => path.resolve(import.meta.dirname, '..', folder));

describe.each(FOLDERS)('the labelled tables of %s', (folder) => {
  const labels = (JSON.parse(readFileSync(path.join(folder, 'labels.json'), 'utf8')) as { file: string; tables?: LabelledTable[] }[])
    .flatMap((label) => (label.tables ?? []).map((table) => ({ file: label.file, ...table })));
  let site: Site;
  let rendered: RenderedSite;
  beforeAll(async () => {
    site = await loadSite(folder, { maxFileBytes: 2_097_152 });
    rendered = (await projectRenderer())(site);
  });

  const find = (file: string, table: LabelledTable): { loaded: LoadedRelease; tables: TableBlock[]; index: number } => {
    const loaded = site.releases.find((candidate) => candidate.file === file);
    if (!loaded) throw new Error(`${file} was not published`);
    const tables = releaseTables(loaded.release);
    return { loaded, tables, index: tables.findIndex((read) => read.line <= table.last_line && table.first_line <= read.endLine) };
  };

  it.each(labels)('$file, lines $first_line to $last_line, is read as a table over the labelled lines', (label) => {
    const { tables, index } = find(label.file, label);
    const table = tables[index];
    expect(table?.headLine).toBe(label.first_line);
    // A note that titles the next table is counted by the labels in both; it is the next table's caption.
    const next = tables[index + 1];
    expect(table?.endLine === label.last_line || next?.line === label.last_line).toBe(true);
  });

  it.each(labels)('$file, lines $first_line to $last_line, is named by its caption on the page', (label) => {
    const { loaded, index } = find(label.file, label);
    const html = rendered.resources.get(urls.release(loaded.slug))?.body('identity')?.toString('utf8') ?? '';
    expect(captionWords(tableNames(cheerio.load(html))[index] ?? '')).toContain(captionWords(label.caption));
  });
});
