import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import type { RenderedSite } from '../../src/render/representation.js';
import { ExportError } from '../../src/static-export/export-error.js';
import { exportSite, type Exported } from '../../src/static-export/export-site.js';
import { captureLogger } from '../content/capture-logger.js';
import { temporaryDirs } from '../fixtures/temporary-dirs.js';
import { SEED_MODIFIED, seedLoaded } from '../fixtures/seed-release.js';
import { projectRenderer, siteOf } from '../render/fixtures/site.js';
import { representation } from '../http/rendered-site.js';

const SEED_PAGE = '/releases/american-locker-2004-05';
const scratch = temporaryDirs('pressroom-export-');

async function exportOf(site: RenderedSite): Promise<{ out: string; exported: Exported }> {
  const out = path.join(await scratch(), 'site');
  const exported = await exportSite(site, createApp({ site: () => site, logger: captureLogger().logger }), out);
  return { out, exported };
}

describe('exportSite', () => {
  let site: RenderedSite;
  let out: string;
  let exported: Exported;
  beforeAll(async () => {
    site = (await projectRenderer())(siteOf(seedLoaded()));
    ({ out, exported } = await exportOf(site));
  });

  it('writes every URL the site holds, and the not-found pages', () => {
    expect(exported.files.map((file) => file.url)).toEqual([...[...site.resources.keys()].sort((a, b) => a.localeCompare(b)), null, null]);
    expect(exported.files.filter((file) => file.url === null).map((file) => file.file)).toEqual(['404.html', '404.json']);
    expect(exported.files.find((file) => file.url === SEED_PAGE)?.file).toBe('releases/american-locker-2004-05.html');
  });

  it('writes each body as the site has it, with .gz and .br forms of it', async () => {
    for (const { url, file } of exported.files) {
      const notFound = file === '404.json' ? site.notFoundJson : site.notFound;
      const expected = (await (url === null ? notFound : site.resources.get(url))?.complete())?.identity;
      const [identity, gzip, br] = await Promise.all(['', '.gz', '.br'].map((suffix) => readFile(path.join(out, file + suffix))));
      expect(identity?.equals(expected ?? Buffer.alloc(0)), file).toBe(true);
      expect(gzip && gunzipSync(gzip).equals(identity ?? Buffer.alloc(0)), file).toBe(true);
      expect(br && brotliDecompressSync(br).equals(identity ?? Buffer.alloc(0)), file).toBe(true);
    }
  });

  it('keeps the headers the application sends with each URL, but those a static server writes itself', () => {
    const page = exported.files.find((file) => file.url === SEED_PAGE);
    const names = page?.headers.map(([name]) => name) ?? [];
    expect(names).toContain('Content-Security-Policy');
    expect(names).toContain('Cache-Control');
    expect(names.map((name) => name.toLowerCase())).not.toContain('etag');
    expect(names.map((name) => name.toLowerCase())).not.toContain('content-type');
    expect(exported.files.find((file) => file.url === null)?.headers).toContainEqual(['Cache-Control', 'no-cache']);
  });

  it('lists the redirects with where they lead and the headers the application sends', () => {
    expect(exported.redirects.map(({ url, location }) => [url, location])).toEqual([...site.redirects].map(([url, { location }]) => [url, location]).sort());
    const home = exported.redirects.find((redirect) => redirect.url === '/releases');
    expect(home?.location).toBe('/');
    expect(home?.headers).toContainEqual(['Cache-Control', 'public, max-age=86400']);
    expect(home?.headers.map(([name]) => name.toLowerCase())).not.toContain('location');
  });

  it('dates each file by the time its representation was last modified', async () => {
    const text = await stat(path.join(out, 'releases/american-locker-2004-05.txt.br'));
    expect(Math.floor(text.mtimeMs / 1000)).toBe(Math.floor(SEED_MODIFIED.getTime() / 1000));
  });

  it('refuses a folder that holds files already', async () => {
    await writeFile(path.join(out, 'stale.html'), 'old');
    await expect(exportSite(site, createApp({ site: () => site, logger: captureLogger().logger }), out)).rejects.toThrow(/not empty/);
  });

  it('refuses a URL that no file can stand for', async () => {
    const odd: RenderedSite = { ...site, resources: new Map([['/feed', representation('{}', { contentType: 'application/json' })]]) };
    await expect(exportOf(odd)).rejects.toBeInstanceOf(ExportError);
  });
});
