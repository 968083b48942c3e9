import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { captureLogger } from '../content/capture-logger.js';
import { send } from './raw-client.js';
import { CSP, expectSecurityHeaders } from './security-expectations.js';

const CORPUS = path.join(import.meta.dirname, '../fixtures/corpus');

let server: RunningServer;
let origin: string;
beforeAll(async () => {
  server = await startServer(
    parseConfig({ PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: CORPUS, WATCH: '0', ACCESS_LOG: '0' }),
    captureLogger().logger,
  );
  origin = server.url.replace(/\/$/, '');
});
afterAll(async () => {
  await server.close();
});

describe('GET /search', () => {
  it('answers with the results, every security header, noindex, a minute of caching and a validator', async () => {
    const res = await send(origin, '/search?q=postal+contracts');
    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers);
    expect(res.headers['content-security-policy']).toBe(CSP);
    expect(CSP).toContain("form-action 'self'");
    expect(res.headers['x-robots-tag']).toBe('noindex');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers.etag).toMatch(/^"[\w-]{22}"$/);
    expect(res.headers['content-length']).toBe(String(res.body.length));
    expect(res.headers['content-encoding']).toBeUndefined();
    const $ = load(res.body.toString('utf8'));
    expect($('main li h2 a').attr('href')).toBe('/releases/2004-10-13-american-locker-group-postal-contract-extension');
    expect($('main li mark').map((_, mark) => $(mark).text().toLowerCase()).get()).toEqual(expect.arrayContaining(['postal', 'contract']));
  });

  it('compresses the page for clients that take brotli or gzip, each encoding with its own tag', async () => {
    const plain = await send(origin, '/search?q=revenue');
    for (const [accept, encoding, decode, suffix] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync, '-br'],
      ['gzip', 'gzip', gunzipSync, '-gz'],
    ] as const) {
      const res = await send(origin, '/search?q=revenue', { headers: { 'accept-encoding': accept } });
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers.etag).toBe(`${(plain.headers.etag ?? '').slice(0, -1)}${suffix}"`);
      expect(res.body.length).toBeLessThan(plain.body.length / 2);
      expect(decode(res.body).equals(plain.body)).toBe(true);
      expectSecurityHeaders(res.headers);
    }
  });

  it('answers 304 to a client holding the page in any encoding, and HEAD without a body', async () => {
    const br = await send(origin, '/search?q=revenue', { headers: { 'accept-encoding': 'br' } });
    const again = await send(origin, '/search?q=revenue', { headers: { 'if-none-match': br.headers.etag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['x-robots-tag']).toBe('noindex');
    expectSecurityHeaders(again.headers);
    const head = await send(origin, '/search?q=revenue', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe((await send(origin, '/search?q=revenue')).headers['content-length']);
  });

  it('prompts for words without a query, and refuses a query too long or a page that is not one with 400', async () => {
    const prompt = await send(origin, '/search');
    expect(prompt.status).toBe(200);
    expect(prompt.headers['cache-control']).toBe('public, max-age=60');
    for (const target of [`/search?q=${'a'.repeat(201)}`, '/search?q=revenue&page=abc']) {
      const res = await send(origin, target);
      expect(res.status, target).toBe(400);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['x-robots-tag']).toBe('noindex');
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expectSecurityHeaders(res.headers);
    }
    const past = await send(origin, '/search?q=revenue&page=9');
    expect(past.status).toBe(404);
    expect(past.headers['cache-control']).toBe('no-cache');
  });

  it('reads a repeated parameter by its first value, and a query however it is encoded', async () => {
    const repeated = load((await send(origin, '/search?q=Combinet&q=Apple')).body.toString('utf8'));
    expect(repeated('main li h2').text()).toBe('CISCO SYSTEMS TO ACQUIRE COMBINET INC.');
    const encoded = load((await send(origin, '/search?q=%3Cscript%3E%20combinet%zz')).body.toString('utf8'));
    expect(encoded('header input[name="q"]').val()).toBe('<script> combinet%zz');
    expect(encoded('script')).toHaveLength(0);
  });

  it('is read only: other methods get 405', async () => {
    const res = await send(origin, '/search?q=revenue', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });
});
