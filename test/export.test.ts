import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { temporaryDirs } from './fixtures/temporary-dirs.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const CORPUS = path.join(import.meta.dirname, 'fixtures/corpus');
const scratch = temporaryDirs('pressroom-export-cli-');

function exportCli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, ['--import', 'tsx', 'src/export.ts', ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: CORPUS, LOG_LEVEL: 'silent' } });
}

describe('npm run export', () => {
  it('writes the site and the nginx directives, and says what it wrote', { timeout: 60_000 }, async () => {
    const dir = await scratch();
    const { stdout } = await exportCli(['--out', path.join(dir, 'site'), '--nginx', path.join(dir, 'site.conf')]);
    expect(stdout).toMatch(
      /^exported 62 URLs and the not-found pages to .*site, [\d.]+ MB with their \.gz and \.br forms\nnginx directives for it, with its 9 redirects, in .*site\.conf\n$/,
    );
    expect(await readFile(path.join(dir, 'site', '404.html'), 'utf8')).toContain('Page not found');
    expect(JSON.parse(await readFile(path.join(dir, 'site', '404.json'), 'utf8'))).toMatchObject({ error: { status: 404 } });
    expect(await readFile(path.join(dir, 'site.conf'), 'utf8')).toContain('gzip_static on;');
    const csv = await readFile(path.join(dir, 'site', 'releases', 'financial-highlights', 'tables', '1.csv'), 'utf8');
    expect(csv.split('\r\n').length).toBeGreaterThan(2);
  });

  it('says how to use it without --out, and exits 2', { timeout: 60_000 }, async () => {
    await expect(exportCli([])).rejects.toMatchObject({ code: 2, stderr: 'export: usage: npm run export -- --out DIR [--nginx FILE]\n' });
  });

  it('refuses a folder that is not empty, and exits 1', { timeout: 60_000 }, async () => {
    const dir = await scratch();
    await writeFile(path.join(dir, 'index.html'), 'an older export');
    await expect(exportCli(['--out', dir])).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/is not empty/) as unknown });
    expect(await readFile(path.join(dir, 'index.html'), 'utf8')).toBe('an older export');
  });
});
