import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFiles, loadSite, type ParseRelease } from '../../src/content/load.js';
import { ContentError } from '../../src/release/content-error.js';
import { minimalRelease, seedRelease } from '../fixtures/seed-release.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/content');
const MAX = 2 * 1024 * 1024;
const SEED = 'american-locker-2004-05.txt';

/** Stands in for the filing parser: the seed model for the seed, a plain release otherwise. */
const fakeParse: ParseRelease = (text, file) =>
  file === SEED ? seedRelease() : minimalRelease({ headline: text.split('\n')[0] ?? null });

describe('loadSite', () => {
  it('publishes the good files and refuses the bad ones with file and line', async () => {
    const site = await loadSite(path.join(FIXTURES, 'mixed'), { maxFileBytes: MAX, parse: fakeParse });
    expect(site.releases.map((r) => r.file)).toEqual([SEED]);
    expect(site.releases[0]?.slug).toBe('2004-10-13-american-locker-group-postal-contract-extension');
    expect(site.problems.map((p) => [p.severity, p.file, p.line])).toEqual([
      ['error', 'binary.txt', 2],
      ['error', 'empty.txt', 1],
      ['error', 'windows-1252.txt', 3],
    ]);
    expect(site.problems.find((p) => p.file === 'binary.txt')?.reason).toMatch(/NUL/);
    expect(site.problems.find((p) => p.file === 'windows-1252.txt')?.reason).toMatch(/0xE9/);
    expect(site.problems.find((p) => p.file === 'empty.txt')?.reason).toMatch(/empty/);
  });

  it('ignores dot files, other extensions and subfolders', async () => {
    const site = await loadSite(path.join(FIXTURES, 'mixed'), { maxFileBytes: MAX, parse: fakeParse });
    const named = [...site.releases.map((r) => r.file), ...site.problems.map((p) => p.file)];
    expect(named).not.toContain('.draft.txt');
    expect(named).not.toContain('notes.md');
    expect(named.some((file) => file.includes('old'))).toBe(false);
  });

  it('keeps the bytes as filed', async () => {
    const site = await loadSite(path.join(FIXTURES, 'good'), { maxFileBytes: MAX });
    const onDisk = await readFile(path.join(FIXTURES, 'good', SEED));
    expect(Buffer.from(site.releases[0]?.source ?? []).equals(onDisk)).toBe(true);
  });

  it('turns parser warnings and refusals into problems', async () => {
    const parse: ParseRelease = (text, file) => {
      if (text.startsWith('nothing')) throw new ContentError(file, 4, 'no recognisable structure');
      return { ...minimalRelease({ headline: 'Fine' }), warnings: [{ line: 7, code: 'no-date', reason: 'odd line' }] };
    };
    const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-load-'));
    try {
      await writeFile(path.join(dir, 'a.txt'), 'fine\n');
      await writeFile(path.join(dir, 'b.txt'), 'nothing here\n');
      const site = await loadSite(dir, { maxFileBytes: MAX, parse });
      expect(site.releases.map((r) => r.file)).toEqual(['a.txt']);
      expect(site.problems).toEqual([
        { severity: 'warning', file: 'a.txt', line: 7, reason: 'odd line' },
        { severity: 'error', file: 'b.txt', line: 4, reason: 'no recognisable structure' },
      ]);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('refuses a file the parser fails on, and only that file', async () => {
    const parse: ParseRelease = (text) => {
      if (text.startsWith('crash')) throw new TypeError('boom');
      return minimalRelease({ headline: 'Fine' });
    };
    const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-load-'));
    try {
      await writeFile(path.join(dir, 'a.txt'), 'fine\n');
      await writeFile(path.join(dir, 'b.txt'), 'crash\n');
      const site = await loadSite(dir, { maxFileBytes: MAX, parse });
      expect(site.releases.map((r) => r.file)).toEqual(['a.txt']);
      expect(site.problems).toEqual([
        { severity: 'error', file: 'b.txt', line: 1, reason: 'the filing could not be parsed (boom)' },
      ]);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('reports a missing folder', async () => {
    await expect(loadSite(path.join(FIXTURES, 'no-such-folder'), { maxFileBytes: MAX })).rejects.toThrow(/the content folder .*no-such-folder does not exist/);
  });
});

describe('loadFiles', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pressroom-load-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true });
  });

  it('refuses an oversized file without reading it', async () => {
    const parsed: string[] = [];
    const parse: ParseRelease = (_text, file) => {
      parsed.push(file);
      return minimalRelease({ headline: 'x' });
    };
    await writeFile(path.join(dir, 'big.txt'), 'x'.repeat(2048));
    await writeFile(path.join(dir, 'small.txt'), 'small\n');
    const outcomes = await loadFiles(dir, { maxFileBytes: 1024, parse });
    expect(outcomes.get('big.txt')).toMatchObject({
      kind: 'refused',
      problem: { severity: 'error', file: 'big.txt', line: 1, reason: 'file is 2048 bytes, over the limit of 1024' },
    });
    expect(parsed).toEqual(['small.txt']);
  });

  it('lists files in code point order', async () => {
    for (const name of ['b.txt', 'B.txt', 'a.txt', '10.txt', '9.txt']) await writeFile(path.join(dir, name), `${name}\n`);
    const outcomes = await loadFiles(dir, { maxFileBytes: MAX, parse: fakeParse });
    expect([...outcomes.keys()]).toEqual(['10.txt', '9.txt', 'B.txt', 'a.txt', 'b.txt']);
  });

  it('does not read a file again while its size and times are unchanged', async () => {
    const parsed: string[] = [];
    const parse: ParseRelease = (text, file) => {
      parsed.push(file);
      return minimalRelease({ headline: text });
    };
    await writeFile(path.join(dir, 'a.txt'), 'first\n');
    await writeFile(path.join(dir, 'b.txt'), 'second\n');
    const first = await loadFiles(dir, { maxFileBytes: MAX, parse });
    await writeFile(path.join(dir, 'b.txt'), 'second, edited\n');
    const second = await loadFiles(dir, { maxFileBytes: MAX, parse }, first);
    // Files of a batch are read at once, so they reach the parser in whatever order reads finish.
    expect(parsed.sort()).toEqual(['a.txt', 'b.txt', 'b.txt']);
    expect(second.get('a.txt')).toBe(first.get('a.txt'));
    expect(second.get('b.txt')).not.toBe(first.get('b.txt'));
  });
});
