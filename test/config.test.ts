import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('parseConfig', () => {
  it('has defaults for a laptop', () => {
    const config = parseConfig({}, '/srv/site');
    expect(config).toEqual({
      port: 3000,
      host: 'localhost',
      contentDir: path.resolve('/srv/site', 'content'),
      logLevel: 'info',
      logFormat: 'auto',
      accessLog: true,
      watch: true,
      maxFileBytes: 2 * 1024 * 1024,
      pageCacheControl: 'public, max-age=300, stale-while-revalidate=86400',
      bodyCacheBytes: 64 * 1024 * 1024,
      viewsDir: path.join(ROOT, 'views'),
      publicDir: path.join(ROOT, 'public'),
      tls: null,
      httpRedirectPort: null,
      publicHttpsPort: null,
      hsts: { maxAge: 31_536_000, includeSubDomains: true, preload: false },
      trustProxy: false,
      limits: {
        headersTimeoutMs: 10_000,
        requestTimeoutMs: 30_000,
        keepAliveTimeoutMs: 5_000,
        maxHeaderSize: 16_384,
        maxRequestsPerSocket: 1000,
      },
      shutdownGraceMs: 10_000,
      webConcurrency: 1,
      publication: { siteUrl: 'http://localhost:3000', siteName: 'Pressroom', timeZone: 'America/New_York', releaseTime: '09:00' },
      frameAncestors: [],
    });
  });

  it('is frozen', () => {
    expect(Object.isFrozen(parseConfig({}))).toBe(true);
  });

  it('reads every variable', () => {
    const config = parseConfig(
      { PORT: '8080', HOST: '0.0.0.0', CONTENT_DIR: 'releases', LOG_LEVEL: 'DEBUG', WATCH: 'false', MAX_FILE_BYTES: '1000' },
      '/srv/site',
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      contentDir: path.resolve('/srv/site', 'releases'),
      logLevel: 'debug',
      watch: false,
      maxFileBytes: 1000,
    });
  });

  it('reads the operations settings', () => {
    const config = parseConfig(
      {
        TLS_CERT: 'tls/cert.pem',
        TLS_KEY: '/etc/tls/key.pem',
        HTTP_REDIRECT_PORT: '80',
        PUBLIC_HTTPS_PORT: '443',
        HSTS_MAX_AGE: '63072000',
        HSTS_PRELOAD: 'yes',
        TRUST_PROXY: 'loopback, 10.0.0.0/8',
        HEADERS_TIMEOUT_MS: '2000',
        REQUEST_TIMEOUT_MS: '4000',
        KEEP_ALIVE_TIMEOUT_MS: '65000',
        MAX_HEADER_SIZE: '8192',
        MAX_REQUESTS_PER_SOCKET: '0',
        SHUTDOWN_GRACE_MS: '3000',
        ACCESS_LOG: '0',
        LOG_FORMAT: 'JSON',
        WEB_CONCURRENCY: '4',
      },
      '/srv/site',
    );
    expect(config).toMatchObject({
      tls: { cert: '/srv/site/tls/cert.pem', key: '/etc/tls/key.pem' },
      httpRedirectPort: 80,
      publicHttpsPort: 443,
      hsts: { maxAge: 63_072_000, includeSubDomains: true, preload: true },
      trustProxy: ['loopback', '10.0.0.0/8'],
      limits: { headersTimeoutMs: 2000, requestTimeoutMs: 4000, keepAliveTimeoutMs: 65_000, maxHeaderSize: 8192, maxRequestsPerSocket: 0 },
      shutdownGraceMs: 3000,
      accessLog: false,
      logFormat: 'json',
      webConcurrency: 4,
    });
  });

  it.each([
    ['0', false],
    ['2', 2],
  ])('reads TRUST_PROXY=%s as %j', (raw, expected) => {
    expect(parseConfig({ TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it('reads WEB_CONCURRENCY=auto as the number of cores', () => {
    expect(parseConfig({ WEB_CONCURRENCY: 'auto' }).webConcurrency).toBeGreaterThanOrEqual(1);
  });


  it('reads the cache settings', () => {
    expect(parseConfig({ PAGE_CACHE_CONTROL: 'no-cache', BODY_CACHE_BYTES: '10485760' })).toMatchObject({
      pageCacheControl: 'no-cache',
      bodyCacheBytes: 10 * 1024 * 1024,
    });
  });

  it('reads what the site says about itself', () => {
    const config = parseConfig({
      SITE_URL: 'https://ir.example.com/news/',
      SITE_NAME: 'Example IR',
      TIME_ZONE: 'europe/london',
      RELEASE_TIME: '16:05',
      FRAME_ANCESTORS: 'https://ir.example.com  https://example.org/',
    });
    expect(config.publication).toEqual({ siteUrl: 'https://ir.example.com/news', siteName: 'Example IR', timeZone: 'Europe/London', releaseTime: '16:05' });
    expect(config.frameAncestors).toEqual(['https://ir.example.com', 'https://example.org']);
  });

  it('defaults the site URL to where it listens, https with a certificate', () => {
    expect(parseConfig({ PORT: '8443', TLS_CERT: 'c.pem', TLS_KEY: 'k.pem' }).publication.siteUrl).toBe('https://localhost:8443');
  });

  it.each([
    ['SITE_URL', 'ir.example.com'],
    ['SITE_URL', 'ftp://ir.example.com'],
    ['SITE_URL', 'https://ir.example.com/?page=1'],
    ['TIME_ZONE', 'Mars/Olympus_Mons'],
    ['RELEASE_TIME', '9am'],
    ['RELEASE_TIME', '24:00'],
    ['FRAME_ANCESTORS', 'ir.example.com'],
    ['FRAME_ANCESTORS', 'https://ir.example.com/embed'],
    ['FRAME_ANCESTORS', "'self'"],
  ])('refuses %s=%s, naming the variable', (name, raw) => {
    expect(() => parseConfig({ [name]: raw })).toThrow(new RegExp(`^${name} must`));
  });

  it('keeps an absolute content folder as it is', () => {
    expect(parseConfig({ CONTENT_DIR: '/data/releases' }, '/srv/site').contentDir).toBe(path.resolve('/data/releases'));
  });

  it('finds views and public folders from the package, not the working directory', () => {
    const config = parseConfig({}, '/somewhere/else');
    expect(config.viewsDir).toBe(path.join(ROOT, 'views'));
    expect(existsSync(path.join(ROOT, 'package.json'))).toBe(true);
  });

  it.each([
    ['0', false],
    ['off', false],
    ['1', true],
    ['TRUE', true],
  ])('reads WATCH=%s as %s', (value, expected) => {
    expect(parseConfig({ WATCH: value }).watch).toBe(expected);
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ PORT: '', WATCH: ' ' })).toMatchObject({ port: 3000, watch: true });
  });

  it('accepts port 0, for any free port', () => {
    expect(parseConfig({ PORT: '0' }).port).toBe(0);
  });

  it.each([
    [{ PORT: '65536' }, /PORT/],
    [{ PORT: '-1' }, /PORT/],
    [{ PORT: '80abc' }, /PORT.*"80abc"/],
    [{ PORT: '3000.5' }, /PORT/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL.*"verbose"/],
    [{ WATCH: 'maybe' }, /WATCH.*"maybe"/],
    [{ MAX_FILE_BYTES: '0' }, /MAX_FILE_BYTES/],
    [{ MAX_FILE_BYTES: '2MB' }, /MAX_FILE_BYTES/],
    [{ TLS_CERT: 'cert.pem' }, /TLS_KEY/],
    [{ TLS_KEY: 'key.pem' }, /TLS_CERT/],
    [{ HTTP_REDIRECT_PORT: '80' }, /HTTP_REDIRECT_PORT.*TLS_CERT/],
    [{ HSTS_PRELOAD: '1', HSTS_MAX_AGE: '600' }, /HSTS_PRELOAD/],
    [{ HSTS_PRELOAD: '1', HSTS_INCLUDE_SUBDOMAINS: '0' }, /HSTS_PRELOAD/],
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY.*"true"/],
    [{ TRUST_PROXY: 'somewhere' }, /TRUST_PROXY/],
    [{ HEADERS_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '30000' }, /HEADERS_TIMEOUT_MS/],
    [{ WEB_CONCURRENCY: '0' }, /WEB_CONCURRENCY/],
    [{ LOG_FORMAT: 'xml' }, /LOG_FORMAT.*"xml"/],
    [{ ACCESS_LOG: 'sometimes' }, /ACCESS_LOG/],

    [{ BODY_CACHE_BYTES: '1000' }, /BODY_CACHE_BYTES/],
    [{ PAGE_CACHE_CONTROL: 'public\r\nSet-Cookie: x' }, /PAGE_CACHE_CONTROL/],
  ])('refuses %j with an error naming the variable', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });
});
