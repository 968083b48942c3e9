import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createApp } from '../../src/http/app.js';
import type { ServerState } from '../../src/http/health.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { captureLogger } from '../content/capture-logger.js';
import { send, serve } from './raw-client.js';
import { renderedSite } from './rendered-site.js';

const CONTENT = path.join(import.meta.dirname, '../fixtures/content/good');

let state: ServerState = 'ready';
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
  state = 'ready';
});

async function app(): Promise<string> {
  const served = await serve(createApp({ site: () => renderedSite(), logger: captureLogger().logger, state: () => state }));
  close = served.close;
  return served.origin;
}

describe('/healthz and /readyz', () => {
  it.each([
    ['starting', 200, 503, 503],
    ['ready', 200, 200, 200],
    ['stopping', 200, 503, 200],
  ] as const)('while %s: healthz %i, readyz %i, pages %i', async (now, health, ready, page) => {
    state = now;
    const origin = await app();
    const healthz = await send(origin, '/healthz');
    const readyz = await send(origin, '/readyz');
    expect(healthz.status).toBe(health);
    expect(healthz.body.toString('utf8')).toBe('ok\n');
    expect(readyz.status).toBe(ready);
    expect(readyz.body.toString('utf8')).toBe(`${now}\n`);
    for (const res of [healthz, readyz]) {
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    }
    expect((await send(origin, '/')).status).toBe(page);
  });

  it('says why every other path is 503 while the content loads, and when to try again', async () => {
    state = 'starting';
    const origin = await app();
    for (const target of ['/', '/releases/anything', '/nowhere']) {
      const res = await send(origin, target);
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body.toString('utf8')).toMatch(/starting: the releases are still loading/);
    }
  });

  it('answers HEAD without a body, and other methods as any path', async () => {
    const origin = await app();
    const head = await send(origin, '/readyz', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await send(origin, '/healthz', { method: 'POST' })).status).toBe(405);
  });
});

describe('the server', () => {
  let running: RunningServer | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  it('listens before the content has loaded, is ready once it has, and not while stopping', async () => {
    const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: CONTENT, WATCH: '0' });
    const seen: { state: ServerState; answer: Promise<number> }[] = [];
    running = await startServer(config, captureLogger().logger, {
      onListening: (server) => {
        seen.push({ state: server.state(), answer: fetch(new URL('/healthz', server.url)).then((res) => res.status) });
      },
    });
    expect(seen.map(({ state: at }) => at)).toEqual(['starting']);
    expect(await seen[0]?.answer).toBe(200);
    expect(running.state()).toBe('ready');
    expect((await fetch(new URL('/readyz', running.url))).status).toBe(200);
    const stopped = running.close();
    expect(running.state()).toBe('stopping');
    await stopped;
  });
});
