import path from 'node:path';
import { connect } from 'node:net';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createApp } from '../../src/http/app.js';
import { PERMISSIONS_POLICY } from '../../src/http/security-headers.js';
import type { Representation } from '../../src/render/representation.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { captureLogger } from '../content/capture-logger.js';
import { send, serve } from './raw-client.js';
import { renderedSite } from './rendered-site.js';
import { expectSecurityHeaders } from './security-expectations.js';

const CONTENT = path.join(import.meta.dirname, '../fixtures/content/good');

let server: RunningServer;
let origin: string;
let release: string;
let stylesheet: string;
let icon: string;

beforeAll(async () => {
  server = await startServer(
    parseConfig({ PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: CONTENT, WATCH: '0', ACCESS_LOG: '0' }),
    captureLogger().logger,
  );
  origin = server.url.replace(/\/$/, '');
  const listed = JSON.parse((await send(origin, '/releases.json')).body.toString('utf8')) as { releases: { url: string }[] };
  release = listed.releases[0]?.url ?? '';
  const $ = load((await send(origin, '/')).body.toString('utf8'));
  stylesheet = $('link[rel=stylesheet]').attr('href') ?? '';
  icon = $('link[rel=icon]').first().attr('href') ?? '';
});
afterAll(async () => {
  await server.close();
});

describe('every response type carries the security headers', () => {
  it.each([
    ['a page', (): string => release, {}, 200, /^text\/html/, { script: true }],
    ['the index', (): string => '/', {}, 200, /^text\/html/, {}],
    ['JSON', (): string => `${release}.json`, {}, 200, /^application\/json/, { shared: true }],
    ['text as filed', (): string => `${release}.txt`, {}, 200, /^text\/plain/, {}],
    ['CSS', (): string => stylesheet, {}, 200, /^text\/css/, {}],
    ['an icon', (): string => icon, {}, 200, /^image\//, {}],
    ['robots.txt', (): string => '/robots.txt', {}, 200, /^text\/plain/, {}],
    ['a 301 to the address without a slash', (): string => `${release}/`, {}, 301, null, {}],
    ['a 404', (): string => '/no-such-page', {}, 404, /^text\/html/, {}],
    ['a 405', (): string => release, { method: 'POST' }, 405, /^text\/html/, {}],
    ['a 405 for DELETE', (): string => '/', { method: 'DELETE' }, 405, /^text\/html/, {}],
    ['HEAD', (): string => release, { method: 'HEAD' }, 200, /^text\/html/, { script: true }],
    ['HEAD of a 404', (): string => '/missing', { method: 'HEAD' }, 404, /^text\/html/, {}],
    ['brotli', (): string => release, { headers: { 'accept-encoding': 'br' } }, 200, /^text\/html/, { script: true }],
    ['an embedded release', (): string => `${release}/embed`, {}, 200, /^text\/html/, {}],
    ['the latest releases to embed', (): string => '/embed/latest?limit=3', {}, 200, /^text\/html/, {}],
    ['a 400 for a bad limit', (): string => '/embed/latest?limit=0', {}, 400, /^text\/html/, {}],
    ['the RSS feed', (): string => '/feed.xml', {}, 200, /^application\/rss\+xml/, { shared: true }],
    ['the Atom feed', (): string => '/atom.xml', {}, 200, /^application\/atom\+xml/, { shared: true }],
    ['the JSON feed', (): string => '/feed.json', {}, 200, /^application\/feed\+json/, { shared: true }],
    ['the sitemap', (): string => '/sitemap.xml', {}, 200, /^application\/xml/, {}],
    ['a preview card', (): string => `${release}/card.png`, {}, 200, /^image\/png/, { shared: true }],
    ['a page of search results', (): string => '/search?q=locker', {}, 200, /^text\/html/, {}],
    ['a 301 from /releases', (): string => '/releases', {}, 301, null, {}],
    ['a 404 in JSON', (): string => '/releases/no-such-release.json', {}, 404, /^application\/json/, {}],
    ['the liveness check', (): string => '/healthz', {}, 200, /^text\/plain/, {}],
    ['the readiness check', (): string => '/readyz', {}, 200, /^text\/plain/, {}],
  ] as const)('%s', async (_name, target, options, status, type, expected) => {
    const res = await send(origin, target(), options);
    expect(res.status).toBe(status);
    if (type !== null) expect(res.headers['content-type']).toMatch(type);
    expectSecurityHeaders(res.headers, expected);
  });

  it('a 304', async () => {
    const { headers } = await send(origin, release);
    const res = await send(origin, release, { headers: { 'if-none-match': headers.etag ?? '' } });
    expect(res.status).toBe(304);
    expectSecurityHeaders(res.headers, { script: true });
  });

  it('a 400 for a request the parser refuses, and a 431 for oversized headers', async () => {
    for (const [request, status] of [
      ['GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n', 400],
      ['GET /%zz HTTP/1.1\r\r\n\r\n', 400],
      [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ] as const) {
      const head = (await raw(origin, request)).split('\r\n\r\n')[0] ?? '';
      expect(head).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
      expect(head).toContain(`permissions-policy: ${PERMISSIONS_POLICY}`);
      expect(head).toContain('strict-transport-security: max-age=31536000; includeSubDomains');
      expect(head).toContain("content-security-policy: default-src 'none'");
      expect(head).toContain('x-content-type-options: nosniff');
    }
  });

  it('a 400 for a request without Host', async () => {
    const res = await raw(origin, 'GET / HTTP/1.1\r\n\r\n');
    expect(res).toMatch(/^HTTP\/1.1 400 /);
    expect(res.toLowerCase()).toContain(`permissions-policy: ${PERMISSIONS_POLICY}`);
  });

  it('a 500', async () => {
    const site = renderedSite();
    const resources = new (class extends Map<string, Representation> {
      override get(): Representation | undefined {
        throw new Error('fault');
      }
    })(site.resources);
    const app = serve(createApp({ site: () => ({ ...site, resources }), logger: captureLogger().logger }));
    const { origin: faulty, close } = await app;
    try {
      const res = await send(faulty, '/');
      expect(res.status).toBe(500);
      expectSecurityHeaders(res.headers);
    } finally {
      await close();
    }
  });

  it('HSTS as configured', async () => {
    const app = createApp({
      site: () => renderedSite(),
      logger: captureLogger().logger,
      security: { hsts: { maxAge: 63_072_000, includeSubDomains: true, preload: true }, frameAncestors: [] },
    });
    const { origin: configured, close } = await serve(app);
    try {
      const res = await send(configured, '/');
      expectSecurityHeaders(res.headers, { hsts: 'max-age=63072000; includeSubDomains; preload' });
    } finally {
      await close();
    }
  });
});

/** Writes bytes as given and reads everything until the server closes the connection. */
function raw(target: string, request: string): Promise<string> {
  const { hostname, port } = new URL(target);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => { resolve(Buffer.concat(chunks).toString('latin1')); });
    socket.on('error', reject);
  });
}
