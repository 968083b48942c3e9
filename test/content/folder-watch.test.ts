import { appendFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parcelWatch, type FolderWatch, type WatchEvent } from '../../src/content/folder-watch.js';

const SETTLE_MS = 150;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('parcelWatch', () => {
  let base: string;
  let dir: string;
  let watch: FolderWatch | null = null;
  let reported: { event: WatchEvent; file: string; at: number }[];
  let activity: number;
  let errors: unknown[];

  beforeEach(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'pressroom-watch-'));
    dir = path.join(base, 'content');
    await mkdir(dir);
    reported = [];
    activity = 0;
    errors = [];
  });
  afterEach(async () => {
    await watch?.close();
    watch = null;
    await rm(base, { recursive: true, force: true });
  });

  const start = async (): Promise<void> => {
    watch = await parcelWatch(SETTLE_MS)(dir, {
      onChange: (event, changed) => reported.push({ event, file: path.relative(dir, changed), at: Date.now() }),
      onActivity: () => { activity++; },
      onError: (error) => errors.push(error),
    });
  };
  const reportsOf = (file: string): WatchEvent[] => reported.filter((each) => each.file === file).map((each) => each.event);
  const until = (check: () => void): Promise<void> => vi.waitFor(check, { timeout: 4000, interval: 20 });

  it('reports a file being written once, after it has held still, and never before', async () => {
    await start();
    const file = path.join(dir, 'slow.txt');
    let lastWrite = 0;
    for (let i = 0; i < 6; i++) {
      await appendFile(file, `chunk ${i}\n`);
      lastWrite = Date.now();
      await pause(SETTLE_MS / 2);
    }
    await until(() => { expect(reportsOf('slow.txt')).toEqual(['add']); });
    expect(reported[0]?.at).toBeGreaterThanOrEqual(lastWrite + SETTLE_MS);
    expect(activity).toBeGreaterThanOrEqual(6);
    await pause(SETTLE_MS * 2);
    expect(reportsOf('slow.txt')).toEqual(['add']);
  });

  it('reports a change to a file that was there, and a removal', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'one\n');
    await start();
    await appendFile(path.join(dir, 'a.txt'), 'two\n');
    await until(() => { expect(reportsOf('a.txt')).toEqual(['change']); });
    await rm(path.join(dir, 'a.txt'));
    await until(() => { expect(reportsOf('a.txt')).toEqual(['change', 'unlink']); });
  });

  it('reports every file of a folder moved in whole, subfolders too, but no dot file', async () => {
    await start();
    const outside = path.join(base, 'year');
    await mkdir(path.join(outside, 'q4'), { recursive: true });
    await mkdir(path.join(outside, '.drafts'));
    await writeFile(path.join(outside, 'a.txt'), 'a\n');
    await writeFile(path.join(outside, 'notes.md'), 'n\n');
    await writeFile(path.join(outside, 'q4', 'b.txt'), 'b\n');
    await writeFile(path.join(outside, '.drafts', 'c.txt'), 'c\n');
    await rename(outside, path.join(dir, '2008'));
    await until(() => {
      expect(reported.filter((each) => each.event === 'add').map((each) => each.file).sort()).toEqual([
        path.join('2008', 'a.txt'),
        path.join('2008', 'notes.md'),
        path.join('2008', 'q4', 'b.txt'),
      ]);
    });
    expect(reportsOf('2008')).toEqual(['addDir']);
  });

  it('never reports dot files or what is inside dot folders', async () => {
    await mkdir(path.join(dir, '.git'));
    await start();
    await writeFile(path.join(dir, '.q4.txt.tmp'), 'x\n');
    await writeFile(path.join(dir, '.git', 'HEAD'), 'x\n');
    await writeFile(path.join(dir, 'seen.txt'), 'x\n');
    await until(() => { expect(reportsOf('seen.txt')).toEqual(['add']); });
    await pause(SETTLE_MS);
    expect(reported.map((each) => each.file)).toEqual(['seen.txt']);
  });

  it('reports a file renamed into place as added', async () => {
    await start();
    await writeFile(path.join(dir, '.upload.tmp'), 'filed\n');
    await rename(path.join(dir, '.upload.tmp'), path.join(dir, 'filed.txt'));
    await until(() => { expect(reportsOf('filed.txt')).toEqual(['add']); });
  });

  it('reports the folder itself removed', async () => {
    await start();
    await rm(dir, { recursive: true });
    await until(() => { expect(reportsOf('')).toEqual(['unlinkDir']); });
    expect(errors).toEqual([]);
  });

  it('reports nothing once closed, even for a file that was settling', async () => {
    await start();
    await writeFile(path.join(dir, 'late.txt'), 'x\n');
    await until(() => { expect(activity).toBeGreaterThan(0); });
    await watch?.close();
    watch = null;
    await pause(SETTLE_MS * 2);
    expect(reported).toEqual([]);
  });
});
