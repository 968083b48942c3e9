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
      watch: true,
      maxFileBytes: 2 * 1024 * 1024,
      pageCacheControl: 'public, max-age=300, stale-while-revalidate=86400',
      bodyCacheBytes: 64 * 1024 * 1024,
      viewsDir: path.join(ROOT, 'views'),
      publicDir: path.join(ROOT, 'public'),
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

  it('reads the cache settings', () => {
    expect(parseConfig({ PAGE_CACHE_CONTROL: 'no-cache', BODY_CACHE_BYTES: '10485760' })).toMatchObject({
      pageCacheControl: 'no-cache',
      bodyCacheBytes: 10 * 1024 * 1024,
    });
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
    [{ BODY_CACHE_BYTES: '1000' }, /BODY_CACHE_BYTES/],
    [{ PAGE_CACHE_CONTROL: 'public\r\nSet-Cookie: x' }, /PAGE_CACHE_CONTROL/],
  ])('refuses %j with an error naming the variable', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });
});
