import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Agent, get } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeRelease } from '../fixtures/large-release.js';
import { servingUrl, spawnServer } from './spawn-server.js';

const MB = 1024 * 1024;

let dir: string;
let filed: Buffer;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pressroom-shutdown-'));
  filed = Buffer.from(largeRelease(MB));
  await writeFile(path.join(dir, 'large.txt'), filed);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Reads a response 16 KiB at a time, every 20 ms: a reader on a slow line. */
function slowRead(origin: string, target: string): { headers: Promise<string>; body: Promise<Buffer> } {
  const { hostname, port } = new URL(origin);
  const socket = connect(Number(port), hostname, () => socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\n\r\n`));
  socket.pause();
  let received = Buffer.alloc(0);
  let headersDone: (head: string) => void = () => undefined;
  const headers = new Promise<string>((resolve) => {
    headersDone = resolve;
  });
  const body = new Promise<Buffer>((resolve, reject) => {
    const timer = setInterval(() => {
      const chunk = socket.read(16 * 1024) as Buffer | null ?? (socket.readableLength > 0 ? socket.read() as Buffer : null);
      if (chunk !== null) received = Buffer.concat([received, chunk]);
      const end = received.indexOf('\r\n\r\n');
      if (end !== -1) headersDone(received.subarray(0, end).toString('latin1'));
    }, 20);
    socket.on('end', () => {
      clearInterval(timer);
      const rest = socket.read() as Buffer | null;
      if (rest !== null) received = Buffer.concat([received, rest]);
      resolve(received.subarray(received.indexOf('\r\n\r\n') + 4));
    });
    socket.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
  });
  return { headers, body };
}

/** Opens a keep-alive connection, makes one request on it, and leaves it idle. */
async function idleKeepAlive(origin: string): Promise<{ closed: Promise<number> }> {
  const agent = new Agent({ keepAlive: true });
  return new Promise((resolve, reject) => {
    const req = get(origin, { agent }, (res) => {
      res.resume();
      res.on('end', () => {
        resolve({ closed });
      });
    });
    const closed = new Promise<number>((done) => {
      req.on('socket', (socket: Socket) => {
        socket.on('close', () => { done(performance.now()); });
      });
    });
    req.on('error', reject);
  });
}

/** A request whose head never ends: the connection stays busy until a deadline cuts it. */
function unfinishedRequest(origin: string): Socket {
  const { hostname, port } = new URL(origin);
  const socket = connect(Number(port), hostname, () => socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n'));
  socket.on('error', () => undefined);
  socket.resume();
  return socket;
}

describe('SIGTERM', () => {
  it('stops accepting, closes idle connections, finishes a 1 MB read slowly, and exits 0', { timeout: 60_000 }, async () => {
    const server = spawnServer({ CONTENT_DIR: dir, WATCH: '0', SHUTDOWN_GRACE_MS: '30000' });
    const url = await servingUrl(server);
    const listed = (await (await fetch(new URL('/releases.json', url))).json()) as { releases: { url: string }[] };
    const textUrl = `${listed.releases[0]?.url ?? ''}.txt`;

    const idle = await idleKeepAlive(url);
    const download = slowRead(url, textUrl);
    expect(await download.headers).toMatch(/^HTTP\/1\.1 200 /);
    const signalled = performance.now();
    server.child.kill('SIGTERM');
    await server.waitForLine((line) => line.msg.startsWith('shutting down'));

    await expect(fetch(url)).rejects.toThrow();
    expect((await idle.closed) - signalled).toBeLessThan(2000);
    const body = await download.body;
    expect(body.length).toBe(filed.length);
    expect(body.equals(filed)).toBe(true);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.lines.some((line) => line.msg === 'stopped')).toBe(true);
  });

  it('cuts what is still open when the grace period is over, and exits 0', { timeout: 60_000 }, async () => {
    const server = spawnServer({ CONTENT_DIR: dir, WATCH: '0', SHUTDOWN_GRACE_MS: '1000' });
    const url = await servingUrl(server);
    const stuck = unfinishedRequest(url);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const signalled = performance.now();
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(4000);
    stuck.destroy();
  });

  it('exits at once, 1, on a second signal', { timeout: 60_000 }, async () => {
    const server = spawnServer({ CONTENT_DIR: dir, WATCH: '0', SHUTDOWN_GRACE_MS: '30000' });
    const url = await servingUrl(server);
    const stuck = unfinishedRequest(url);
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.child.kill('SIGTERM');
    await server.waitForLine((line) => line.msg.startsWith('shutting down'));
    const second = performance.now();
    server.child.kill('SIGINT');
    expect((await server.exited).code).toBe(1);
    expect(performance.now() - second).toBeLessThan(2000);
    expect(server.lines.some((line) => line.msg === 'second signal: exiting without waiting')).toBe(true);
    stuck.destroy();
  });
});

describe('SIGINT', () => {
  it('stops an idle server and exits 0', { timeout: 60_000 }, async () => {
    const server = spawnServer({ CONTENT_DIR: dir, WATCH: '0' });
    await servingUrl(server);
    server.child.kill('SIGINT');
    expect(await server.exited).toEqual({ code: 0, signal: null });
  });
});
