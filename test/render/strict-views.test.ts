import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedRelease } from '../../src/content/site.js';
import { parseRelease } from '../../src/release/parse.js';
import { createRenderer } from '../../src/render/renderer.js';
import type { RenderedSite } from '../../src/render/representation.js';
import { loadTemplates } from '../../src/render/templates.js';
import type { ErrorPageView } from '../../src/render/view-models/error-view.js';
import { captureLogger, LEVEL } from '../content/capture-logger.js';
import { loadedRelease } from '../fixtures/loaded-release.js';
import { seedLoaded } from '../fixtures/seed-release.js';
import { identityOf } from './fixtures/rendered.js';
import { richLoaded } from './fixtures/rich-release.js';
import { DIRS, ROOT, siteOf } from './fixtures/site.js';
import { stubCard } from './fixtures/stub-card.js';
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
  const { logger, entries } = captureLogger();
  const bySlug = new Map([seedLoaded(), richLoaded(), tablesLoaded(), ...corpus('test/fixtures/corpus'), ...corpus('test/fixtures/releases/wires')].map((loaded) => [loaded.slug, loaded]));
  let site: RenderedSite;

  beforeAll(async () => {
    // The real renderer over every page type, with templates that refuse a field their view lacks.
    const templates = await loadTemplates(DIRS.views, strict);
    const render = await createRenderer({ ...DIRS, templates, drawCard: stubCard, logger });
    site = render(siteOf(...bySlug.values()));
  });

  it('refuses a view model that lacks a field its template reads', async () => {
    const templates = await loadTemplates(DIRS.views, strict);
    const lacking = { heading: 'Page not found', message: 'There is no page at this address.' } as unknown as ErrorPageView;
    expect(() => templates.error(lacking)).toThrow(/homeHref/);
  });

  it('renders every page of the site, every error page and every kind of search page', async () => {
    const pages = [...site.resources].filter(([, representation]) => representation.contentType.startsWith('text/html'));
    const errors = [site.notFound, site.methodNotAllowed, site.serverError, site.latest.badLimit];
    for (const [urlPath, representation] of [...pages, ...errors.map((error) => [String(error.status), error] as const)]) {
      expect(identityOf(representation).toString('utf8'), urlPath).toContain('</html>');
    }
    for (const [q, page] of [[undefined, undefined], ['x'.repeat(300), undefined], ['revenue', undefined], ['revenue', '2'], ['nothing-matches-this', undefined]] as const) {
      expect((await site.search.page({ q, page })).body.toString('utf8')).toContain('</html>');
    }
    // A release page a template fails on is published as filed, and logged: none may be.
    expect(entries.filter((entry) => entry.level >= LEVEL.error).map((entry) => entry.msg)).toEqual([]);
    expect([...kindsRead].sort()).toEqual(expect.arrayContaining(['heading', 'list', 'marker', 'paragraph', 'preformatted', 'table']));
  });
});
