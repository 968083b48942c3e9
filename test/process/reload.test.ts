import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCertificates } from '../fixtures/certificates.js';
import { servingUrl, spawnServer } from './spawn-server.js';

const CONTENT = path.join(import.meta.dirname, '../fixtures/content/good');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pressroom-reload-'));
  const certificates = createTestCertificates();
  await writeFile(path.join(dir, 'cert.pem'), certificates.cert);
  await writeFile(path.join(dir, 'key.pem'), certificates.key);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SIGHUP', () => {
  it('reads the certificate and key again, even when no file event came', { timeout: 60_000 }, async () => {
    const server = spawnServer({ CONTENT_DIR: CONTENT, WATCH: '0', TLS_CERT: path.join(dir, 'cert.pem'), TLS_KEY: path.join(dir, 'key.pem') });
    try {
      expect(await servingUrl(server)).toMatch(/^https:/);
      expect(server.lines.some((line) => line.msg === 'certificate reloaded')).toBe(false);
      server.child.kill('SIGHUP');
      await server.waitForLine((line) => line.msg === 'certificate reloaded');
    } finally {
      server.child.kill('SIGTERM');
    }
    expect((await server.exited).code).toBe(0);
  });
});
