import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createApp } from '../../src/http/app.js';
import { createRequestListener } from '../../src/http/fast-lane.js';
import { createRenderer } from '../../src/render/renderer.js';
import { loadSite } from '../../src/content/load.js';
import type { RenderedSite } from '../../src/render/representation.js';
import { exportContent, type ContentExport } from '../../src/static-export/export-content.js';
import { captureLogger } from '../content/capture-logger.js';
import { temporaryDirs } from '../fixtures/temporary-dirs.js';
import { send, serve, type RawResponse } from '../http/raw-client.js';
import { startNginx, type RunningNginx } from './nginx.js';

const CORPUS = path.join(import.meta.dirname, '../fixtures/corpus');
const scratch = temporaryDirs('pressroom-export-');
/**
 * Headers each server writes from its own file handling, and Pressroom's request id (each
 * request's own, not the site's); every other one must be the same.
 */
const OWN_HEADERS = new Set(['date', 'connection', 'keep-alive', 'server', 'etag', 'last-modified', 'content-length', 'transfer-encoding', 'accept-ranges', 'x-request-id']);

describe('the static export, served by nginx', () => {
  let exported: ContentExport;
  let nginx: RunningNginx;
  let pressroom: { origin: string; close: () => Promise<void> };
  let site: RenderedSite;

  beforeAll(async () => {
    const dir = await scratch();
    // The corpus, and a copy of one release under a slug of its own that keeps an old one; framing
    // origins give release and embed pages a policy of their own, as JSON-LD does each release page.
    const content = path.join(dir, 'content');
    await cp(CORPUS, content, { recursive: true });
    const seed = await readFile(path.join(CORPUS, 'american-locker-2004-05.txt'));
    await writeFile(path.join(content, 'moved.txt'), Buffer.concat([Buffer.from('---\nslug: postal-contract\naliases: [old-postal-contract]\n---\n'), seed]));
    const config = parseConfig({ CONTENT_DIR: content, FRAME_ANCESTORS: 'https://ir.example.com' });
    const { logger } = captureLogger();
    exported = await exportContent(config, path.join(dir, 'site'), path.join(dir, 'pressroom.conf'), logger);
    nginx = await startNginx(path.join(dir, 'site'), path.join(dir, 'pressroom.conf'));
    const render = await createRenderer({ views: config.viewsDir, public: config.publicDir, publication: config.publication });
    const rendered = render(await loadSite(content, { maxFileBytes: config.maxFileBytes }));
    site = rendered;
    const app = createApp({ site: () => rendered, logger, security: { hsts: config.hsts, frameAncestors: config.frameAncestors } });
    pressroom = await serve(createRequestListener({ app, site: () => rendered }));
  }, 60_000);
  afterAll(async () => {
    await nginx.stop();
    await pressroom.close();
  });

  function sameHeaders(ours: RawResponse, theirs: RawResponse, context: string): void {
    const copied = (response: RawResponse): Record<string, unknown> =>
      Object.fromEntries(Object.entries(response.headers).filter(([name]) => !OWN_HEADERS.has(name)));
    expect(copied(theirs), context).toEqual(copied(ours));
  }

  it('answers every URL of the site with the status, body and headers Pressroom sends', async () => {
    const urls = [...site.resources.keys()];
    expect(urls.length).toBe(exported.files.filter((file) => file.url !== null).length);
    for (const url of urls) {
      const [ours, theirs] = await Promise.all([send(pressroom.origin, url), send(nginx.url, url)]);
      expect([url, theirs.status]).toEqual([url, ours.status]);
      expect(theirs.body.equals(ours.body), url).toBe(true);
      sameHeaders(ours, theirs, url);
    }
  });

  it('sends the precompressed forms, which decompress to the same body', async () => {
    for (const url of site.resources.keys()) {
      const [ours, theirs] = await Promise.all([send(pressroom.origin, url), send(nginx.url, url, { headers: { 'accept-encoding': 'gzip' } })]);
      expect([url, theirs.headers['content-encoding'], theirs.headers.vary]).toEqual([url, 'gzip', 'Accept-Encoding']);
      expect(gunzipSync(theirs.body).equals(ours.body), url).toBe(true);
    }
  });

  it('redirects every address Pressroom redirects, to the same place with the same headers', async () => {
    const redirects = [...site.redirects.keys()];
    expect(redirects).toEqual(expect.arrayContaining(['/releases', '/releases/', '/page/1', '/releases/2004', '/releases/old-postal-contract.txt']));
    for (const url of redirects) {
      for (const target of [url, `${url}?utm_source=ir`]) {
        const [ours, theirs] = await Promise.all([send(pressroom.origin, target), send(nginx.url, target)]);
        expect([target, theirs.status, theirs.headers.location]).toEqual([target, 301, ours.headers.location]);
        // nginx writes a small page with its redirects; Pressroom sends none.
        const theirHeaders = Object.fromEntries(Object.entries(theirs.headers).filter(([name]) => name !== 'content-type'));
        sameHeaders(ours, { ...theirs, headers: theirHeaders }, target);
      }
    }
  });

  it.each(['/releases/no-such-release', '/nowhere.json', '/releases/no-such-release.json', '/index.html', '/404.html', '/releases.json.gz', '/favicon.ico.br'])(
    'answers %s, which is not a URL of the site, with the not-found page as Pressroom does',
    async (url) => {
      const [ours, theirs] = await Promise.all([send(pressroom.origin, url), send(nginx.url, url)]);
      expect(theirs.status).toBe(404);
      expect(ours.status).toBe(404);
      expect(theirs.body.equals(ours.body)).toBe(true);
      sameHeaders(ours, theirs, url);
    },
  );

  it('keeps each release\'s JSON modified when its file and templates were', async () => {
    const url = [...site.resources.keys()].find((candidate) => /^\/releases\/[^/]+\.json$/.test(candidate)) ?? '';
    const [ours, theirs] = await Promise.all([send(pressroom.origin, url), send(nginx.url, url)]);
    expect(theirs.headers['last-modified']).toBe(ours.headers['last-modified']);
  });
});
