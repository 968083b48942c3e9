import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedRelease } from '../../src/content/site.js';
import { parseRelease } from '../../src/release/parse.js';
import { loadAssets } from '../../src/render/assets.js';
import { readSearchRequest } from '../../src/render/search/search-request.js';
import { loadTemplates, type Templates } from '../../src/render/templates.js';
import { errorPages } from '../../src/render/view-models/error-view.js';
import { indexPage } from '../../src/render/view-models/index-view.js';
import { type PageMeta, layoutView } from '../../src/render/view-models/layout-view.js';
import { releasePage } from '../../src/render/view-models/release-view.js';
import { searchPage } from '../../src/render/view-models/search-view.js';
import { loadedRelease } from '../fixtures/loaded-release.js';
import { seedLoaded } from '../fixtures/seed-release.js';
import { richLoaded } from './fixtures/rich-release.js';
import { DIRS, ROOT, siteOf } from './fixtures/site.js';
import { tablesLoaded } from './fixtures/table-release.js';

/** Kinds of the views templates were handed, as they read them. */
const kindsRead = new Set<string>();

/** The view, for templates: reading a field it does not have throws, at any depth. */
function strict(view: object): object {
  return new Proxy(view, {
    get(target, key, receiver) {
      if (typeof key === 'symbol') return Reflect.get(target, key, receiver) as unknown;
      if (!(key in target)) throw new Error(`a template read "${key}", which its view model does not have`);
      const value: unknown = Reflect.get(target, key, receiver);
      if (key === 'kind' && typeof value === 'string') kindsRead.add(value);
      return typeof value === 'object' && value !== null && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) ? strict(value) : value;
    },
  });
}

function corpus(folder: string): LoadedRelease[] {
  const dir = path.join(ROOT, folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      return loadedRelease(path.basename(file, '.txt'), file, new TextEncoder().encode(text), parseRelease(text, file));
    });
}

describe('templates read only fields their view models have', () => {
  let templates: Templates;
  let document: (meta: PageMeta, content: string) => string;
  const releases = [seedLoaded(), richLoaded(), tablesLoaded(), ...corpus('test/fixtures/corpus'), ...corpus('test/fixtures/releases/wires')];

  beforeAll(async () => {
    const [strictTemplates, assets] = await Promise.all([loadTemplates(DIRS.views, strict), loadAssets(DIRS.public)]);
    templates = strictTemplates;
    document = (meta, content) => templates.layout(layoutView(meta, assets.chrome, content));
  });

  it('refuses a view model that lacks a field its template reads', () => {
    const { heading, message } = errorPages.notFound.view;
    expect(() => templates.error({ heading, message } as typeof errorPages.notFound.view)).toThrow(/homeHref/);
  });

  it.each(releases.map((loaded) => [loaded.file, loaded] as const))('renders the page of %s', (_file, loaded) => {
    const page = releasePage(loaded);
    expect(document(page.meta, templates.release(page.view))).toContain('</html>');
  });

  it('renders every kind of block and every page type', () => {
    for (const loaded of releases) templates.release(releasePage(loaded).view);
    const index = indexPage(siteOf(...releases));
    expect(document(index.meta, templates.index(index.view))).toContain('</html>');
    for (const error of Object.values(errorPages)) expect(document(error.meta, templates.error(error.view))).toContain('</html>');
    for (const q of [undefined, 'x'.repeat(300), 'results', 'nothing-matches-this']) {
      const request = readSearchRequest({ q, page: q === 'results' ? '2' : undefined });
      const hits = request.kind === 'search' && q === 'results' ? releases.map((loaded) => ({ loaded, score: 1, terms: ['result'] })) : [];
      const search = searchPage(request, { hits, skipped: [] });
      expect(document(search.meta, templates.search(search.view))).toContain('</html>');
    }
    expect([...kindsRead].sort()).toEqual(expect.arrayContaining(['heading', 'list', 'marker', 'paragraph', 'preformatted', 'table']));
  });
});
