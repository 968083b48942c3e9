import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { StartupError } from '../../src/startup-error.js';
import { captureLogger, LEVEL, type LogEntry } from '../content/capture-logger.js';
import { createTestCertificates, type TestCertificates } from '../fixtures/certificates.js';
import { expectSecurityHeaders } from './security-expectations.js';
import { ask } from './tls-client.js';

const CONTENT = path.join(import.meta.dirname, '../fixtures/content/good');

let dir: string;
let certificates: TestCertificates;
let server: RunningServer;
let logs: LogEntry[];
let redirectOrigin: string;
let httpsPort: string;

function settings(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    CONTENT_DIR: CONTENT,
    WATCH: '0',
    TLS_CERT: path.join(dir, 'cert.pem'),
    TLS_KEY: path.join(dir, 'key.pem'),
    HTTP_REDIRECT_PORT: '0',
    ...extra,
  };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pressroom-tls-'));
  certificates = createTestCertificates();
  await writeFile(path.join(dir, 'cert.pem'), certificates.cert);
  await writeFile(path.join(dir, 'key.pem'), certificates.key);
  const captured = captureLogger();
  logs = captured.entries;
  server = await startServer(parseConfig(settings()), captured.logger);
  httpsPort = new URL(server.url).port;
  redirectOrigin = (server.redirectUrl ?? '').replace(/\/$/, '');
}, 30_000);
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('HTTPS served directly', () => {
  it('serves the site over TLS with the security headers', async () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await ask(server.url, { ca: certificates.caCert });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<!doctype html>');
    expectSecurityHeaders(res.headers);
  });

  it('redirects plain HTTP to HTTPS, keeping path and query, with the security headers', async () => {
    const res = await ask(`${redirectOrigin}/releases/x?from=ir&b=%20`, { headers: { host: `localhost:${new URL(redirectOrigin).port}` } });
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(`https://localhost:${httpsPort}/releases/x?from=ir&b=%20`);
    expect(res.headers['content-length']).toBe('0');
    expectSecurityHeaders(res.headers);
  });

  it('redirects HEAD too, and an IPv6 host', async () => {
    const res = await ask(`${redirectOrigin}/`, { method: 'HEAD', headers: { host: '[::1]:80' } });
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(`https://[::1]:${httpsPort}/`);
  });

  it('starts an absolute-form target again at the home page of the host asked for', async () => {
    const res = await ask(redirectOrigin, { path: 'http://evil.example/releases/x', headers: { host: 'example.com' } });
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(`https://example.com:${httpsPort}/`);
  });

  it.each([
    'evil.example/path',
    'user@evil.example',
    'a b',
    'evil.example:80:80',
    '-leading-hyphen.example',
  ])('refuses to redirect with Host %j', async (host) => {
    const res = await ask(`${redirectOrigin}/`, { headers: { host } });
    expect(res.status).toBe(400);
    expect(res.headers.location).toBeUndefined();
    expectSecurityHeaders(res.headers);
  });

  it('answers other methods on the plain port with 405', async () => {
    const res = await ask(`${redirectOrigin}/`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it('redirects to PUBLIC_HTTPS_PORT when clients reach HTTPS through a port mapping', async () => {
    const { logger } = captureLogger();
    const mapped = await startServer(parseConfig(settings({ PUBLIC_HTTPS_PORT: '443' })), logger);
    try {
      const res = await ask(`${(mapped.redirectUrl ?? '').replace(/\/$/, '')}/a?b`, { headers: { host: 'ir.example.com:80' } });
      expect(res.headers.location).toBe('https://ir.example.com/a?b');
    } finally {
      await mapped.close();
    }
  }, 30_000);
});

describe('certificate renewal', () => {
  it('serves a renewed pair as soon as the files change, and keeps the old one when the new one is bad', { timeout: 60_000 }, async () => {
    const before = (await ask(server.url, { ca: certificates.caCert })).certificate?.serialNumber;
    const renewed = createTestCertificates();
    await writeFile(path.join(dir, 'cert.pem'), renewed.cert);
    await writeFile(path.join(dir, 'key.pem'), renewed.key);
    await expect
      .poll(async () => (await ask(server.url, { ca: renewed.caCert })).certificate?.serialNumber, { timeout: 20_000, interval: 200 })
      .not.toBe(before);
    const after = (await ask(server.url, { ca: renewed.caCert })).certificate?.serialNumber;

    await writeFile(path.join(dir, 'key.pem'), createTestCertificates().key);
    await server.reloadCertificate();
    expect(logs.some((entry) => entry.level === LEVEL.error && entry.msg.includes('still serving the previous one'))).toBe(true);
    expect((await ask(server.url, { ca: renewed.caCert })).certificate?.serialNumber).toBe(after);
  });
});

describe('a certificate that cannot be read', () => {
  it.each([
    [{ TLS_CERT: '/nonexistent/cert.pem' }, /^TLS_CERT \/nonexistent\/cert\.pem cannot be read \(ENOENT\)$/],
    [{ TLS_KEY: '/nonexistent/key.pem' }, /^TLS_KEY \/nonexistent\/key\.pem cannot be read \(ENOENT\)$/],
  ])('stops the start with one line naming the setting (%j)', async (extra, message) => {
    const started = startServer(parseConfig(settings(extra)), captureLogger().logger);
    await expect(started).rejects.toThrow(StartupError);
    await expect(started).rejects.toThrow(message);
  });

  it('says so when the certificate is not PEM', async () => {
    await writeFile(path.join(dir, 'junk.pem'), 'not a certificate\n');
    const started = startServer(parseConfig(settings({ TLS_CERT: path.join(dir, 'junk.pem') })), captureLogger().logger);
    await expect(started).rejects.toThrow(/TLS_CERT .* are not a usable certificate and key/);
  });
});
