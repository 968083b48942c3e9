import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../src/config.js';
import { loadSite } from '../src/content/load.js';
import { startServer, type RunningServer } from '../src/server.js';
import { captureLogger, LEVEL } from './content/capture-logger.js';

const CORPUS = path.join(import.meta.dirname, 'fixtures/corpus');
const MAX = 2 * 1024 * 1024;

describe('startServer', () => {
  let dir: string;
  let running: RunningServer | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pressroom-server-'));
    await writeFile(
      path.join(dir, 'american-locker-2004-05.txt'),
      await readFile(path.join(CORPUS, 'american-locker-2004-05.txt')),
    );
  });
  afterEach(async () => {
    await running?.close();
    running = undefined;
    await rm(dir, { recursive: true });
  });

  async function slugs(): Promise<string[]> {
    return (await loadSite(dir, { maxFileBytes: MAX })).releases.map((release) => release.slug);
  }

  it('serves the content folder, follows changes to it, and stops', { timeout: 20_000 }, async () => {
    const { logger, entries } = captureLogger();
    const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: dir });
    const progress: [number, number][] = [];
    running = await startServer(config, logger, { onProgress: (done, total) => progress.push([done, total]) });
    expect(progress.at(-1)).toEqual([1, 1]);
    const reportedAtStart = progress.length;
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const home = await fetch(running.url);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(home.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    const [seed] = await slugs();
    expect((await fetch(new URL(`/releases/${seed ?? ''}`, running.url))).status).toBe(200);

    await copyFile(path.join(CORPUS, 'cisco-1995-combinet-agreement.txt'), path.join(dir, 'cisco-1995-combinet-agreement.txt'));
    const added = (await slugs()).find((slug) => slug !== seed) ?? '';
    const url = running.url;
    await vi.waitFor(
      async () => {
        expect((await fetch(new URL(`/releases/${added}`, url))).status).toBe(200);
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(entries.some((entry) => entry.level === LEVEL.info && entry.msg.includes('rendered again'))).toBe(true);
    // Progress is for the start-up; an edit while serving is not reported as loading.
    expect(progress).toHaveLength(reportedAtStart);

    await running.close();
    await expect(fetch(url)).rejects.toThrow();
  });

  it('fails to start without a content folder', async () => {
    const { logger } = captureLogger();
    const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: path.join(dir, 'missing') });
    const parseThreads = { take: vi.fn(() => undefined), release: vi.fn(() => Promise.resolve()) };
    await expect(startServer(config, logger, { parseThreads })).rejects.toThrow(/the content folder .* does not exist/);
    expect(parseThreads.release).toHaveBeenCalledOnce();
  });

  it('ends the parse threads started ahead once the first load is done, as a small folder needs none', async () => {
    const { logger } = captureLogger();
    const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: dir });
    const parseThreads = { take: vi.fn(() => undefined), release: vi.fn(() => Promise.resolve()) };
    running = await startServer(config, logger, { parseThreads });
    expect(parseThreads.take).not.toHaveBeenCalled();
    expect(parseThreads.release).toHaveBeenCalledOnce();
  });

  it('runs the work to do before serving once, after the first load and before it is served', async () => {
    const { logger } = captureLogger();
    const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: dir });
    const served: boolean[] = [];
    let server: RunningServer | null = null;
    const beforeServing = vi.fn(() => {
      served.push(server?.state() === 'ready');
    });
    server = await startServer(config, logger, { beforeServing, onListening: (listening) => (server = listening) });
    running = server;
    expect(served).toEqual([false]);
    expect(server.state()).toBe('ready');
  });
});
