import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import type { RenderedSite, Representation } from '../../src/render/representation.js';
import { captureLogger, LEVEL, type LogEntry } from '../content/capture-logger.js';
import { send, serve } from './raw-client.js';
import { bodyOf, home, LAST_MODIFIED, releaseJson, releasePage, renderedSite, representation, tagOf, warmed } from './rendered-site.js';

const CSP = "default-src 'none';style-src 'self';img-src 'self';base-uri 'none';form-action 'self';frame-ancestors 'none'";
const RELEASE = '/releases/2004-10-13-american-locker-group-postal-contract-extension';
const TAG = tagOf(home).slice(1, -1);

/** Fails on one path, as a fault anywhere in answering would. */
class ThrowingMap extends Map<string, Representation> {
  override get(path: string): Representation | undefined {
    if (path === '/boom') throw new Error('secret detail');
    return super.get(path);
  }
}

let site: RenderedSite;
let origin: string;
let close: () => Promise<void>;
let logs: LogEntry[];

beforeEach(async () => {
  site = await warmed(renderedSite());
  const { logger, entries } = captureLogger();
  logs = entries;
  ({ origin, close } = await serve(createApp({ site: () => site, logger })));
});
afterEach(async () => {
  await close();
});

function title(body: Buffer): string {
  return load(body.toString('utf8'))('title').text();
}

describe('security headers', () => {
  it('sends the content security policy exactly, and no x-powered-by', async () => {
    const res = await send(origin, '/');
    expect(res.headers['content-security-policy']).toBe(CSP);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
  });

  it('sends them on error responses too', async () => {
    for (const res of [await send(origin, '/nowhere'), await send(origin, '/', { method: 'POST' })]) {
      expect(res.headers['content-security-policy']).toBe(CSP);
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });
});

describe('GET a published resource', () => {
  it('sends the identity body when the client asks for no encoding', async () => {
    const res = await send(origin, '/');
    expect(res.status).toBe(200);
    expect(res.body.equals(bodyOf(home))).toBe(true);
    expect(res.headers['content-type']).toBe(home.contentType);
    expect(res.headers['content-length']).toBe(String(bodyOf(home).length));
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.etag).toBe(tagOf(home));
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('prefers brotli, then gzip, each with its own ETag', async () => {
    const br = await send(origin, '/', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.etag).toBe(`"${TAG}-br"`);
    expect(br.headers['content-length']).toBe(String(bodyOf(home, 'br').length));
    expect(brotliDecompressSync(br.body).equals(bodyOf(home))).toBe(true);

    const gzip = await send(origin, '/', { headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.etag).toBe(`"${TAG}-gz"`);
    expect(gunzipSync(gzip.body).equals(bodyOf(home))).toBe(true);

    const identity = await send(origin, '/', { headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(bodyOf(home))).toBe(true);
  });

  it('serves JSON with its own content type', async () => {
    const res = await send(origin, `${RELEASE}.json`);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.body.toString('utf8'))).toEqual({ headline: 'Postal contract extension' });
  });

  it('reads the site anew on every request, so a swapped site is served at once', async () => {
    expect((await send(origin, '/later')).status).toBe(404);
    site = renderedSite({ '/later': representation('<title>Later</title>') });
    const res = await send(origin, '/later');
    expect(res.status).toBe(200);
    expect(title(res.body)).toBe('Later');
  });
});

describe('conditional requests', () => {
  it.each([
    ['the identity tag', `"${TAG}"`, 'identity', `"${TAG}"`],
    ['a weak tag', `W/"${TAG}"`, 'identity', `"${TAG}"`],
    ['the gzip tag while brotli would be sent', `"${TAG}-gz"`, 'br, gzip', `"${TAG}-gz"`],
    ['a list', `"nope", "${TAG}-br"`, 'br', `"${TAG}-br"`],
    ['*', '*', 'gzip', `"${TAG}-gz"`],
  ])('answers %s with 304, no body, and the tag held', async (_name, ifNoneMatch, acceptEncoding, etag) => {
    const res = await send(origin, '/', { headers: { 'if-none-match': ifNoneMatch, 'accept-encoding': acceptEncoding } });
    expect(res.status).toBe(304);
    expect(res.body.length).toBe(0);
    expect(res.headers.etag).toBe(etag);
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('answers If-Modified-Since from the time the representation was last modified', async () => {
    const page = await send(origin, RELEASE);
    expect(page.headers['last-modified']).toBe(LAST_MODIFIED.toUTCString());
    const unchanged = await send(origin, RELEASE, { headers: { 'if-modified-since': LAST_MODIFIED.toUTCString() } });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.etag).toBe(tagOf(releasePage));
    const changed = await send(origin, RELEASE, { headers: { 'if-modified-since': 'Tue, 12 Oct 2004 00:00:00 GMT' } });
    expect(changed.status).toBe(200);
  });

  it('sends the body when the tag is stale', async () => {
    const res = await send(origin, '/', { headers: { 'if-none-match': `"${tagOf(releasePage).slice(1, -1)}"` } });
    expect(res.status).toBe(200);
    expect(res.body.equals(bodyOf(home))).toBe(true);
  });

  it('answers HEAD with 304 as well', async () => {
    const res = await send(origin, '/', { method: 'HEAD', headers: { 'if-none-match': tagOf(home) } });
    expect(res.status).toBe(304);
  });

  it('never answers 304 for a missing page', async () => {
    const res = await send(origin, '/nowhere', { headers: { 'if-none-match': '*' } });
    expect(res.status).toBe(404);
  });
});

describe('HEAD', () => {
  it('sends the headers GET would, without a body', async () => {
    const get = await send(origin, RELEASE, { headers: { 'accept-encoding': 'gzip' } });
    const head = await send(origin, RELEASE, { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of ['content-type', 'content-length', 'content-encoding', 'etag', 'vary', 'cache-control']) {
      expect(head.headers[name]).toBe(get.headers[name]);
    }
    expect(head.headers['content-length']).toBe(String(bodyOf(releasePage, 'gzip').length));
  });

  it('sends the headers of the not-found page without its body', async () => {
    const head = await send(origin, '/nowhere', { method: 'HEAD' });
    expect(head.status).toBe(404);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(bodyOf(site.notFound).length));
  });
});

describe('trailing slashes', () => {
  it('redirects to the address without the slash when that exists', async () => {
    const res = await send(origin, `${RELEASE}/`);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(RELEASE);
  });

  it('keeps the query string', async () => {
    const res = await send(origin, `${RELEASE}/?from=ir`);
    expect(res.headers.location).toBe(`${RELEASE}?from=ir`);
  });

  it('gives 404 when the address without the slash does not exist either', async () => {
    expect((await send(origin, '/releases/unknown/')).status).toBe(404);
  });

  it('sends a doubled slash home', async () => {
    const res = await send(origin, '//');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/');
  });

  it('does not redirect to another host', async () => {
    site = renderedSite({ '//evil.example': representation('x') });
    const res = await send(origin, '//evil.example/');
    expect(res.status).toBe(404);
  });
});

describe('errors', () => {
  it('answers an unknown path with the not-found page and 404', async () => {
    const res = await send(origin, '/releases/nope', { headers: { 'accept-encoding': 'br' } });
    expect(res.status).toBe(404);
    expect(title(brotliDecompressSync(res.body))).toBe('Not found');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s with 405 and Allow, on any path', async (method) => {
    for (const path of ['/', '/nowhere']) {
      const res = await send(origin, path, { method });
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
      expect(title(res.body)).toBe('Method not allowed');
    }
  });

  it('answers an exception with the 500 page, logs it, and shows no detail', async () => {
    site = { ...site, resources: new ThrowingMap(site.resources) };
    const res = await send(origin, '/boom');
    expect(res.status).toBe(500);
    expect(title(res.body)).toBe('Something went wrong');
    expect(res.body.toString('utf8')).not.toMatch(/secret detail|at .*\.ts/);
    expect(res.headers['content-security-policy']).toBe(CSP);
    const logged = logs.find((entry) => entry.level === LEVEL.error && entry.msg === 'request failed');
    expect(logged?.['err']).toMatchObject({ message: 'secret detail' });
    expect((await send(origin, '/')).status).toBe(200);
  });

  it('still answers 500 in plain text when the site cannot be had at all', async () => {
    const { logger } = captureLogger();
    const broken = await serve(
      createApp({
        site: () => {
          throw new Error('no site');
        },
        logger,
      }),
    );
    try {
      const res = await send(broken.origin, '/');
      expect(res.status).toBe(500);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.body.toString('utf8')).toBe('Internal Server Error\n');
    } finally {
      await broken.close();
    }
  });
});

describe('nothing outside the rendered site is reachable', () => {
  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/releases/..%2f..%2fpackage.json',
    '/releases/../../package.json',
    '/public/style.css',
    '/src/main.ts',
    '/content/american-locker-2004-05.txt',
    '/views/layout.ejs',
    '/node_modules/express/package.json',
  ])('%s is 404', async (target) => {
    const res = await send(origin, target);
    expect(res.status).toBe(404);
    expect(title(res.body)).toBe('Not found');
  });

  it.each(['/%', '/%E0%A4%A', '/releases/%00', '/%c0%ae%c0%ae/', '/nowhere?%zz=%', '/releases/%ff%fe'])(
    'a malformed URL (%s) gets 404, and the server stays up',
    async (target) => {
      expect((await send(origin, target)).status).toBe(404);
      expect((await send(origin, '/')).status).toBe(200);
    },
  );
});

it('serves the release JSON unchanged between requests', async () => {
  const first = await send(origin, `${RELEASE}.json`);
  const second = await send(origin, `${RELEASE}.json`);
  expect(second.headers.etag).toBe(first.headers.etag);
  expect(second.body.equals(bodyOf(releaseJson))).toBe(true);
});
