import { cp } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { captureLogger } from '../content/capture-logger.js';
import { temporaryDirs } from '../fixtures/temporary-dirs.js';
import { createApp } from '../../src/http/app.js';
import { exchange, send, serve } from './raw-client.js';
import { renderedSite, representation } from './rendered-site.js';
import { CSP } from './security-expectations.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');
const IR_SITES = 'https://ir.example.com https://investors.example.org:8443';
const FRAMED_BY = "frame-ancestors https://ir.example.com https://investors.example.org:8443";
const scratch = temporaryDirs('pressroom-embedding-');

interface Listed {
  releases: { url: string; headline: string; date: string | null }[];
}

let framed: RunningServer;
let unframed: RunningServer;
let listed: Listed;
let release: string;

/** The fixtures' real filings and sample releases together: more than the widget shows by default. */
beforeAll(async () => {
  const content = await scratch();
  await cp(path.join(FIXTURES, 'corpus'), content, { recursive: true, filter: (file) => !file.endsWith('.json') });
  await cp(path.join(FIXTURES, 'releases'), content, { recursive: true });
  const start = (extra: Record<string, string>): Promise<RunningServer> =>
    startServer(parseConfig({ PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: content, WATCH: '0', ACCESS_LOG: '0', ...extra }), captureLogger().logger);
  [framed, unframed] = await Promise.all([start({ FRAME_ANCESTORS: IR_SITES }), start({})]);
  listed = JSON.parse((await send(framed.url, '/releases.json')).body.toString('utf8')) as Listed;
  release = listed.releases[0]?.url ?? '';
});
afterAll(async () => {
  await Promise.all([framed.close(), unframed.close()]);
});

const at = (server: RunningServer, target: string, options?: Parameters<typeof send>[2]): ReturnType<typeof send> =>
  send(server.url.replace(/\/$/, ''), target, options);

describe('FRAME_ANCESTORS', () => {
  it.each([
    ['a release page', (): string => release],
    ['an embedded release', (): string => `${release}/embed`],
    ['the latest releases', (): string => '/embed/latest'],
    ['the latest releases at a limit', (): string => '/embed/latest?limit=3'],
    ['the answer to a bad limit', (): string => '/embed/latest?limit=99'],
  ])('lets the origins it names frame %s, with no X-Frame-Options to contradict them', async (_name, target) => {
    for (const options of [{}, { method: 'HEAD' }, {}]) {
      const { headers } = await at(framed, target(), options);
      expect(String(headers['content-security-policy']).split(';')).toContain(FRAMED_BY);
      expect(headers['content-security-policy']).not.toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options']).toBeUndefined();
    }
  });

  it.each([
    ['the index', (): string => '/'],
    ['JSON', (): string => `${release}.json`],
    ['the text as filed', (): string => `${release}.txt`],
    ['a card', (): string => `${release}/card.png`],
    ['a missing page', (): string => '/releases/no-such-release'],
  ])('leaves %s framed by no one', async (_name, target) => {
    const { headers } = await at(framed, target());
    expect(headers['content-security-policy']).toBe(CSP);
    expect(headers['x-frame-options']).toBe('DENY');
  });

  it('unset, lets no one frame anything, embeds included', async () => {
    for (const target of [release, `${release}/embed`, '/embed/latest', '/embed/latest?limit=2']) {
      const { headers } = await at(unframed, target);
      expect(String(headers['content-security-policy']).split(';')).toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options']).toBe('DENY');
    }
  });

  it('keeps the JSON-LD hash beside the framing origins on a release page', async () => {
    const policy = String((await at(framed, release)).headers['content-security-policy']);
    expect(policy.split(';')).toEqual([...CSP.replace("frame-ancestors 'none'", FRAMED_BY).split(';'), expect.stringMatching(/^script-src 'sha256-/)]);
  });
});

describe('an embedded release', () => {
  it('is the release without the site header and footer, every link opening in the window around the frame', async () => {
    const [embedded, own] = await Promise.all([at(framed, `${release}/embed`), at(framed, release)]);
    expect(embedded.status).toBe(200);
    const $ = load(embedded.body.toString('utf8'));
    const $own = load(own.body.toString('utf8'));
    expect($('.site-header, .site-footer, .skip-link, nav')).toHaveLength(0);
    expect($('head base').attr('target')).toBe('_top');
    expect($('head base').attr('href')).toBeUndefined();
    expect($('a[target]')).toHaveLength(0);
    expect($('main article').html()).toBe($own('main article').html());
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('script')).toHaveLength(0);
    expect($('main .embed-more a').attr('href')).toBe(release);
  });

  it('is not there for a release that is not', async () => {
    expect((await at(framed, '/releases/no-such-release/embed')).status).toBe(404);
  });
});

describe('/embed/latest', () => {
  const entries = async (target: string): Promise<{ href: string; date: string | null; text: string }[]> => {
    const res = await at(framed, target);
    expect(res.status).toBe(200);
    const $ = load(res.body.toString('utf8'));
    expect($('head base').attr('target')).toBe('_top');
    return $('.latest-list > li').map((_, item) => ({
      href: $(item).find('a').attr('href') ?? '',
      date: $(item).find('time').attr('datetime') ?? null,
      text: $(item).find('a').text(),
    })).get();
  };

  it('lists the newest five releases with their dates, as /releases.json orders them', async () => {
    expect(listed.releases.length).toBeGreaterThan(5);
    expect(await entries('/embed/latest')).toEqual(listed.releases.slice(0, 5).map(({ url, date, headline }) => ({ href: url, date, text: headline })));
  });

  it.each([1, 2, 7, 20])('lists as many as ?limit=%i asks, or all there are', async (limit) => {
    expect(await entries(`/embed/latest?limit=${String(limit)}`)).toHaveLength(Math.min(limit, listed.releases.length));
  });

  it('ignores other parameters', async () => {
    const [plain, tracked] = await Promise.all([at(framed, '/embed/latest'), at(framed, '/embed/latest?utm_source=ir&limit=5&v=2')]);
    expect(tracked.headers.etag).toBe(plain.headers.etag);
  });

  it.each(['0', '21', '-1', '+3', '1.5', '3e0', 'five', '', '%203', '5&limit=5'])(
    'answers ?limit=%s with a 400 that says which limits it takes',
    async (limit) => {
      const res = await at(framed, `/embed/latest?limit=${limit}`);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-cache');
      const $ = load(res.body.toString('utf8'));
      expect($('h1').text()).toBe('Bad request');
      expect($('main').text()).toContain('a whole number from 1 to 20');
      expect($('.site-header')).toHaveLength(0);
    },
  );

  it('is rendered once per limit: validators, 304, and the same bytes from the fast lane', async () => {
    const first = await at(framed, '/embed/latest?limit=3');
    expect(first.headers.etag).toMatch(/^"[\w-]{22}"/);
    expect((await at(framed, '/embed/latest?limit=3', { headers: { 'if-none-match': first.headers.etag ?? '' } })).status).toBe(304);
    const origin = framed.url.replace(/\/$/, '');
    const sameId = { 'X-Request-Id': 'embed-latest' };
    await exchange(origin, 'GET', '/embed/latest', sameId);
    const [expressAnswer, fastAnswer] = [await exchange(origin, 'GET', '/embed/latest', sameId), await exchange(origin, 'GET', '/embed/latest', sameId)];
    expect(fastAnswer.equals(expressAnswer)).toBe(true);
  });
});

describe('reading from other sites', () => {
  it.each(['/releases.json', 'the JSON', 'the card'])('%s may be read from any origin', async (name) => {
    const target = { 'the JSON': `${release}.json`, 'the card': `${release}/card.png` }[name] ?? name;
    const { status, headers } = await at(framed, target);
    expect(status).toBe(200);
    expect(headers['access-control-allow-origin']).toBe('*');
    expect(headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it.each(['/feed.xml', '/atom.xml', '/feed.json'])('the feed %s may be read from any origin once the site has it', async (feed) => {
    const site = renderedSite({ [feed]: representation('<feed/>', { contentType: 'application/xml' }) });
    const { origin, close } = await serve(createApp({ site: () => site, logger: captureLogger().logger }));
    try {
      const { headers } = await send(origin, feed);
      expect(headers['access-control-allow-origin']).toBe('*');
      expect(headers['cross-origin-resource-policy']).toBe('cross-origin');
    } finally {
      await close();
    }
  });

  it.each(['/', 'the page', 'the text', 'the embed', '/embed/latest', '/no-such.json', '/releases/no-such/card.png'])('%s stays same-origin', async (name) => {
    const target = { 'the page': release, 'the text': `${release}.txt`, 'the embed': `${release}/embed` }[name] ?? name;
    const { headers } = await at(framed, target);
    expect(headers['access-control-allow-origin']).toBeUndefined();
    expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  });
});
