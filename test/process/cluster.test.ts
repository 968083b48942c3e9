import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type LogLine, type SpawnedServer } from './spawn-server.js';

const CORPUS = path.join(import.meta.dirname, '../fixtures/corpus');
const WORKERS = 2;
const INJECT_FAULT = path.join(import.meta.dirname, 'inject-fault.ts');

let dir: string;
let server: SpawnedServer;
let url: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pressroom-cluster-'));
  await copyFile(path.join(CORPUS, 'american-locker-2004-05.txt'), path.join(dir, 'american-locker-2004-05.txt'));
  server = spawnServer({ CONTENT_DIR: dir, WEB_CONCURRENCY: String(WORKERS) });
  url = String((await servingLine(server, 0))['url']);
  await servingLine(server, WORKERS - 1);
}, 60_000);
afterAll(async () => {
  server.child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

/** The n-th (from 0) "serving" line any worker has logged, waiting for it if need be. */
async function servingLine(on: SpawnedServer, n: number): Promise<LogLine> {
  await on.waitForLine(() => on.lines.filter(isServing).length > n, 60_000);
  const line = on.lines.filter(isServing)[n];
  if (line === undefined) throw new Error('no such line');
  return line;
}

function isServing(line: LogLine): boolean {
  return line.msg.startsWith('serving press releases at');
}

/** Workers that answered `count` requests, each on a new connection, from their access log lines. */
async function answeringWorkers(target: string, count: number): Promise<{ statuses: number[]; pids: Set<number> }> {
  const ids: string[] = [];
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const res = await fetch(new URL(target, url), { headers: { connection: 'close' } });
    await res.arrayBuffer();
    statuses.push(res.status);
    ids.push(res.headers.get('x-request-id') ?? '');
  }
  await server.waitForLine(() => ids.every((id) => server.lines.some((line) => line['id'] === id)));
  const pids = new Set(server.lines.filter((line) => ids.includes(String(line['id']))).map((line) => line.pid));
  return { statuses, pids };
}

describe('WEB_CONCURRENCY', () => {
  it('serves the same site from every worker', { timeout: 60_000 }, async () => {
    const { statuses, pids } = await answeringWorkers('/', 40);
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(pids.size).toBe(WORKERS);
    expect(pids.has(server.child.pid ?? 0)).toBe(false);
  });

  it('brings a content change to every worker', { timeout: 60_000 }, async () => {
    const before = server.lines.filter((line) => line.msg.includes('rendered again')).length;
    await copyFile(path.join(CORPUS, 'cisco-1995-combinet-agreement.txt'), path.join(dir, 'cisco-1995-combinet-agreement.txt'));
    await server.waitForLine(() => server.lines.filter((line) => line.msg.includes('rendered again')).length >= before + WORKERS);
    const listed = (await (await fetch(new URL('/releases.json', url))).json()) as { releases: { url: string }[] };
    expect(listed.releases).toHaveLength(2);
    const { statuses, pids } = await answeringWorkers(listed.releases.map((release) => release.url).find((href) => href.includes('combinet')) ?? '', 30);
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(pids.size).toBe(WORKERS);
  });

  it('replaces a worker that dies, and keeps serving', { timeout: 60_000 }, async () => {
    const victim = (await servingLine(server, 0)).pid;
    process.kill(victim, 'SIGKILL');
    await server.waitForLine((line) => line.msg === 'a worker died; starting another' && line['worker'] === victim);
    const replacement = await servingLine(server, WORKERS);
    expect(replacement.pid).not.toBe(victim);
    const { statuses, pids } = await answeringWorkers('/', 30);
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(pids.has(victim)).toBe(false);
    expect(pids.has(replacement.pid)).toBe(true);
  });

  it('drains every worker on SIGTERM and exits 0', { timeout: 60_000 }, async () => {
    const workers = new Set(server.lines.filter(isServing).map((line) => line.pid));
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    const died = new Set(server.lines.filter((line) => line.msg.startsWith('a worker died')).map((line) => line['worker']));
    const drained = new Set(server.lines.filter((line) => line.msg === 'stopped').map((line) => line.pid));
    expect([...workers].filter((pid) => !died.has(pid) && !drained.has(pid))).toEqual([]);
    expect([...workers].filter(isRunning)).toEqual([]);
    expect(server.lines.some((line) => line.msg === 'every worker stopped')).toBe(true);
  });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('a cluster that cannot run', () => {
  it('stops with 78 when its workers cannot start', { timeout: 60_000 }, async () => {
    const failing = spawnServer({ CONTENT_DIR: path.join(dir, 'missing'), WEB_CONCURRENCY: '2' });
    expect((await failing.exited).code).toBe(78);
    expect(failing.lines.some((line) => line.level === 60 && line.msg.includes('CONTENT_DIR'))).toBe(true);
  });

  it('gives up with 1 when workers keep dying', { timeout: 60_000 }, async () => {
    const dying = spawnServer({ CONTENT_DIR: dir, WEB_CONCURRENCY: '2', FAULT: 'worker-exit' }, [INJECT_FAULT]);
    expect((await dying.exited).code).toBe(1);
    expect(dying.lines.filter((line) => line.msg === 'a worker died; starting another')).toHaveLength(5);
    expect(dying.lines.some((line) => line.level === 60 && line.msg.startsWith('workers keep dying'))).toBe(true);
  });
});
