import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeFileSystem, type ContentFileSystem } from '../../src/content/file-system.js';
import type { Site } from '../../src/content/site.js';
import type { ContentStore, StoreOptions } from '../../src/content/store.js';
import { LEVEL, type LogEntry } from './capture-logger.js';
import { FakeWatch } from './fake-watch.js';
import { headlines, loggedAt, openTestStore } from './store-helpers.js';

const RETRY_MS = 50;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const waitLong = { timeout: 20_000, interval: 25 };

describe('ContentStore, when the folder fails', () => {
  let base: string;
  let dir: string;
  let store: ContentStore | undefined;
  let entries: LogEntry[];
  beforeEach(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'pressroom-faults-'));
    dir = path.join(base, 'content');
    await mkdir(dir);
    await writeFile(path.join(dir, 'a.txt'), 'Alpha\n');
    await writeFile(path.join(dir, 'b.txt'), 'Beta\n');
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await rm(base, { recursive: true, force: true });
  });

  async function open(options: Partial<Omit<StoreOptions, 'maxFileBytes' | 'parse' | 'logger'>> = {}): Promise<ContentStore> {
    const opened = await openTestStore({ dir, watch: true, debounceMs: 20, writeSettleMs: 50, retryMs: RETRY_MS, ...options });
    ({ store, entries } = opened);
    return opened.store;
  }
  const logged = (level: number, pattern: RegExp): LogEntry[] => loggedAt(entries, level, pattern);
  const sorted = (site: Site): (string | undefined)[] => headlines(site).sort();

  /** Something written now shows up: the folder is watched again. */
  async function expectLive(store: ContentStore, file: string, headline: string): Promise<void> {
    await writeFile(path.join(dir, file), `${headline}\n`);
    await vi.waitFor(() => {
      expect(headlines(store.current())).toContain(headline);
    }, waitLong);
  }

  it('keeps the last good site when the folder is deleted, logs it once, and recovers when it is back', { timeout: 30_000 }, async () => {
    const store = await open();
    const before = store.current();
    await rm(dir, { recursive: true });
    await vi.waitFor(() => {
      expect(logged(LEVEL.error, /content folder .* does not exist: the last good site stays published/)).toHaveLength(1);
    }, waitLong);
    await sleep(RETRY_MS * 6);
    expect(logged(LEVEL.error, /./)).toHaveLength(1);
    expect(logged(LEVEL.info, /release file removed/)).toEqual([]);
    expect(store.current()).toBe(before);

    await mkdir(dir);
    await writeFile(path.join(dir, 'a.txt'), 'Alpha again\n');
    await vi.waitFor(() => {
      expect(sorted(store.current())).toEqual(['Alpha again']);
    }, waitLong);
    expect(logged(LEVEL.info, /can be read again/)).toHaveLength(1);
    await expectLive(store, 'c.txt', 'Gamma');
  });

  it('keeps the last good site when the folder is renamed away, and follows it when it is renamed back', { timeout: 30_000 }, async () => {
    const store = await open();
    const before = store.current();
    await rename(dir, path.join(base, 'moved'));
    await vi.waitFor(() => {
      expect(logged(LEVEL.error, /does not exist: the last good site stays published/)).toHaveLength(1);
    }, waitLong);
    await sleep(RETRY_MS * 6);
    expect(store.current()).toBe(before);
    expect(logged(LEVEL.error, /./)).toHaveLength(1);

    await rename(path.join(base, 'moved'), dir);
    await vi.waitFor(() => {
      expect(logged(LEVEL.info, /can be read again/)).toHaveLength(1);
    }, waitLong);
    expect(sorted(store.current())).toEqual(['Alpha', 'Beta']);
    await expectLive(store, 'c.txt', 'Gamma');
  });

  // Tests run as root, which chmod cannot keep out, so the file system answers as it would
  // for a folder made unreadable (chmod 000): EACCES for everything inside it.
  it('keeps the last good site when the folder cannot be read, logs it once, and recovers', { timeout: 30_000 }, async () => {
    let locked = false;
    const denied = (target: string): boolean => locked && (target === dir || target.startsWith(`${dir}${path.sep}`));
    const refuse = (): Promise<never> => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    const fs: ContentFileSystem = {
      readdir: (target) => (denied(target) ? refuse() : nodeFileSystem.readdir(target)),
      stat: (target) => (denied(target) ? refuse() : nodeFileSystem.stat(target)),
      readFile: (target) => (denied(target) ? refuse() : nodeFileSystem.readFile(target)),
    };
    const store = await open({ fs });
    const before = store.current();
    locked = true;
    await writeFile(path.join(dir, 'c.txt'), 'Gamma\n');
    await vi.waitFor(() => {
      expect(logged(LEVEL.error, /cannot be read \(EACCES: permission denied\): the last good site stays published/)).toHaveLength(1);
    }, waitLong);
    await writeFile(path.join(dir, 'd.txt'), 'Delta\n');
    await sleep(RETRY_MS * 6);
    expect(store.current()).toBe(before);
    expect(logged(LEVEL.error, /./)).toHaveLength(1);

    locked = false;
    await vi.waitFor(() => {
      expect(sorted(store.current())).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma']);
    }, waitLong);
    expect(logged(LEVEL.info, /can be read again/)).toHaveLength(1);
  });

  it('catches up with a burst of 10,000 files by listing the folder once it holds still', { timeout: 180_000 }, async () => {
    const store = await open({ writeSettleMs: 200, retryMs: 500 });
    const sites: Site[] = [];
    store.subscribe((site) => sites.push(site));
    const names = Array.from({ length: 10_000 }, (_, i) => `burst-${String(i).padStart(5, '0')}.txt`);
    for (let start = 0; start < names.length; start += 200) {
      await Promise.all(names.slice(start, start + 200).map((name) => writeFile(path.join(dir, name), `${name}\nBody.\n`)));
    }
    await vi.waitFor(() => {
      expect(store.current().releases).toHaveLength(10_002);
    }, { timeout: 150_000, interval: 200 });
    expect(logged(LEVEL.info, /changes in the content folder within a second/)).toHaveLength(1);
    expect(logged(LEVEL.warn, /./)).toEqual([]);
    expect(logged(LEVEL.error, /./)).toEqual([]);
    expect(sites.every((site) => ['Alpha', 'Beta'].every((headline) => headlines(site).includes(headline)))).toBe(true);
    await expectLive(store, 'c.txt', 'Gamma');
  });

  it('logs a watch error once, however often it comes', async () => {
    const watch = new FakeWatch();
    const store = await open({ watchFolder: watch.watchFolder });
    const error = Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' });
    for (let i = 0; i < 50; i++) watch.error(error);
    await sleep(100);
    expect(logged(LEVEL.error, /^watching the content folder failed \(ENOSPC\)/)).toHaveLength(1);
    expect(sorted(store.current())).toEqual(['Alpha', 'Beta']);
  });

  it('serves the folder when its watch cannot start, logs it once, and watches once it can', { timeout: 30_000 }, async () => {
    const watch = new FakeWatch();
    const error = Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' });
    let refusals = 2;
    const store = await open({
      watchFolder: (folder, handlers) => (refusals-- > 0 ? Promise.reject(error) : watch.watchFolder(folder, handlers)),
    });
    expect(sorted(store.current())).toEqual(['Alpha', 'Beta']);
    await vi.waitFor(() => {
      expect(watch.watching).toBe(true);
    }, waitLong);
    expect(logged(LEVEL.error, /^could not read or watch the content folder .*: the last good site stays published; looking again/)).toHaveLength(1);
    await writeFile(path.join(dir, 'c.txt'), 'Gamma\n');
    watch.report('add', 'c.txt');
    await vi.waitFor(() => {
      expect(sorted(store.current())).toEqual(['Alpha', 'Beta', 'Gamma']);
    }, waitLong);
    expect(logged(LEVEL.info, /can be read again/)).toHaveLength(1);
  });
});
