import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { scriptSource } from '../../src/render/json-ld.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { captureLogger } from '../content/capture-logger.js';
import { CSP } from './security-expectations.js';
import { exchange, send } from './raw-client.js';

const CORPUS = path.join(import.meta.dirname, '../fixtures/corpus');
const SEED = '/releases/2004-10-13-american-locker-group-postal-contract-extension';
const CARD = `${SEED}/card.png`;

let server: RunningServer;
let origin: string;
beforeAll(async () => {
  server = await startServer(
    parseConfig({ PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: CORPUS, WATCH: '0', ACCESS_LOG: '0', SITE_URL: 'https://ir.example.com/news/', SITE_NAME: 'Example IR' }),
    captureLogger().logger,
  );
  origin = server.url.replace(/\/$/, '');
});
afterAll(async () => {
  await server.close();
});

async function pageAt(target: string): Promise<{ $: CheerioAPI; csp: string }> {
  const res = await send(origin, target);
  expect(res.status).toBe(200);
  return { $: load(res.body.toString('utf8')), csp: String(res.headers['content-security-policy']) };
}

const meta = ($: CheerioAPI, attribute: 'property' | 'name', key: string): string | undefined => $(`meta[${attribute}="${key}"]`).attr('content');

describe('a release page, for link previews', () => {
  it('names its card with an absolute URL under SITE_URL, its size and what it shows', async () => {
    const { $ } = await pageAt(SEED);
    const card = `https://ir.example.com/news${CARD}`;
    expect(meta($, 'property', 'og:image')).toBe(card);
    expect(meta($, 'property', 'og:image:type')).toBe('image/png');
    expect(meta($, 'property', 'og:image:width')).toBe('1200');
    expect(meta($, 'property', 'og:image:height')).toBe('630');
    expect(meta($, 'property', 'og:image:alt')).toBe(
      'American Locker Group Incorporated (NASDAQ: ALGI), October 13, 2004: AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION',
    );
    expect(meta($, 'name', 'twitter:card')).toBe('summary_large_image');
    expect(meta($, 'name', 'twitter:image')).toBe(card);
    expect(meta($, 'name', 'twitter:image:alt')).toBe(meta($, 'property', 'og:image:alt'));
  });

  it('is sent with a policy that allows exactly its JSON-LD script, by the hash of its text', async () => {
    const { $, csp } = await pageAt(SEED);
    const script = $('script[type="application/ld+json"]');
    expect(script).toHaveLength(1);
    expect(csp).toBe(`${CSP};script-src ${scriptSource(script.text())}`);
    expect(csp).not.toContain('unsafe-inline');
  });

  it('is sent with the same policy however it is answered: replayed by the fast lane, HEAD, brotli, 304', async () => {
    const first = await send(origin, SEED);
    const policy = first.headers['content-security-policy'];
    for (const options of [{}, { method: 'HEAD' }, { headers: { 'accept-encoding': 'br' } }, { headers: { 'if-none-match': first.headers.etag ?? '' } }]) {
      expect((await send(origin, SEED, options)).headers['content-security-policy']).toBe(policy);
    }
    const sameId = { 'X-Request-Id': 'seed-page' };
    const [expressAnswer, fastAnswer] = [await exchange(origin, 'GET', SEED, sameId), await exchange(origin, 'GET', SEED, sameId)];
    expect(fastAnswer.equals(expressAnswer)).toBe(true);
  });

  it('gives every release its own hash, and pages without a script the policy of every response', async () => {
    const listed = JSON.parse((await send(origin, '/releases.json')).body.toString('utf8')) as { releases: { url: string }[] };
    const policies = await Promise.all(listed.releases.map(async ({ url }) => (await pageAt(url)).csp));
    expect(new Set(policies).size).toBe(listed.releases.length);
    expect((await pageAt('/')).csp).toBe(CSP);
    expect((await pageAt(`${SEED}/embed`)).csp).toBe(CSP);
  });
});

describe('a release card', () => {
  it('is a 1200 by 630 PNG, with validators, that other sites may show', async () => {
    const res = await send(origin, CARD);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect([res.body.readUInt32BE(16), res.body.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(res.headers.etag).toMatch(/^"[\w-]{22}"$/);
    expect(res.headers['last-modified']).toBeDefined();
    expect(res.headers['cache-control']).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('is drawn once: the same bytes again, 304 for a client that holds them, and from the fast lane', async () => {
    const first = await send(origin, CARD);
    const again = await send(origin, CARD);
    expect(again.body.equals(first.body)).toBe(true);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect((await send(origin, CARD, { headers: { 'if-none-match': first.headers.etag ?? '' } })).status).toBe(304);
    const sameId = { 'X-Request-Id': 'seed-card' };
    const [expressAnswer, fastAnswer] = [await exchange(origin, 'GET', CARD, sameId), await exchange(origin, 'GET', CARD, sameId)];
    expect(fastAnswer.equals(expressAnswer)).toBe(true);
  });

  it('is not there for a release that is not', async () => {
    expect((await send(origin, '/releases/no-such-release/card.png')).status).toBe(404);
  });
});
