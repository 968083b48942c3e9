import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { captureLogger } from '../content/capture-logger.js';
import { createTestCertificates } from '../fixtures/certificates.js';

const CONTENT = path.join(import.meta.dirname, '../fixtures/content/good');
const GRADE = path.join(import.meta.dirname, 'grade.ts');

interface Grading {
  grade: string;
  score: number;
  status: number;
  tests: Record<string, { pass: boolean; result: string | null; modifier: number }>;
}

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pressroom-observatory-'));
  const certificates = createTestCertificates();
  await writeFile(path.join(dir, 'ca.pem'), certificates.caCert);
  await writeFile(path.join(dir, 'cert.pem'), certificates.cert);
  await writeFile(path.join(dir, 'key.pem'), certificates.key);
  server = await startServer(
    parseConfig({
      PORT: '0',
      HOST: 'localhost',
      CONTENT_DIR: CONTENT,
      WATCH: '0',
      ACCESS_LOG: '0',
      TLS_CERT: path.join(dir, 'cert.pem'),
      TLS_KEY: path.join(dir, 'key.pem'),
      HTTP_REDIRECT_PORT: '0',
    }),
    captureLogger().logger,
  );
}, 30_000);
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe("Mozilla's HTTP Observatory", () => {
  it('grades the site A+ with every test passing, over HTTPS with the redirect from HTTP', { timeout: 90_000 }, async () => {
    const httpPort = new URL(server.redirectUrl ?? '').port;
    const httpsPort = new URL(server.url).port;
    // A process of its own: Node reads NODE_EXTRA_CA_CERTS, the test CA, only at start-up.
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', GRADE, 'localhost', httpPort, httpsPort], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: path.join(dir, 'ca.pem') },
      timeout: 80_000,
    });
    const grading = JSON.parse(stdout) as Grading;
    const failing = Object.entries(grading.tests).filter(([, test]) => !test.pass);
    expect(failing).toEqual([]);
    expect(Object.keys(grading.tests)).toHaveLength(10);
    expect(grading.tests['redirection']?.result).toBe('redirection-to-https');
    expect(grading.status).toBe(200);
    expect(grading.grade).toBe('A+');
    expect(grading.score).toBeGreaterThanOrEqual(100);
  });
});
