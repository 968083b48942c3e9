import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LevelWithSilent } from 'pino';
import proxyAddr from 'proxy-addr';
import { DEFAULT_BODY_CACHE_BYTES, DEFAULT_PAGE_CACHE_CONTROL } from './render/defaults.js';
import { DEFAULT_RELEASE_TIME, DEFAULT_SITE_NAME, DEFAULT_TIME_ZONE, type Publication } from './render/publication.js';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the folder the releases are filed in. */
  readonly contentDir: string;
  readonly logLevel: LevelWithSilent;
  /** `pretty` for people at a terminal, `json` for log collectors; `auto` picks by whether stdout is a terminal. */
  readonly logFormat: 'auto' | 'json' | 'pretty';
  /** One line per request: method, path, status, bytes, duration, request id. */
  readonly accessLog: boolean;
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
  /** Serve HTTPS with this certificate and key (PEM files), or plain HTTP when null. */
  readonly tls: TlsFiles | null;
  /** A plain HTTP port that answers every request with a redirect to HTTPS; null for none. */
  readonly httpRedirectPort: number | null;
  /** The HTTPS port redirects point to, when clients reach it on another port than `port` (a port mapping). */
  readonly publicHttpsPort: number | null;
  readonly hsts: Hsts;
  /** Express's `trust proxy`: which hops' X-Forwarded-For and X-Forwarded-Proto count. */
  readonly trustProxy: TrustProxy;
  readonly limits: ConnectionLimits;
  /** How long requests under way may take to finish once a shutdown starts. */
  readonly shutdownGraceMs: number;
  /** Worker processes serving the same port (node:cluster); 1 serves from this process alone. */
  readonly webConcurrency: number;
  /** What the site says about itself to readers, feeds, search engines and link previews. */
  readonly publication: Publication;
  /** Origins allowed to frame release pages (CSP frame-ancestors); empty: none. */
  readonly frameAncestors: readonly string[];
}

/** Defined with the renderer, which is what reads it. */
export type { Publication };

export interface TlsFiles {
  readonly cert: string;
  readonly key: string;
}

export interface Hsts {
  /** Seconds browsers keep to HTTPS; 0 tells them to forget it. */
  readonly maxAge: number;
  readonly includeSubDomains: boolean;
  readonly preload: boolean;
}

/** false: the connection's own address and protocol count; else what proxy-addr accepts. */
export type TrustProxy = false | number | readonly string[];

export interface ConnectionLimits {
  /** Time a client has to send a request's headers: cuts off clients that dribble them. */
  readonly headersTimeoutMs: number;
  /** Time a client has to send a whole request. */
  readonly requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  readonly keepAliveTimeoutMs: number;
  /** Largest request head (request line and headers) accepted: larger gets 431. */
  readonly maxHeaderSize: number;
  /** Requests served on one connection before it is closed (0: no limit). */
  readonly maxRequestsPerSocket: number;
}

const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];
const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
const ONE_YEAR_S = 365 * 24 * 60 * 60;
const HOUR_MS = 60 * 60 * 1000;
/** Browsers' preload list asks for at least a year and every subdomain. */
const PRELOAD_MIN_AGE_S = ONE_YEAR_S;
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
  const tls = tlsFiles(env, cwd);
  const httpRedirectPort = optionalInteger(env, 'HTTP_REDIRECT_PORT', 0, 65_535);
  if (httpRedirectPort !== null && tls === null) {
    throw new ConfigError('HTTP_REDIRECT_PORT redirects to HTTPS, so it needs TLS_CERT and TLS_KEY as well');
  }
  return Object.freeze({
    port: integer(env, 'PORT', 3000, 0, 65_535),
    // Loopback by default: `npm start` on a laptop should not publish to the whole network.
    // A container or a host behind a proxy sets HOST=0.0.0.0 (or ::) on purpose.
    host: text(env, 'HOST', 'localhost'),
    contentDir: path.resolve(cwd, text(env, 'CONTENT_DIR', 'content')),
    logLevel: logLevel(env),
    logFormat: oneOf(env, 'LOG_FORMAT', LOG_FORMATS, 'auto'),
    accessLog: flag(env, 'ACCESS_LOG', true),
    watch: flag(env, 'WATCH', true),
    maxFileBytes: integer(env, 'MAX_FILE_BYTES', DEFAULT_MAX_FILE_BYTES, 1, Number.MAX_SAFE_INTEGER),
    pageCacheControl: headerValue(env, 'PAGE_CACHE_CONTROL', DEFAULT_PAGE_CACHE_CONTROL),
    bodyCacheBytes: integer(env, 'BODY_CACHE_BYTES', DEFAULT_BODY_CACHE_BYTES, MIN_BODY_CACHE_BYTES, Number.MAX_SAFE_INTEGER),
    viewsDir: path.join(PACKAGE_ROOT, 'views'),
    publicDir: path.join(PACKAGE_ROOT, 'public'),
    tls,
    httpRedirectPort,
    publicHttpsPort: optionalInteger(env, 'PUBLIC_HTTPS_PORT', 1, 65_535),
    hsts: hsts(env),
    trustProxy: trustProxy(env),
    limits: limits(env),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, HOUR_MS),
    webConcurrency: webConcurrency(env),
    publication: publication(env, tls === null ? 'http' : 'https'),
    frameAncestors: frameAncestors(env),
  });
}

function publication(env: NodeJS.ProcessEnv, scheme: 'http' | 'https'): Publication {
  const port = integer(env, 'PORT', 3000, 0, 65_535);
  return Object.freeze({
    siteUrl: origin(env, 'SITE_URL', `${scheme}://localhost:${port}`),
    siteName: text(env, 'SITE_NAME', DEFAULT_SITE_NAME),
    timeZone: timeZone(env),
    releaseTime: releaseTime(env),
  });
}

/** An http(s) origin, optionally with a path prefix, kept without its trailing slash. */
function origin(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = value(env, name) ?? fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an absolute http or https URL such as https://ir.example.com, not "${raw}"`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '' || url.username !== '') {
    throw new ConfigError(`${name} must be an absolute http or https URL without query, fragment or credentials, not "${raw}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

function timeZone(env: NodeJS.ProcessEnv): string {
  const raw = text(env, 'TIME_ZONE', DEFAULT_TIME_ZONE);
  try {
    return new Intl.DateTimeFormat('en', { timeZone: raw }).resolvedOptions().timeZone;
  } catch {
    throw new ConfigError(`TIME_ZONE must be an IANA time zone such as America/New_York or Europe/London, not "${raw}"`);
  }
}

function releaseTime(env: NodeJS.ProcessEnv): string {
  const raw = text(env, 'RELEASE_TIME', DEFAULT_RELEASE_TIME);
  if (!/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(raw)) throw new ConfigError(`RELEASE_TIME must be a time of day as HH:MM (24-hour), not "${raw}"`);
  return raw;
}

/** FRAME_ANCESTORS: space-separated origins (https://ir.example.com) allowed to frame release pages. */
function frameAncestors(env: NodeJS.ProcessEnv): readonly string[] {
  const raw = value(env, 'FRAME_ANCESTORS');
  if (raw === undefined) return Object.freeze([]);
  return Object.freeze(
    raw.split(/\s+/).map((entry) => {
      const url = URL.canParse(entry) ? new URL(entry) : null;
      if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== entry.replace(/\/$/, '')) {
        throw new ConfigError(`FRAME_ANCESTORS must list origins such as https://ir.example.com, separated by spaces, not "${entry}"`);
      }
      return url.origin;
    }),
  );
}

function tlsFiles(env: NodeJS.ProcessEnv, cwd: string): TlsFiles | null {
  const cert = value(env, 'TLS_CERT');
  const key = value(env, 'TLS_KEY');
  if (cert === undefined && key === undefined) return null;
  if (cert === undefined || key === undefined) {
    throw new ConfigError(`TLS_CERT and TLS_KEY go together: set ${cert === undefined ? 'TLS_CERT' : 'TLS_KEY'} too`);
  }
  return Object.freeze({ cert: path.resolve(cwd, cert), key: path.resolve(cwd, key) });
}

function hsts(env: NodeJS.ProcessEnv): Hsts {
  const maxAge = integer(env, 'HSTS_MAX_AGE', ONE_YEAR_S, 0, 10 * ONE_YEAR_S);
  const includeSubDomains = flag(env, 'HSTS_INCLUDE_SUBDOMAINS', true);
  const preload = flag(env, 'HSTS_PRELOAD', false);
  if (preload && (!includeSubDomains || maxAge < PRELOAD_MIN_AGE_S)) {
    throw new ConfigError(`HSTS_PRELOAD needs HSTS_INCLUDE_SUBDOMAINS=1 and HSTS_MAX_AGE of at least ${PRELOAD_MIN_AGE_S}`);
  }
  return Object.freeze({ maxAge, includeSubDomains, preload });
}

/**
 * TRUST_PROXY: unset or 0 trusts no proxy; a number trusts that many hops in front; otherwise a
 * comma-separated list of addresses, subnets or `loopback`, `linklocal`, `uniquelocal`.
 * `true` (trust any sender) is refused: anyone could then forge their address.
 */
function trustProxy(env: NodeJS.ProcessEnv): TrustProxy {
  const raw = value(env, 'TRUST_PROXY');
  if (raw === undefined || FALSE_WORDS.includes(raw.toLowerCase())) return false;
  if (/^\d+$/.test(raw)) return integer(env, 'TRUST_PROXY', 0, 1, 100);
  const entries = raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  try {
    proxyAddr.compile(entries);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`TRUST_PROXY must be a number of hops or a list of addresses and subnets, not "${raw}" (${reason})`);
  }
  return Object.freeze(entries);
}

function limits(env: NodeJS.ProcessEnv): ConnectionLimits {
  const headersTimeoutMs = integer(env, 'HEADERS_TIMEOUT_MS', 10_000, 100, HOUR_MS);
  const requestTimeoutMs = integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 100, HOUR_MS);
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new ConfigError('HEADERS_TIMEOUT_MS must not be longer than REQUEST_TIMEOUT_MS: the headers are part of the request');
  }
  return Object.freeze({
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: integer(env, 'KEEP_ALIVE_TIMEOUT_MS', 5_000, 0, HOUR_MS),
    maxHeaderSize: integer(env, 'MAX_HEADER_SIZE', 16_384, 1024, 1024 * 1024),
    maxRequestsPerSocket: integer(env, 'MAX_REQUESTS_PER_SOCKET', 1000, 0, 1_000_000),
  });
}

function webConcurrency(env: NodeJS.ProcessEnv): number {
  const raw = value(env, 'WEB_CONCURRENCY');
  if (raw?.toLowerCase() === 'auto') return availableParallelism();
  return integer(env, 'WEB_CONCURRENCY', 1, 1, 1024);
}

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? undefined : raw;
}

function text(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  return value(env, name) ?? fallback;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  return optionalInteger(env, name, min, max) ?? fallback;
}

function optionalInteger(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | null {
  const raw = value(env, name);
  if (raw === undefined) return null;
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

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, choices: readonly T[], fallback: T): T {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const choice = choices.find((candidate) => candidate === raw.toLowerCase());
  if (choice === undefined) throw new ConfigError(`${name} must be one of ${choices.join(', ')}, not "${raw}"`);
  return choice;
}

function logLevel(env: NodeJS.ProcessEnv): LevelWithSilent {
  return oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info');
}
