import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LevelWithSilent } from 'pino';
import { DEFAULT_BODY_CACHE_BYTES, DEFAULT_PAGE_CACHE_CONTROL } from './render/defaults.js';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the folder the releases are filed in. */
  readonly contentDir: string;
  readonly logLevel: LevelWithSilent;
  /** Reload the content when files in the folder change. */
  readonly watch: boolean;
  /** Files larger than this are refused without being read. */
  readonly maxFileBytes: number;
  /** Cache-Control of pages and of every format the content determines. */
  readonly pageCacheControl: string;
  /** Rendered and compressed bodies kept in memory, at most; the least recently used go first. */
  readonly bodyCacheBytes: number;
  readonly viewsDir: string;
  readonly publicDir: string;
}

const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];
const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Below this, even the pages of a small site would be produced again on most requests. */
const MIN_BODY_CACHE_BYTES = 1024 * 1024;
/** Visible ASCII and spaces: what a header value may hold without surprises. */
const HEADER_VALUE = /^[\x20-\x7e]+$/;

/** Templates and styles ship with the package: found from this module, wherever it is started. */
const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads the settings from the environment once. An empty variable counts as unset, so that
 * `PORT= npm start` means the default rather than an error.
 */
export function parseConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): Config {
  return Object.freeze({
    port: integer(env, 'PORT', 3000, 0, 65_535),
    // Loopback by default: `npm start` on a laptop should not publish to the whole network.
    // A container or a host behind a proxy sets HOST=0.0.0.0 (or ::) on purpose.
    host: text(env, 'HOST', 'localhost'),
    contentDir: path.resolve(cwd, text(env, 'CONTENT_DIR', 'content')),
    logLevel: logLevel(env),
    watch: flag(env, 'WATCH', true),
    maxFileBytes: integer(env, 'MAX_FILE_BYTES', DEFAULT_MAX_FILE_BYTES, 1, Number.MAX_SAFE_INTEGER),
    pageCacheControl: headerValue(env, 'PAGE_CACHE_CONTROL', DEFAULT_PAGE_CACHE_CONTROL),
    bodyCacheBytes: integer(env, 'BODY_CACHE_BYTES', DEFAULT_BODY_CACHE_BYTES, MIN_BODY_CACHE_BYTES, Number.MAX_SAFE_INTEGER),
    viewsDir: path.join(PACKAGE_ROOT, 'views'),
    publicDir: path.join(PACKAGE_ROOT, 'public'),
  });
}

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? undefined : raw;
}

function text(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  return value(env, name) ?? fallback;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const parsed = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return parsed;
}

function headerValue(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  if (!HEADER_VALUE.test(raw)) throw new ConfigError(`${name} must be a header value of printable ASCII, not "${raw}"`);
  return raw;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  if (TRUE_WORDS.includes(raw.toLowerCase())) return true;
  if (FALSE_WORDS.includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be one of ${[...TRUE_WORDS, ...FALSE_WORDS].join(', ')}, not "${raw}"`);
}

function logLevel(env: NodeJS.ProcessEnv): LevelWithSilent {
  const raw = value(env, 'LOG_LEVEL');
  if (raw === undefined) return 'info';
  const level = LOG_LEVELS.find((candidate) => candidate === raw.toLowerCase());
  if (level === undefined) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${raw}"`);
  }
  return level;
}
