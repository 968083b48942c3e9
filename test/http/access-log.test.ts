import type { RequestListener } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { withAccessLog } from '../../src/http/access-log.js';
import { createApp } from '../../src/http/app.js';
import { createRequestListener } from '../../src/http/fast-lane.js';
import { REQUEST_ID_HEADER, requestId } from '../../src/http/request-id.js';
import type { Representation } from '../../src/render/representation.js';
import { captureLogger, LEVEL, type LogEntry } from '../content/capture-logger.js';
import { send, serve } from './raw-client.js';
import { home, renderedSite } from './rendered-site.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const BODY = 'twelve bytes';

/** Answers as the application does: the request id first. */
const answer: RequestListener = (req, res) => {
  res.setHeader(REQUEST_ID_HEADER, requestId(req));
  res.setHeader('Content-Length', Buffer.byteLength(BODY));
  res.statusCode = req.url?.startsWith('/missing') ? 404 : 200;
  res.end(req.method === 'HEAD' ? undefined : BODY);
};

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function logged(options: { readable?: boolean; trustProxy?: false | number } = {}): Promise<{ origin: string; entries: LogEntry[] }> {
  const { logger, entries } = captureLogger();
  const served = await serve(withAccessLog(answer, { logger, trustProxy: options.trustProxy ?? false, readable: options.readable ?? false }));
  close = served.close;
  return { origin: served.origin, entries };
}

/** The line is written when the response closes, a moment after the client has it. */
async function lines(entries: LogEntry[], count: number): Promise<LogEntry[]> {
  await expect.poll(() => entries.length).toBe(count);
  return entries;
}

describe('the access log', () => {
  it('logs method, path, status, bytes, duration and a generated request id, and sends the id back', async () => {
    const { origin, entries } = await logged();
    const res = await send(origin, '/missing?from=ir');
    const [entry] = await lines(entries, 1);
    expect(entry).toMatchObject({ level: LEVEL.info, msg: 'request', component: 'access', method: 'GET', path: '/missing?from=ir', status: 404, bytes: 12, remote: '127.0.0.1' });
    expect(entry?.['ms']).toEqual(expect.any(Number));
    expect(entry?.['id']).toMatch(UUID);
    expect(res.headers['x-request-id']).toBe(entry?.['id']);
  });

  it('keeps a sane incoming X-Request-Id and replaces one that is not', async () => {
    const { origin, entries } = await logged();
    const kept = await send(origin, '/', { headers: { 'x-request-id': 'trace-0af7651916cd43dd8448eb211c80319c' } });
    const replaced = await send(origin, '/', { headers: { 'x-request-id': 'a b<script>' } });
    const tooLong = await send(origin, '/', { headers: { 'x-request-id': 'x'.repeat(200) } });
    await lines(entries, 3);
    expect(kept.headers['x-request-id']).toBe('trace-0af7651916cd43dd8448eb211c80319c');
    expect(replaced.headers['x-request-id']).toMatch(UUID);
    expect(tooLong.headers['x-request-id']).toMatch(UUID);
  });

  it('counts no body bytes for HEAD', async () => {
    const { origin, entries } = await logged();
    await send(origin, '/', { method: 'HEAD' });
    expect((await lines(entries, 1))[0]).toMatchObject({ method: 'HEAD', bytes: 0 });
  });

  it('logs health checks at debug level only', async () => {
    const { origin, entries } = await logged();
    await send(origin, '/healthz');
    await send(origin, '/readyz');
    expect((await lines(entries, 2)).map((entry) => entry.level)).toEqual([20, 20]);
  });

  it('takes the client address from X-Forwarded-For only from a trusted proxy', async () => {
    const untrusted = await logged();
    await send(untrusted.origin, '/', { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect((await lines(untrusted.entries, 1))[0]?.['remote']).toBe('127.0.0.1');
    await close?.();
    const trusted = await logged({ trustProxy: 1 });
    await send(trusted.origin, '/', { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect((await lines(trusted.entries, 1))[0]?.['remote']).toBe('203.0.113.9');
  });

  it('writes nothing at a level above info, while the id is still sent back', async () => {
    const { logger, entries } = captureLogger();
    logger.level = 'warn';
    const served = await serve(withAccessLog(answer, { logger, trustProxy: false, readable: false }));
    close = served.close;
    const res = await send(served.origin, '/missing');
    await send(served.origin, '/healthz');
    expect(res.headers['x-request-id']).toMatch(UUID);
    // Lines are written in order: the one logged once info is on is the only one.
    logger.level = 'info';
    await send(served.origin, '/after');
    expect((await lines(entries, 1)).map((entry) => entry['path'])).toEqual(['/after']);
  });

  it('writes one readable line for a person at a terminal', async () => {
    const { origin, entries } = await logged({ readable: true });
    await send(origin, '/missing');
    expect((await lines(entries, 1))[0]?.msg).toMatch(/^GET \/missing 404 12 B [\d.]+ ms$/);
  });
});

it('names the request id in the log of an error the request caused', async () => {
  const { logger, entries } = captureLogger();
  const site = renderedSite();
  const resources = new (class extends Map<string, Representation> {
    override get(): Representation | undefined {
      throw new Error('fault');
    }
  })(site.resources);
  const app = createApp({ site: () => ({ ...site, resources }), logger });
  const served = await serve(withAccessLog(app, { logger, trustProxy: false, readable: false }));
  close = served.close;
  const res = await send(served.origin, '/', { headers: { 'x-request-id': 'incident-42' } });
  expect(res.status).toBe(500);
  expect(entries.find((entry) => entry.msg === 'request failed')?.['id']).toBe('incident-42');
});

it('logs the body bytes and the id of an answer from the fast lane as of one from the application', async () => {
  const { logger, entries } = captureLogger();
  const site = renderedSite();
  const listener = createRequestListener({ app: createApp({ site: () => site, logger }), site: () => site });
  const served = await serve(withAccessLog(listener, { logger, trustProxy: false, readable: false }));
  close = served.close;
  const answers = [];
  // The first answer is the application's; once its head is recorded, the fast lane answers.
  for (let i = 0; i < 3; i++) {
    answers.push(await send(served.origin, '/'));
    await new Promise((resolve) => setImmediate(resolve));
  }
  const access = (): LogEntry[] => entries.filter((entry) => entry['component'] === 'access');
  await expect.poll(() => access().length).toBe(3);
  const logged = access();
  expect(logged.map((entry) => entry['bytes'])).toEqual(answers.map((res) => Number(res.headers['content-length'])));
  expect(logged.map((entry) => entry['id'])).toEqual(answers.map((res) => res.headers['x-request-id']));
  expect(home.body('identity')?.length).toBe(logged[2]?.['bytes']);
});
