import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Site } from '../../src/content/site.js';
import { openContentStore, type ContentStore } from '../../src/content/store.js';
import { captureLogger, LEVEL } from './capture-logger.js';
import { headlines, MAX, nextSite, NOT_UTF8, parseFirstLine as parse } from './store-helpers.js';

describe('ContentStore', () => {
  let dir: string;
  let store: ContentStore | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pressroom-store-'));
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await rm(dir, { recursive: true });
  });

  async function open(watch: boolean): Promise<{ store: ContentStore; entries: ReturnType<typeof captureLogger>['entries'] }> {
    const { logger, entries } = captureLogger();
    store = await openContentStore({ dir, maxFileBytes: MAX, parse, watch, logger, debounceMs: 20, writeSettleMs: 50 });
    return { store, entries };
  }

  it('loads the folder and logs each problem as file:line: reason', async () => {
    await writeFile(path.join(dir, 'good.txt'), 'Good news\n');
    await writeFile(path.join(dir, 'bad.txt'), NOT_UTF8);
    const { store, entries } = await open(false);
    expect(headlines(store.current())).toEqual(['Good news']);
    expect(store.current().problems).toMatchObject([{ severity: 'error', file: 'bad.txt', line: 1 }]);
    const errors = entries.filter((entry) => entry.level === LEVEL.error);
    expect(errors.map((entry) => entry.msg)).toEqual([expect.stringMatching(/^bad\.txt:1: not UTF-8/)]);
  });

  it('fails to open a folder that does not exist', async () => {
    const { logger } = captureLogger();
    await expect(
      openContentStore({ dir: path.join(dir, 'missing'), maxFileBytes: MAX, parse, watch: false, logger }),
    ).rejects.toThrow(/the content folder .*missing does not exist/);
  });

  it('keeps the last good version of a file that turns bad, and reports the error', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'Version one\n');
    const { store, entries } = await open(false);
    const before = store.current();
    await writeFile(path.join(dir, 'a.txt'), NOT_UTF8);
    const after = await store.reload();
    expect(headlines(after)).toEqual(['Version one']);
    expect(after.problems).toHaveLength(1);
    expect(after.problems[0]?.reason).toMatch(/not UTF-8.*last good version stays published/);
    expect(entries.some((entry) => entry.level === LEVEL.error && entry.msg.startsWith('a.txt:1: not UTF-8'))).toBe(true);
    expect(after).not.toBe(before);
    expect(before.problems).toEqual([]);
  });

  it('publishes the file again once it is fixed, and unpublishes it when deleted', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'Version one\n');
    const { store } = await open(false);
    await writeFile(path.join(dir, 'a.txt'), NOT_UTF8);
    await store.reload();
    await writeFile(path.join(dir, 'a.txt'), 'Version two\n');
    expect(headlines(await store.reload())).toEqual(['Version two']);
    expect(store.current().problems).toEqual([]);
    await unlink(path.join(dir, 'a.txt'));
    expect(headlines(await store.reload())).toEqual([]);
  });

  it('does not publish a file that was never good', async () => {
    await writeFile(path.join(dir, 'a.txt'), NOT_UTF8);
    const { store } = await open(false);
    expect(store.current().releases).toEqual([]);
    expect(store.current().problems[0]?.reason).not.toMatch(/last good/);
  });

  it('tells subscribers about changes only, and not after they unsubscribe', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'One\n');
    const { store } = await open(false);
    const seen: Site[] = [];
    const unsubscribe = store.subscribe((site) => seen.push(site));
    const unchanged = store.current();
    expect(await store.reload()).toBe(unchanged);
    expect(seen).toEqual([]);
    await writeFile(path.join(dir, 'b.txt'), 'Two\n');
    const changed = await store.reload();
    expect(seen).toEqual([changed]);
    unsubscribe();
    await writeFile(path.join(dir, 'c.txt'), 'Three\n');
    await store.reload();
    expect(seen).toHaveLength(1);
  });

  it('goes on telling other subscribers when one throws', async () => {
    const { store, entries } = await open(false);
    store.subscribe(() => {
      throw new Error('listener broke');
    });
    const seen: Site[] = [];
    store.subscribe((site) => seen.push(site));
    await writeFile(path.join(dir, 'a.txt'), 'One\n');
    await store.reload();
    expect(seen).toHaveLength(1);
    expect(entries.some((entry) => entry.level === LEVEL.error && entry.msg === 'a content listener failed')).toBe(true);
  });

  it('runs overlapping reloads one after another and ends with the latest content', async () => {
    const { store } = await open(false);
    await writeFile(path.join(dir, 'a.txt'), 'One\n');
    const first = store.reload();
    await writeFile(path.join(dir, 'b.txt'), 'Two\n');
    const second = store.reload();
    const third = store.reload();
    await first;
    expect(await third).toBe(await second);
    expect(headlines(store.current()).sort()).toEqual(['One', 'Two']);
  });

  it('watches the folder: added, broken and removed files', { timeout: 20_000 }, async () => {
    const { store } = await open(true);
    expect(store.current().releases).toEqual([]);

    const added = nextSite(store, (site) => site.releases.length === 1);
    await writeFile(path.join(dir, 'a.txt'), 'Watched\n');
    expect(headlines(await added)).toEqual(['Watched']);

    const broken = nextSite(store, (site) => site.problems.length === 1);
    await writeFile(path.join(dir, 'a.txt'), NOT_UTF8);
    const brokenSite = await broken;
    expect(headlines(brokenSite)).toEqual(['Watched']);
    expect(brokenSite.problems[0]?.reason).toMatch(/last good version stays published/);

    const removed = nextSite(store, (site) => site.releases.length === 0);
    await unlink(path.join(dir, 'a.txt'));
    expect((await removed).problems).toEqual([]);
  });
});
