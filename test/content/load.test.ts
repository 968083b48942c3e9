import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFiles, loadSite, type ParseRelease } from '../../src/content/load.js';
import { nodeFileSystem, type ContentFileSystem } from '../../src/content/file-system.js';
import { ContentError } from '../../src/release/content-error.js';
import { parseRelease } from '../../src/release/parse.js';
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
    expect(site.releases.map((r) => r.file)).toEqual([SEED, 'archive/old.txt']);
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

  it('reads subfolders, lists other files as ignored and leaves dot files alone', async () => {
    const site = await loadSite(path.join(FIXTURES, 'mixed'), { maxFileBytes: MAX, parse: fakeParse });
    const named = [...site.releases.map((r) => r.file), ...site.problems.map((p) => p.file), ...site.ignored.map((i) => i.file)];
    expect(named).toContain('archive/old.txt');
    expect(site.ignored).toEqual([{ file: 'notes.md', reason: 'not a .txt file' }]);
    expect(named.some((file) => file.includes('draft'))).toBe(false);
  });

  it('keeps the bytes as filed', async () => {
    const site = await loadSite(path.join(FIXTURES, 'good'), { maxFileBytes: MAX });
    const onDisk = await readFile(path.join(FIXTURES, 'good', SEED));
    expect(site.releases[0]?.source.bytes().equals(onDisk)).toBe(true);
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
    expect(outcomes.outcomes.get('big.txt')).toMatchObject({
      kind: 'refused',
      problem: { severity: 'error', file: 'big.txt', line: 1, reason: 'file is 2048 bytes, over the limit of 1024' },
    });
    expect(parsed).toEqual(['small.txt']);
  });

  it('lists files in code point order', async () => {
    for (const name of ['b.txt', 'B.txt', 'a.txt', '10.txt', '9.txt']) await writeFile(path.join(dir, name), `${name}\n`);
    const outcomes = await loadFiles(dir, { maxFileBytes: MAX, parse: fakeParse });
    expect([...outcomes.outcomes.keys()]).toEqual(['10.txt', '9.txt', 'B.txt', 'a.txt', 'b.txt']);
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
    const second = await loadFiles(dir, { maxFileBytes: MAX, parse }, first.outcomes);
    // Files of a batch are read at once, so they reach the parser in whatever order reads finish.
    expect(parsed.sort()).toEqual(['a.txt', 'b.txt', 'b.txt']);
    expect(second.outcomes.get('a.txt')).toBe(first.outcomes.get('a.txt'));
    expect(second.outcomes.get('b.txt')).not.toBe(first.outcomes.get('b.txt'));
  });
});

describe('loading front matter', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pressroom-front-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true });
  });

  const FRONT = '---\r\nslug: gulfway-q2-distribution\r\nheadline: Gulfway Declares Distribution\r\n---\r\n';
  const filed = (): Promise<Buffer> => readFile(path.join(import.meta.dirname, '../fixtures/releases/no-headline.txt'));

  it('publishes the filing after the front matter, byte for byte, and reads the front matter', async () => {
    const filing = await filed();
    await writeFile(path.join(dir, 'gulfway.txt'), Buffer.concat([Buffer.from(FRONT), filing]));
    const site = await loadSite(dir, { maxFileBytes: MAX });
    const [release] = site.releases;
    expect(release?.source.bytes().equals(filing)).toBe(true);
    expect(release?.slug).toBe('gulfway-q2-distribution');
    expect(release?.meta.headline).toBe('Gulfway Declares Distribution');
    expect(release?.release.headline).toBeNull();
  });

  it('hands the parser the filing on the lines it has in the file, so its warnings name the right line', async () => {
    const filing = await filed();
    await writeFile(path.join(dir, 'plain.txt'), filing);
    await writeFile(path.join(dir, 'fronted.txt'), Buffer.concat([Buffer.from(FRONT), filing]));
    const site = await loadSite(dir, { maxFileBytes: MAX });
    const lines = (file: string): number[] => site.problems.filter((p) => p.file === file).map((p) => p.line);
    expect(lines('plain.txt').length).toBeGreaterThan(0);
    expect(lines('fronted.txt')).toEqual(lines('plain.txt').map((line) => line + 4));
    const texts: string[] = [];
    await loadSite(dir, { maxFileBytes: MAX, parse: (text, file) => (texts.push(text), parseRelease(text, file)) });
    expect(texts).toContain(`\n\n\n\n${filing.toString('utf8')}`);
  });

  it('refuses a file whose front matter is wrong, at the line of the key, and one with nothing after it', async () => {
    await writeFile(path.join(dir, 'bad.txt'), '---\nslug: ok\ndate: 13/10/2004\n---\nACME REPORTS RESULTS TODAY\n');
    await writeFile(path.join(dir, 'empty.txt'), '---\nslug: ok\n---\n\n');
    await writeFile(path.join(dir, 'open.txt'), '---\nslug: ok\nACME REPORTS RESULTS TODAY\n');
    const site = await loadSite(dir, { maxFileBytes: MAX });
    expect(site.releases).toEqual([]);
    expect(site.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`)).toEqual([
      'bad.txt:3: date "13/10/2004" must be a date written YYYY-MM-DD, such as 2004-10-13',
      'empty.txt:3: nothing follows the front matter: the filing goes below its closing "---"',
      'open.txt:1: the front matter that starts here is not closed: end it with a line of "---"',
    ]);
  });

  it('reads .txt in any case in subfolders, and keeps what it read from a subfolder it can no longer list', async () => {
    await mkdir(path.join(dir, '2008'));
    await writeFile(path.join(dir, '2008', 'Q1.TXT'), 'First quarter\n');
    await writeFile(path.join(dir, 'a.Txt'), 'Top\n');
    const first = await loadFiles(dir, { maxFileBytes: MAX, parse: fakeParse });
    expect([...first.outcomes.keys()]).toEqual(['2008/Q1.TXT', 'a.Txt']);

    const locked: ContentFileSystem = {
      ...nodeFileSystem,
      readdir: (target) =>
        target === path.join(dir, '2008') ? Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })) : nodeFileSystem.readdir(target),
    };
    const second = await loadFiles(dir, { maxFileBytes: MAX, parse: fakeParse, fs: locked }, first.outcomes);
    expect(second.outcomes.get('2008/Q1.TXT')).toBe(first.outcomes.get('2008/Q1.TXT'));
    expect(second.unreadable).toEqual([{ folder: '2008', code: 'EACCES' }]);
  });

  it('explains a content folder that is a file', async () => {
    await writeFile(path.join(dir, 'file'), 'x');
    await expect(loadSite(path.join(dir, 'file'), { maxFileBytes: MAX })).rejects.toThrow(/the content folder .*file is not a folder/);
  });
});
