import path from 'node:path';
import type { RequestListener } from 'node:http';
import createExpress, { type RequestHandler } from 'express';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/content/load.js';
import { createApp } from '../../src/http/app.js';
import { createRequestListener } from '../../src/http/fast-lane.js';
import { sendRequestId } from '../../src/http/request-id.js';
import type { RenderedSite } from '../../src/render/representation.js';
import { createRenderer } from '../../src/render/renderer.js';
import { captureLogger } from '../content/capture-logger.js';
import { neverCompress } from '../render/fixtures/production.js';
import { DIRS } from '../render/fixtures/site.js';
import { stubCard } from '../render/fixtures/stub-card.js';
import { exchange, serve } from './raw-client.js';
import { warmed } from './rendered-site.js';

const CORPUS = path.join(import.meta.dirname, '../fixtures/corpus');

const ACCEPT_ENCODINGS: (string | undefined)[] = [
  undefined, '', 'gzip', 'br', 'br, gzip', 'gzip, deflate, br, zstd', 'gzip;q=0.5, br;q=0.4', '*', '*;q=0',
  'identity;q=0', 'br;q=0, gzip;q=0', 'identity', 'deflate',
];

/** Conditional headers for a representation with tag `"t"` and the given Last-Modified. */
function conditions(tag: string, lastModified: string | null): Record<string, string>[] {
  const modified = lastModified ?? 'Wed, 13 Oct 2004 16:05:00 GMT';
  const bare = tag.slice(1, -1);
  return [
    {},
    { 'If-None-Match': tag },
    { 'If-None-Match': `"${bare}-br"` },
    { 'If-None-Match': `W/"${bare}-gz"` },
    { 'If-None-Match': '*' },
    { 'If-None-Match': '"stale", "older"' },
    { 'If-Modified-Since': modified },
    { 'If-Modified-Since': 'Tue, 01 Jan 1980 00:00:00 GMT' },
    { 'If-None-Match': '"stale"', 'If-Modified-Since': modified },
    { 'If-Modified-Since': modified, 'Cache-Control': 'no-cache' },
  ];
}

interface Servers {
  site: RenderedSite;
  express: string;
  fast: string;
  /** Requests from a client that reached the application rather than the fast lane. */
  applicationCalls: () => number;
  close: () => Promise<void>;
}

/** Express alone, and the fast lane in front of the same Express, both over the same site. */
async function serveBoth(site: RenderedSite, extra?: RequestHandler): Promise<Servers> {
  const { logger } = captureLogger();
  const inner = createApp({ site: () => site, logger });
  // The request id goes first, as in the application, whatever else comes before it.
  const app = extra === undefined ? inner : createExpress().use(sendRequestId, extra, inner);
  let calls = 0;
  const counted: RequestListener = (req, res) => {
    // Rehearsals have no client address; only requests from clients are counted.
    if (req.socket.remoteAddress !== undefined) calls++;
    app(req, res);
  };
  const express = await serve(app);
  const fast = await serve(createRequestListener({ app: counted, site: () => site }));
  return {
    site,
    express: express.origin,
    fast: fast.origin,
    applicationCalls: () => calls,
    close: async () => {
      await Promise.all([express.close(), fast.close()]);
    },
  };
}

async function fixtureSite(compress?: typeof neverCompress): Promise<RenderedSite> {
  const render = await createRenderer({ ...DIRS, drawCard: stubCard, ...(compress ? { compress } : {}) });
  return render(await loadSite(CORPUS, { maxFileBytes: 2 * 1024 * 1024 }));
}

/**
 * Sends one request to both servers, twice to the fast one: once to be recorded, once replayed,
 * each with the same request id, which both send back.
 */
async function compare(servers: Servers, method: string, target: string, negotiated: Record<string, string>): Promise<void> {
  const headers = { ...negotiated, 'X-Request-Id': 'compared' };
  const expected = await exchange(servers.express, method, target, headers);
  const first = await exchange(servers.fast, method, target, headers);
  const replayed = await exchange(servers.fast, method, target, headers);
  const context = `${method} ${target} ${JSON.stringify(headers)}`;
  expect(first.toString('latin1'), context).toBe(expected.toString('latin1'));
  expect(replayed.equals(expected), context).toBe(true);
}

describe('the fast lane, against Express alone', () => {
  let servers: Servers;
  beforeAll(async () => {
    servers = await serveBoth(await warmed(await fixtureSite()));
  });
  afterAll(async () => {
    await servers.close();
  });

  it('answers every URL of the site byte for byte as Express does, for every encoding and validator', { timeout: 120_000 }, async () => {
    const paths = [...servers.site.resources.keys()];
    expect(paths.length).toBeGreaterThan(12);
    for (const urlPath of paths) {
      const representation = servers.site.resources.get(urlPath);
      const tag = representation?.etag() ?? '""';
      for (const method of ['GET', 'HEAD']) {
        for (const acceptEncoding of ACCEPT_ENCODINGS) {
          await compare(servers, method, urlPath, acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding });
        }
        for (const condition of conditions(tag, representation?.lastModified ?? null)) {
          for (const acceptEncoding of ['br, gzip', 'gzip']) {
            await compare(servers, method, urlPath, { 'Accept-Encoding': acceptEncoding, ...condition });
          }
        }
      }
    }
  });

  it('answers every pairing of encoding and validator on a release page alike', { timeout: 120_000 }, async () => {
    const urlPath = [...servers.site.resources.keys()].find((candidate) => candidate.startsWith('/releases/') && !candidate.includes('.')) ?? '';
    const representation = servers.site.resources.get(urlPath);
    for (const acceptEncoding of ACCEPT_ENCODINGS) {
      for (const condition of conditions(representation?.etag() ?? '""', representation?.lastModified ?? null)) {
        await compare(servers, 'GET', urlPath, { ...(acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding }), ...condition });
      }
    }
  });

  it('answers alike whatever the client writes in its negotiation headers', { timeout: 120_000 }, async () => {
    const paths = [...servers.site.resources.keys()];
    const coding = fc.constantFrom('br', 'gzip', 'identity', '*', 'deflate', 'x-gzip', 'BR', 'zstd');
    const weight = fc.oneof(fc.constant(''), fc.constantFrom(';q=0', ';q=1', ';q=0.5', ';q=0.001', ';q=2', ';q=abc', ' ; Q=0.9'));
    const acceptEncoding = fc.array(fc.tuple(coding, weight).map(([name, q]) => `${name}${q}`), { maxLength: 4 }).map((parts) => parts.join(', '));
    const headerText = fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,30}$/);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.constantFrom('GET', 'HEAD'), acceptEncoding, fc.option(headerText), fc.option(headerText), async (urlPath, method, encodings, ifNoneMatch, ifModifiedSince) => {
        const headers: Record<string, string> = { 'Accept-Encoding': encodings };
        if (ifNoneMatch !== null) headers['If-None-Match'] = ifNoneMatch;
        if (ifModifiedSince !== null) headers['If-Modified-Since'] = ifModifiedSince;
        await compare(servers, method, urlPath, headers);
      }),
      { numRuns: 60 },
    );
  });

  it('answers a known URL from memory once it has been answered', async () => {
    const target = [...servers.site.resources.keys()][0] ?? '/';
    await exchange(servers.fast, 'GET', target, { 'Accept-Encoding': 'br' });
    const before = servers.applicationCalls();
    for (let i = 0; i < 5; i++) await exchange(servers.fast, 'GET', target, { 'Accept-Encoding': 'br' });
    expect(servers.applicationCalls()).toBe(before);
  });

  it.each([
    ['a path the site does not hold', 'GET', '/releases/no-such-release'],
    ['a query string', 'GET', '/?from=ir'],
    ['a trailing slash', 'GET', '/releases.json/'],
    ['another method', 'POST', '/'],
    ['a malformed path', 'GET', '/%E0%A4%A'],
  ])('hands %s to Express, which answers it', async (_name, method, target) => {
    const before = servers.applicationCalls();
    await compare(servers, method, target, { 'Accept-Encoding': 'br' });
    expect(servers.applicationCalls()).toBe(before + 2);
  });
});

describe('the fast lane, while nothing is compressed yet', () => {
  it('answers with the identity body as Express does', async () => {
    const servers = await serveBoth(await fixtureSite(neverCompress));
    try {
      for (const urlPath of servers.site.resources.keys()) {
        await compare(servers, 'GET', urlPath, { 'Accept-Encoding': 'br, gzip' });
      }
    } finally {
      await servers.close();
    }
  });
});

describe('headers', () => {
  it('replays a header the application adds, without being told of it', async () => {
    const servers = await serveBoth(await warmed(await fixtureSite()), (_req, res, next) => {
      res.setHeader('X-Added-Later', 'yes');
      next();
    });
    try {
      await compare(servers, 'GET', '/', { 'Accept-Encoding': 'br' });
      expect((await exchange(servers.fast, 'GET', '/', { 'Accept-Encoding': 'br' })).toString('latin1')).toContain('X-Added-Later: yes');
    } finally {
      await servers.close();
    }
  });

  it('keeps a header set before it on each response, never replaying it on another', async () => {
    const site = await warmed(await fixtureSite());
    const { logger } = captureLogger();
    const listener = createRequestListener({ app: createApp({ site: () => site, logger }), site: () => site });
    let next = 0;
    const server = await serve((req, res) => {
      next++;
      res.setHeader('X-Served-By', `front-${next}`);
      listener(req, res);
    });
    try {
      const fronts: string[] = [];
      for (let i = 0; i < 3; i++) {
        const response = (await exchange(server.origin, 'GET', '/', {})).toString('latin1');
        fronts.push(/X-Served-By: (\S+)/.exec(response)?.[1] ?? '');
        expect(response.match(/X-Served-By/g)).toHaveLength(1);
      }
      expect(fronts).toEqual(['front-1', 'front-2', 'front-3']);
    } finally {
      await server.close();
    }
  });

  it('sends each response its own request id, first, as the application does, never a recorded one', async () => {
    const servers = await serveBoth(await warmed(await fixtureSite()));
    const idOf = (response: Buffer): string => /^X-Request-Id: (\S+)$/m.exec(response.toString('latin1'))?.[1] ?? '';
    try {
      const answers: Buffer[] = [];
      for (let i = 0; i < 4; i++) answers.push(await exchange(servers.fast, 'GET', '/', { 'Accept-Encoding': 'br' }));
      expect(servers.applicationCalls()).toBe(1);
      const ids = answers.map(idOf);
      expect(new Set(ids).size).toBe(4);
      for (const [index, answer] of answers.entries()) {
        const lines = answer.toString('latin1').split('\r\n');
        expect(lines[1], `answer ${String(index)}`).toBe(`X-Request-Id: ${ids[index] ?? ''}`);
        expect(lines.filter((line) => /^x-request-id:/i.test(line))).toHaveLength(1);
      }
      expect(idOf(await exchange(servers.fast, 'GET', '/', { 'X-Request-Id': 'trace-7f3a' }))).toBe('trace-7f3a');
      expect(idOf(await exchange(servers.fast, 'GET', '/', { 'X-Request-Id': 'a b<c>' }))).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await servers.close();
    }
  });
});

describe('a site swapped for another', () => {
  it('is answered from at once: nothing recorded for the old one is replayed', async () => {
    const { logger } = captureLogger();
    const first = await warmed(await fixtureSite());
    const render = await createRenderer({ ...DIRS, drawCard: stubCard });
    const second = await warmed(render(await loadSite(path.join(import.meta.dirname, '../fixtures/content/good'), { maxFileBytes: 2 << 20 })));
    let site = first;
    const server = await serve(createRequestListener({ app: createApp({ site: () => site, logger }), site: () => site }));
    try {
      const before = (await exchange(server.origin, 'GET', '/releases.json', {})).toString('utf8');
      await exchange(server.origin, 'GET', '/releases.json', {});
      site = second;
      const after = (await exchange(server.origin, 'GET', '/releases.json', {})).toString('utf8');
      expect(after).not.toBe(before);
      expect(after).toContain(second.resources.get('/releases.json')?.etag());
    } finally {
      await server.close();
    }
  });
});
