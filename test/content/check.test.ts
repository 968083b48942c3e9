import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.js';
import { seedSource } from '../fixtures/seed-release.js';
import { ManualClock } from './manual-clock.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/content');
const MAX = 2 * 1024 * 1024;

describe('checkContent', () => {
  it('lists every problem as file:line: severity: reason, then ignored files and a summary, and fails', async () => {
    const result = await checkContent(path.join(FIXTURES, 'mixed'), { maxFileBytes: MAX, displayDir: 'mixed' });
    const lines = result.output.trimEnd().split('\n');
    const errors = lines.filter((line) => line.includes(': error: '));
    expect(errors).toEqual([
      'mixed/binary.txt:2: error: binary file (NUL byte), not text',
      'mixed/empty.txt:1: error: file is empty',
      'mixed/windows-1252.txt:3: error: not UTF-8 (byte 0xE9); save the file as UTF-8',
    ]);
    expect(lines.at(-2)).toBe('mixed/notes.md: ignored: not a .txt file');
    expect(lines.at(-1)).toMatch(/^2 releases ready to publish, 0 scheduled, 3 errors, \d+ warnings?, 1 file ignored$/);
    expect(result.exitCode).toBe(1);
  });

  it('passes a folder with nothing but good files', async () => {
    const result = await checkContent(path.join(FIXTURES, 'good'), { maxFileBytes: MAX, displayDir: 'good' });
    const lines = result.output.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^1 release ready to publish, 0 scheduled, 0 errors, \d+ warnings?, 0 files ignored$/);
    expect(lines.slice(0, -1).every((line) => line.includes(': warning: '))).toBe(true);
    expect(result.exitCode).toBe(0);
  });

  it('names files with the folder as given', async () => {
    const dir = path.join(FIXTURES, 'mixed');
    const result = await checkContent(dir, { maxFileBytes: MAX });
    expect(result.output).toContain(`${path.join(dir, 'binary.txt')}:2: error: binary file (NUL byte), not text\n`);
  });

  it('refuses files over the size limit', async () => {
    const result = await checkContent(path.join(FIXTURES, 'good'), { maxFileBytes: 100, displayDir: 'good' });
    expect(result.output).toMatch(/^good\/american-locker-2004-05\.txt:1: error: file is \d+ bytes, over the limit of 100\n/);
    expect(result.exitCode).toBe(1);
  });
});

describe('checkContent with front matter', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pressroom-check-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true });
  });

  const withFrontMatter = (yaml: string): Buffer => Buffer.concat([Buffer.from(`---\n${yaml}---\n`), seedSource]);

  it('lists releases under embargo with their times, without failing', async () => {
    await mkdir(path.join(dir, '2025'));
    await writeFile(path.join(dir, '2025', 'later.txt'), withFrontMatter('publishAt: 2025-03-04T08:30:00-05:00\nslug: q4-results\n'));
    const clock = new ManualClock(Date.parse('2025-03-01T00:00:00Z'));
    const result = await checkContent(dir, { maxFileBytes: MAX, displayDir: 'content', clock });
    expect(result.output).toContain(
      'content/2025/later.txt: scheduled: under embargo until 2025-03-04T08:30:00-05:00 (2025-03-04T13:30:00.000Z), then published as "q4-results"\n',
    );
    expect(result.output.trimEnd().split('\n').at(-1)).toMatch(/^0 releases ready to publish, 1 scheduled, 0 errors/);
    expect(result.exitCode).toBe(0);
  });

  it('refuses bad front matter at the line of the key', async () => {
    await writeFile(path.join(dir, 'a.txt'), withFrontMatter('slug: fine\npublishAt: 2025-03-04T08:30:00\n'));
    await writeFile(path.join(dir, 'b.txt'), withFrontMatter('\ntitle: Wrong key\n'));
    const result = await checkContent(dir, { maxFileBytes: MAX, displayDir: 'content' });
    const errors = result.output.split('\n').filter((line) => line.includes(': error: '));
    expect(errors).toEqual([
      'content/a.txt:3: error: publishAt "2025-03-04T08:30:00" has no UTC offset: add Z or one such as -05:00 (2025-03-04T08:30:00-05:00)',
      expect.stringMatching(/^content\/b\.txt:3: error: unknown front-matter key "title" \(known keys: slug, date, headline/) as unknown,
    ]);
    expect(result.exitCode).toBe(1);
  });

  it('warns of a slug collision and suggests a front-matter slug', async () => {
    await writeFile(path.join(dir, 'a.txt'), seedSource);
    await writeFile(path.join(dir, 'b.txt'), seedSource);
    const result = await checkContent(dir, { maxFileBytes: MAX, displayDir: 'content' });
    expect(result.output).toMatch(
      /content\/b\.txt:10: warning: slug "2004-10-13-american-locker-group-postal-contract-extension" is taken \(it is the slug of a\.txt\), so this release is published as "2004-10-13-american-locker-group-postal-contract-extension-2"; give one of them its own slug in front matter/,
    );
    expect(result.exitCode).toBe(0);
  });
});
