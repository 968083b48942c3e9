import { cp, readdir, utimes } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadedRelease } from '../../src/content/site.js';
import type { Block } from '../../src/release/model.js';
import { createRenderer } from '../../src/render/renderer.js';
import { captureLogger, LEVEL } from '../content/capture-logger.js';
import { temporaryDirs } from '../fixtures/temporary-dirs.js';
import { SEED_MODIFIED, seedLoaded, seedSource } from '../fixtures/seed-release.js';
import { identityOf, page, readableText, resource } from './fixtures/rendered.js';
import { richLoaded } from './fixtures/rich-release.js';
import { DIRS, siteOf } from './fixtures/site.js';
import { stubCard } from './fixtures/stub-card.js';

const SEED_PAGE = '/releases/american-locker-2004-05';
const TEMPLATES_MODIFIED = new Date('2010-06-01T08:00:00Z');
const scratch = temporaryDirs('pressroom-render-');

/** The project's templates and styles, copied, all modified at `modified`. */
async function projectModifiedAt(modified: Date): Promise<{ views: string; public: string }> {
  const root = await scratch();
  const dirs = { views: path.join(root, 'views'), public: path.join(root, 'public') };
  await cp(DIRS.views, dirs.views, { recursive: true });
  await cp(DIRS.public, dirs.public, { recursive: true });
  for (const dir of Object.values(dirs)) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) await utimes(path.join(entry.parentPath, entry.name), modified, modified);
    }
  }
  return dirs;
}

/** A release whose reading holds a list without items, as a parser fault might give. */
function unrenderable(): LoadedRelease {
  const loaded = seedLoaded();
  const strange = { type: 'list', line: 20, ordered: false, items: null } as unknown as Block;
  return { ...loaded, release: { ...loaded.release, body: [...loaded.release.body, strange] } };
}

describe('Last-Modified', () => {
  it('is the file time for the text as filed, and the later of file and templates for JSON', async () => {
    const render = await createRenderer(await projectModifiedAt(TEMPLATES_MODIFIED));
    const site = render(siteOf(seedLoaded(), richLoaded()));
    expect(resource(site, `${SEED_PAGE}.txt`).lastModified).toBe(SEED_MODIFIED.toUTCString());
    expect(resource(site, `${SEED_PAGE}.json`).lastModified).toBe(TEMPLATES_MODIFIED.toUTCString());
    const newer = { ...seedLoaded(), modified: new Date('2024-02-03T04:05:06Z') };
    expect(resource(render(siteOf(newer)), `${SEED_PAGE}.json`).lastModified).toBe('Sat, 03 Feb 2024 04:05:06 GMT');
  });

  it('is left out of lists and release pages, which change when a release is removed', async () => {
    const site = (await createRenderer(DIRS))(siteOf(seedLoaded(), richLoaded()));
    for (const urlPath of ['/', '/releases/2004/', '/releases.json', '/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml', SEED_PAGE]) {
      expect([urlPath, resource(site, urlPath).lastModified]).toEqual([urlPath, null]);
    }
    expect(site.notFound.lastModified).toBeNull();
  });

  it('is the file time for styles and icons', async () => {
    const site = (await createRenderer(await projectModifiedAt(TEMPLATES_MODIFIED)))(siteOf());
    expect(resource(site, '/favicon.ico').lastModified).toBe(TEMPLATES_MODIFIED.toUTCString());
  });
});

describe('cache policy', () => {
  it('sends the configured Cache-Control with every page and format, and a year for fingerprinted files', async () => {
    const site = (await createRenderer({ ...DIRS, pageCacheControl: 'public, max-age=60' }))(siteOf(seedLoaded()));
    for (const urlPath of ['/', '/releases.json', SEED_PAGE, `${SEED_PAGE}.txt`, `${SEED_PAGE}.json`]) {
      expect([urlPath, resource(site, urlPath).cacheControl]).toEqual([urlPath, 'public, max-age=60']);
    }
    const css = [...site.resources].find(([urlPath]) => urlPath.endsWith('.css'))?.[1];
    expect(css?.cacheControl).toBe('public, max-age=31536000, immutable');
    expect(site.notFound.cacheControl).toBe('no-cache');
  });
});

describe('rendering on demand', () => {
  it('reuses the rendering of every release whose input is unchanged when another one changes', async () => {
    const render = await createRenderer(DIRS);
    const seed = seedLoaded();
    const rich = richLoaded();
    const before = render(siteOf(seed, rich));
    const seedPage = identityOf(resource(before, SEED_PAGE));
    const home = identityOf(resource(before, '/'));
    const changed = { ...rich, release: { ...rich.release, headline: { line: 5, text: 'A new headline' } } };
    const after = render(siteOf({ ...seed }, changed));
    expect(identityOf(resource(after, SEED_PAGE))).toBe(seedPage);
    expect(page(resource(after, '/releases/widgets-2005-q4'))('h1').text()).toBe('A new headline');
    expect(identityOf(resource(after, '/'))).not.toBe(home);
  });

  it('draws no card until one is asked for, then that one only, once, from what the site says of the release', async () => {
    const drawn: string[] = [];
    const render = await createRenderer({ ...DIRS, drawCard: (view) => {
      drawn.push(view.headline);
      return Promise.resolve(Buffer.from(view.headline));
    } });
    const seed = seedLoaded();
    const site = render(siteOf({ ...seed, meta: { ...seed.meta, headline: 'Postal contract extended' } }, richLoaded()));
    for (const [urlPath, representation] of site.resources) if (!urlPath.endsWith('/card.png')) representation.body('identity');
    expect(drawn).toEqual([]);
    const card = resource(site, `${SEED_PAGE}/card.png`);
    expect((await card.produced()).toString()).toBe('Postal contract extended');
    expect((await card.produced()).toString()).toBe('Postal contract extended');
    expect(drawn).toEqual(['Postal contract extended']);
  });

  it('declares a release again when its front matter changes, and not otherwise', async () => {
    const render = await createRenderer({ ...DIRS, drawCard: stubCard });
    const seed = seedLoaded();
    const before = render(siteOf(seed));
    expect(resource(render(siteOf(seed)), `${SEED_PAGE}/card.png`)).toBe(resource(before, `${SEED_PAGE}/card.png`));
    const retitled = render(siteOf({ ...seed, meta: { ...seed.meta, headline: 'Postal contract extended' } }));
    expect(resource(retitled, `${SEED_PAGE}/card.png`)).not.toBe(resource(before, `${SEED_PAGE}/card.png`));
    expect(page(resource(retitled, SEED_PAGE))('meta[property="og:image:alt"]').attr('content')).toMatch(/: Postal contract extended$/);
  });

  it('publishes a release that cannot be rendered as filed, preformatted, and reports it once', async () => {
    const { logger, entries } = captureLogger();
    const render = await createRenderer({ ...DIRS, logger });
    const strange = unrenderable();
    const site = render(siteOf(strange, richLoaded()));
    expect(entries).toEqual([]);

    const $ = page(resource(site, SEED_PAGE));
    expect($('main pre').text()).toContain('POSTAL CONTRACT EXTENSION');
    expect(readableText($, 'main')).toContain('Edward F. Ruttenberg');
    expect(JSON.parse(identityOf(resource(site, `${SEED_PAGE}.json`)).toString('utf8'))).toMatchObject({
      body: [{ type: 'preformatted' }],
    });
    expect(identityOf(resource(site, `${SEED_PAGE}.txt`)).equals(seedSource)).toBe(true);
    expect(page(resource(site, '/releases/widgets-2005-q4'))('h1').text()).toBe('Widgets & Gadgets <Holdings> posts "record" year');

    const problems = entries.filter((entry) => entry.level === LEVEL.error);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.msg).toMatch(/^american-locker-2004-05\.txt: the release could not be rendered/);
    render(siteOf(strange, richLoaded()));
    expect(entries.filter((entry) => entry.level === LEVEL.error)).toHaveLength(1);
  });

  it('lists a release whose date the calendar does not have as undated, everywhere', async () => {
    const loaded = seedLoaded();
    const badDate = { ...loaded, meta: { ...loaded.meta, date: '2004-13-45' } };
    const site = (await createRenderer(DIRS))(siteOf(badDate, richLoaded()));
    const $ = page(resource(site, '/'));
    expect($('ol.release-list > li')).toHaveLength(2);
    expect($('ol.release-list > li .entry-date').first().text()).toBe('Undated');
    expect(site.resources.has('/releases/undated/')).toBe(true);
    expect(site.resources.has('/releases/2004/')).toBe(false);
    expect(JSON.parse(identityOf(resource(site, `${SEED_PAGE}.json`)).toString('utf8'))).toMatchObject({ date: null });
  });
});
