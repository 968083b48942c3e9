import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnServer } from './spawn-server.js';

const CONTENT = path.join(import.meta.dirname, '../fixtures/content/good');

describe('npm start at a terminal', () => {
  it('greets with readable lines that say where the site is, and logs requests readably', { timeout: 60_000 }, async () => {
    const server = spawnServer({ CONTENT_DIR: CONTENT, WATCH: '0', LOG_FORMAT: 'pretty' });
    try {
      await expect.poll(() => server.output(), { timeout: 30_000 }).toMatch(/INFO: serving press releases at http:\/\/127\.0\.0\.1:\d+\//);
      const url = /serving press releases at (\S+)/.exec(server.output())?.[1] ?? '';
      expect(server.output()).toMatch(/INFO: listening at http:\/\/127\.0\.0\.1:\d+\/; loading the releases in /);
      await (await fetch(new URL('/nowhere', url))).arrayBuffer();
      await expect.poll(() => server.output()).toMatch(/INFO: GET \/nowhere 404 \d+ B [\d.]+ ms/);
      expect(server.output()).not.toMatch(/^\{/m);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
