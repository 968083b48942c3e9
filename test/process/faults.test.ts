import { createServer, type Server } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servingUrl, spawnServer, type SpawnedServer } from './spawn-server.js';

const CONTENT = path.join(import.meta.dirname, '../fixtures/content/good');
const INJECT_FAULT = path.join(import.meta.dirname, 'inject-fault.ts');
const STACK_FRAME = /^\s+at /m;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pressroom-faults-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The one fatal line a start that cannot go on leaves, and how the process ended. */
async function failedStart(server: SpawnedServer): Promise<{ message: string; code: number | null }> {
  const { code } = await server.exited;
  const fatal = server.lines.filter((line) => line.level === 60);
  expect(fatal).toHaveLength(1);
  expect(server.output()).not.toMatch(STACK_FRAME);
  return { message: fatal[0]?.msg ?? '', code };
}

describe('a start that cannot go on says why in one line and exits 78', () => {
  let taken: Server;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => {
    taken.close();
  });

  it('a port already in use', { timeout: 30_000 }, async () => {
    const port = String((taken.address() as { port: number }).port);
    const { message, code } = await failedStart(spawnServer({ PORT: port, CONTENT_DIR: CONTENT }));
    expect(message).toBe(`port ${port} on 127.0.0.1 is already in use: set PORT to a free port, or stop what is using it`);
    expect(code).toBe(78);
  });

  it('a content folder that is a file', { timeout: 30_000 }, async () => {
    const file = path.join(dir, 'not-a-folder.txt');
    await writeFile(file, 'x');
    const { message, code } = await failedStart(spawnServer({ CONTENT_DIR: file }));
    expect(message).toBe(`CONTENT_DIR ${file} is a file, not a folder: set CONTENT_DIR to the folder of releases`);
    expect(code).toBe(78);
  });

  it('a content folder that does not exist', { timeout: 30_000 }, async () => {
    const { message, code } = await failedStart(spawnServer({ CONTENT_DIR: path.join(dir, 'missing') }));
    expect(message).toMatch(/does not exist: create it, or set CONTENT_DIR/);
    expect(code).toBe(78);
  });

  it('a certificate that cannot be read', { timeout: 30_000 }, async () => {
    const { message, code } = await failedStart(
      spawnServer({ CONTENT_DIR: CONTENT, TLS_CERT: path.join(dir, 'missing-cert.pem'), TLS_KEY: path.join(dir, 'missing-key.pem') }),
    );
    expect(message).toMatch(/^TLS_(CERT|KEY) .* cannot be read \(ENOENT\)$/);
    expect(code).toBe(78);
  });

  it('a setting that makes no sense', { timeout: 30_000 }, async () => {
    const server = spawnServer({ PORT: 'eighty' });
    const { code } = await server.exited;
    expect(server.output()).toBe('pressroom: PORT must be a whole number from 0 to 65535, not "eighty"\n');
    expect(code).toBe(78);
  });
});

describe('a fault outside any request is logged and the process exits 1 for its supervisor', () => {
  it.each([
    ['throw', 'uncaught exception', 'injected exception'],
    ['reject', 'unhandled rejection', 'injected rejection'],
  ])('FAULT=%s', { timeout: 30_000 }, async (fault, what, message) => {
    const server = spawnServer({ CONTENT_DIR: CONTENT, WATCH: '0', FAULT: fault }, [INJECT_FAULT]);
    const url = await servingUrl(server);
    expect((await fetch(url)).status).toBe(200);
    server.child.kill('SIGUSR2');
    const { code } = await server.exited;
    expect(code).toBe(1);
    const fatal = server.lines.find((line) => line.level === 60);
    expect(fatal?.msg).toBe(`${what}: exiting for the supervisor to restart`);
    expect(fatal?.['err']).toMatchObject({ message });
  });
});
