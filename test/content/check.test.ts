import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/content');
const MAX = 2 * 1024 * 1024;

describe('checkContent', () => {
  it('lists every problem as file:line: severity: reason, then a summary, and fails', async () => {
    const result = await checkContent(path.join(FIXTURES, 'mixed'), { maxFileBytes: MAX, displayDir: 'mixed' });
    const lines = result.output.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'mixed/binary.txt:2: error: binary file (NUL byte), not text',
      'mixed/empty.txt:1: error: file is empty',
      'mixed/windows-1252.txt:3: error: not UTF-8 (byte 0xE9); save the file as UTF-8',
    ]);
    expect(lines.at(-1)).toMatch(/^1 release ready to publish, 3 errors, \d+ warnings?$/);
    expect(result.exitCode).toBe(1);
  });

  it('passes a folder with nothing but good files', async () => {
    const result = await checkContent(path.join(FIXTURES, 'good'), { maxFileBytes: MAX, displayDir: 'good' });
    const lines = result.output.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^1 release ready to publish, 0 errors, \d+ warnings?$/);
    expect(lines.slice(0, -1).every((line) => line.includes(': warning: '))).toBe(true);
    expect(result.exitCode).toBe(0);
  });

  it('names files with the folder as given', async () => {
    const dir = path.join(FIXTURES, 'mixed');
    const result = await checkContent(dir, { maxFileBytes: MAX });
    expect(result.output.split('\n')[0]).toBe(`${path.join(dir, 'binary.txt')}:2: error: binary file (NUL byte), not text`);
  });

  it('refuses files over the size limit', async () => {
    const result = await checkContent(path.join(FIXTURES, 'good'), { maxFileBytes: 100, displayDir: 'good' });
    expect(result.output).toMatch(/^good\/american-locker-2004-05\.txt:1: error: file is \d+ bytes, over the limit of 100\n/);
    expect(result.exitCode).toBe(1);
  });
});
