import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { hostileRequests } from './hostile-requests.js';
import { exchange, inParallel, statuses } from './raw-socket.js';

const SEED = path.join(import.meta.dirname, '../fixtures/corpus/american-locker-2004-05.txt');
const SECRET = `SECRET-${randomBytes(12).toString('hex')}`;
/** What would give away the code behind the answer: a stack frame, a source path, node internals. */
const LEAK = /\bat [\w.<>]+ \(|node:internal|node_modules|\.[jt]s:\d+|\/src\/|\/work\/|\/tmp\/|Error: /;

let root: string;
let server: RunningServer;
let origin: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'pressroom-hostile-'));
  await mkdir(path.join(root, 'content'));
  await copyFile(SEED, path.join(root, 'content', path.basename(SEED)));
  // Beside the content folder, and where a naive server would map a few traversals.
  await writeFile(path.join(root, 'secret.txt'), `${SECRET}\n`);
  await writeFile(path.join(root, 'package.json'), `{"secret":"${SECRET}"}\n`);
  server = await startServer(
    parseConfig({ PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: path.join(root, 'content'), WATCH: '0' }),
    pino({ level: 'silent' }),
  );
  origin = server.url;
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('hostile requests', () => {
  it('answers thousands of them, each with an allowed status, no 5xx, no secret, no stack trace', { timeout: 120_000 }, async () => {
    const requests = hostileRequests();
    expect(requests.length).toBeGreaterThan(2000);
    const results = await inParallel(requests.map((request) => () => exchange(origin, request.bytes)), 24);
    const problems: string[] = [];
    results.forEach(({ received, timedOut }, index) => {
      const request = requests[index];
      if (request === undefined) return;
      const text = received.toString('latin1');
      const codes = statuses(received);
      const label = `${request.kind}: ${JSON.stringify(request.bytes.slice(0, 80))}`;
      if (timedOut) problems.push(`${label}: no answer in time`);
      else if (codes.length === 0 && request.empty !== true) problems.push(`${label}: connection dropped without an answer`);
      for (const code of codes) {
        if (code >= 500 && code !== 505) problems.push(`${label}: ${code}`);
        else if (!request.allowed.includes(code)) problems.push(`${label}: ${code}, not one of ${request.allowed.join(', ')}`);
      }
      if (text.includes(SECRET)) problems.push(`${label}: served the secret`);
      if (LEAK.test(text)) problems.push(`${label}: the body gives away code: ${LEAK.exec(text)?.[0] ?? ''}`);
    });
    expect(problems).toEqual([]);
  });

  it('keeps serving after them', async () => {
    const res = await fetch(origin);
    expect(res.status).toBe(200);
  });
});
