import { mkdtemp, writeFile, mkdir, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRenderer, type Renderer } from '../../src/render/renderer.js';
import type { RenderedSite } from '../../src/render/representation.js';
import { richLoaded } from './fixtures/rich-release.js';
import { identityOf, page, readableText, resource } from './fixtures/rendered.js';
import { seedLoaded, seedSource } from '../fixtures/seed-release.js';
import { DIRS, projectRenderer, siteOf } from './fixtures/site.js';

describe('renderSite', () => {
  let render: Renderer;
  let site: RenderedSite;
  beforeAll(async () => {
    render = await projectRenderer();
    site = render(siteOf(seedLoaded(), richLoaded()));
  });

  it('holds every page, format and asset at the paths of the URL space', () => {
    expect([...site.resources.keys()].sort()).toEqual([
      '/',
      expect.stringMatching(/^\/assets\/icon\.[0-9a-f]{8}\.svg$/),
      expect.stringMatching(/^\/assets\/style\.[0-9a-f]{8}\.css$/),
      '/atom.xml',
      '/embed/latest',
      '/favicon.ico',
      '/feed.json',
      '/feed.xml',
      '/releases.json',
      '/releases/2004/',
      '/releases/2005/',
      '/releases/american-locker-2004-05',
      '/releases/american-locker-2004-05.json',
      '/releases/american-locker-2004-05.txt',
      '/releases/american-locker-2004-05/card.png',
      '/releases/american-locker-2004-05/embed',
      '/releases/widgets-2005-q4',
      '/releases/widgets-2005-q4.json',
      '/releases/widgets-2005-q4.txt',
      '/releases/widgets-2005-q4/card.png',
      '/releases/widgets-2005-q4/embed',
      '/robots.txt',
      '/sitemap.xml',
    ]);
  });

  it('serves content with its type, cacheable for five minutes and stale while it is checked', () => {
    const expected = {
      '/': 'text/html; charset=utf-8',
      '/releases.json': 'application/json; charset=utf-8',
      '/releases/american-locker-2004-05': 'text/html; charset=utf-8',
      '/releases/american-locker-2004-05.txt': 'text/plain; charset=utf-8',
      '/releases/american-locker-2004-05.json': 'application/json; charset=utf-8',
    };
    for (const [urlPath, contentType] of Object.entries(expected)) {
      const representation = resource(site, urlPath);
      expect([urlPath, representation.status, representation.contentType, representation.cacheControl]).toEqual([
        urlPath, 200, contentType, 'public, max-age=300, stale-while-revalidate=86400',
      ]);
    }
  });

  it('serves the text exactly as filed', () => {
    expect(identityOf(resource(site, '/releases/american-locker-2004-05.txt')).equals(seedSource)).toBe(true);
    expect(identityOf(resource(site, '/releases/widgets-2005-q4.txt')).equals(richLoaded().source.bytes())).toBe(true);
  });

  it('serves JSON pretty-printed with a final newline, parseable to the agreed shape', async () => {
    const body = identityOf(resource(site, '/releases/american-locker-2004-05.json')).toString('utf8');
    expect(body.startsWith('{\n  "slug": "american-locker-2004-05",\n')).toBe(true);
    expect(body.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(body) as object)).toEqual([
      'slug', 'headline', 'subheadline', 'date', 'company', 'ticker', 'wire', 'dateline', 'releaseNumber',
      'contacts', 'body', 'safeHarbor', 'afterSafeHarbor', 'canonical', 'source',
    ]);
    // Written a few releases at a time, as ten thousand would be: asynchronously.
    const list = JSON.parse((await resource(site, '/releases.json').produced()).toString('utf8')) as { releases: { slug: string }[] };
    expect(list.releases.map((r) => r.slug)).toEqual(['american-locker-2004-05', 'widgets-2005-q4']);
  });

  it('compresses every resource to forms that decompress to its identity body', { timeout: 30_000 }, async () => {
    for (const representation of [...site.resources.values(), site.notFound, site.methodNotAllowed, site.serverError]) {
      const { identity, gzip, br } = await representation.complete();
      expect(gunzipSync(gzip).equals(identity)).toBe(true);
      expect(brotliDecompressSync(br).equals(identity)).toBe(true);
      expect(representation.etag()).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    }
  });

  it('serves the stylesheet under its fingerprint, cached for good', () => {
    const [urlPath, css] = [...site.resources].find(([p]) => p.endsWith('.css')) ?? [];
    expect(css?.contentType).toBe('text/css; charset=utf-8');
    expect(css?.cacheControl).toBe('public, max-age=31536000, immutable');
    expect(css && identityOf(css).toString('utf8')).toContain('prefers-color-scheme: dark');
    expect(urlPath).toBe(page(resource(site, '/')).root().find('link[rel="stylesheet"]').attr('href'));
  });

  it('serves a real 32x32 icon at /favicon.ico', () => {
    const favicon = resource(site, '/favicon.ico');
    expect(favicon.contentType).toBe('image/x-icon');
    const bytes = identityOf(favicon);
    expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2), bytes.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([bytes[6], bytes[7]]).toEqual([32, 32]);
    const imageAt = bytes.readUInt32LE(18);
    expect(bytes.subarray(imageAt, imageAt + 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  });

  it('lets crawlers read everything, from /robots.txt under its well-known name, and names the sitemap', () => {
    const robots = resource(site, '/robots.txt');
    expect(robots.contentType).toBe('text/plain; charset=utf-8');
    expect(robots.cacheControl).toBe('public, max-age=86400');
    expect(identityOf(robots).toString('utf8')).toBe('User-agent: *\nAllow: /\n\nSitemap: http://localhost:3000/sitemap.xml\n');
  });

  it('renders the error pages in the layout, with their status and no details', () => {
    expect([site.notFound.status, site.methodNotAllowed.status, site.serverError.status]).toEqual([404, 405, 500]);
    expect([site.notFound.cacheControl, site.methodNotAllowed.cacheControl, site.serverError.cacheControl]).toEqual([
      'no-cache', 'no-cache', 'no-store',
    ]);
    for (const representation of [site.notFound, site.methodNotAllowed, site.serverError]) {
      const $ = page(representation);
      expect(representation.contentType).toBe('text/html; charset=utf-8');
      expect($('h1')).toHaveLength(1);
      expect($('link[rel="stylesheet"]')).toHaveLength(1);
      expect($('main a[href="/"]')).toHaveLength(1);
    }
    expect(page(site.notFound)('h1').text()).toBe('Page not found');
    expect(page(site.serverError)('title').text()).toBe('Something went wrong | Pressroom');
  });

  it('lists releases on the index in site order, with dates as time elements', () => {
    const $ = page(resource(site, '/'));
    expect($('h1').text()).toBe('Press releases');
    const entries = $('ol.release-list > li');
    expect(entries.map((_, li) => $(li).find('h2 a').attr('href')).get()).toEqual([
      '/releases/american-locker-2004-05',
      '/releases/widgets-2005-q4',
    ]);
    expect(entries.first().find('h2').text()).toBe('AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION');
    expect(entries.first().find('time').attr('datetime')).toBe('2004-10-13');
    expect(entries.first().find('time').text()).toBe('October 13, 2004');
    expect(entries.first().find('.entry-company').text()).toBe('American Locker Group Incorporated');
  });

  it('says so when there is nothing to list', () => {
    const $ = page(resource(render(siteOf()), '/'));
    expect($('ol.release-list')).toHaveLength(0);
    expect(readableText($, 'main')).toContain('No releases have been published yet.');
  });

  it('reuses unchanged representations when content changes elsewhere', async () => {
    const fresh = await projectRenderer();
    const seed = seedLoaded();
    const before = fresh(siteOf(seed, richLoaded()));
    const after = fresh(siteOf(seed));
    for (const format of ['.txt', '.json']) {
      const urlPath = `/releases/american-locker-2004-05${format}`;
      expect(after.resources.get(urlPath)).toBe(before.resources.get(urlPath));
    }
    expect(after.resources.get('/')).not.toBe(before.resources.get('/'));
    expect(after.resources.has('/releases/widgets-2005-q4')).toBe(false);
  });

  it('makes a release page again when its neighbours change, and only then', async () => {
    const fresh = await projectRenderer();
    const [seed, rich] = [seedLoaded(), richLoaded()];
    const other = { ...seedLoaded(), slug: 'other', file: 'other.txt' };
    const before = fresh(siteOf(rich, seed, other));
    const same = fresh(siteOf({ ...rich }, { ...seed }, { ...other }));
    expect(same.resources.get('/releases/american-locker-2004-05')).toBe(before.resources.get('/releases/american-locker-2004-05'));
    const renamed = { ...other, meta: { ...other.meta, headline: 'Another headline' } };
    const after = fresh(siteOf(rich, seed, renamed));
    expect(after.resources.get('/releases/american-locker-2004-05')).not.toBe(before.resources.get('/releases/american-locker-2004-05'));
    expect(after.resources.get('/releases/widgets-2005-q4')).toBe(before.resources.get('/releases/widgets-2005-q4'));
    expect(page(resource(after, '/releases/american-locker-2004-05'))('.release-neighbours').text()).toContain('Another headline');
  });
});

describe('createRenderer', () => {
  async function copyOfProject(): Promise<{ views: string; public: string }> {
    const root = await mkdtemp(path.join(tmpdir(), 'pressroom-render-'));
    const dirs = { views: path.join(root, 'views'), public: path.join(root, 'public') };
    await cp(DIRS.views, dirs.views, { recursive: true });
    await cp(DIRS.public, dirs.public, { recursive: true });
    return dirs;
  }

  it('reads templates and files once: later changes on disk do not show', async () => {
    const dirs = await copyOfProject();
    const render = await createRenderer(dirs);
    await writeFile(path.join(dirs.views, 'error.ejs'), '<p>changed</p>');
    await writeFile(path.join(dirs.public, 'style.css'), 'body { color: red }');
    const site = render(siteOf());
    expect(page(site.notFound)('h1').text()).toBe('Page not found');
    const bodies = await Promise.all([...site.resources.values()].map((r) => r.produced()));
    expect(bodies.some((body) => body.toString().includes('color: red'))).toBe(false);
  });

  it('refuses a public file it has no content type for', async () => {
    const dirs = await copyOfProject();
    await writeFile(path.join(dirs.public, 'notes.md'), '# notes');
    await expect(createRenderer(dirs)).rejects.toThrow(/notes\.md: no content type known for "\.md"/);
  });

  it('refuses a public folder without the stylesheet', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'pressroom-render-'));
    await mkdir(path.join(root, 'public'));
    await writeFile(path.join(root, 'public', 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
    await expect(createRenderer({ views: DIRS.views, public: path.join(root, 'public') })).rejects.toThrow(/must hold style\.css/);
  });

  it('names a partial that a template calls but the views do not hold', async () => {
    const dirs = await copyOfProject();
    await writeFile(path.join(dirs.views, 'error.ejs'), "<%- this.partial('missing', view) %>");
    const render = await createRenderer(dirs);
    expect(() => identityOf(render(siteOf()).notFound)).toThrow(/no partial template "missing"/);
  });
});
