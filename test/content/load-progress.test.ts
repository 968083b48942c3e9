import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.js';
import { loadFiles } from '../../src/content/load.js';

const FILES = 150;

describe('progress while loading', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pressroom-progress-'));
    for (let i = 0; i < FILES; i += 1) await writeFile(path.join(dir, `release-${String(i).padStart(3, '0')}.txt`), `Headline number ${i}\n\nBody text of release ${i}.\n`);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('tells how many files have been read, of how many, every 64 files', async () => {
    const calls: [number, number][] = [];
    await loadFiles(dir, { maxFileBytes: 1_000_000, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[64, FILES], [128, FILES], [FILES, FILES]]);
  });

  it('reports through the check as well', async () => {
    const calls: [number, number][] = [];
    await checkContent(dir, { maxFileBytes: 1_000_000, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([FILES, FILES]);
  });
});
