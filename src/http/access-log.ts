import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import proxyAddr from 'proxy-addr';
import type { TrustProxy } from '../config.js';
import { HEALTH_PATHS } from './health.js';
import { requestId } from './request-id.js';
/** Paths are cut in the log: a request head may be 16 KiB. */
const MAX_LOGGED_PATH = 1024;

export interface AccessLogOptions {
  logger: Logger;
  trustProxy: TrustProxy;
  /** For a person at a terminal: the line says it all in its message instead of in fields. */
  readable: boolean;
}

/**
 * Wraps the server's request listener, so that every answer is logged whoever gives it: one
 * line per response, once it is sent, with method, path, status, body bytes, duration and the
 * request id the response carries back. Health checks are logged at debug level: a load
 * balancer polls them all day. At a level that writes neither, a request costs nothing here.
 */
export function withAccessLog(listener: RequestListener, { logger, trustProxy, readable }: AccessLogOptions): RequestListener {
  const log = logger.child({ component: 'access' });
  const trust = trustFunction(trustProxy);
  return (req, res) => {
    // Health checks log at debug, the rest at info: a level above info writes neither.
    if (!log.isLevelEnabled('info')) {
      listener(req, res);
      return;
    }
    const start = performance.now();
    res.once('close', () => {
      const path = (req.url ?? '').slice(0, MAX_LOGGED_PATH);
      const level = HEALTH_PATHS.has(path) ? 'debug' : 'info';
      if (!log.isLevelEnabled(level)) return;
      const aborted = !res.writableFinished;
      const entry = {
        id: requestId(req),
        method: req.method,
        path,
        status: res.statusCode,
        bytes: bodyBytes(req, res),
        ms: Math.round((performance.now() - start) * 10) / 10,
        remote: remoteAddress(req, trust),
        ...(aborted ? { aborted } : {}),
      };
      if (readable) log[level](`${entry.method ?? ''} ${entry.path} ${entry.status} ${entry.bytes} B ${entry.ms} ms${aborted ? ' (aborted)' : ''}`);
      else log[level](entry, 'request');
    });
    listener(req, res);
  };
}

/**
 * The length of a body sent with `writeHead(status, [headers])`, whose headers `getHeader`
 * cannot read; kept on the response, as a WeakMap entry per response would burden the collector.
 */
const WRITTEN_LENGTH = Symbol('body length');
type Noted = ServerResponse & { [WRITTEN_LENGTH]?: number };

/** Tells the log the length of a body whose head was written whole. */
export function noteBodyLength(res: Noted, length: number): void {
  res[WRITTEN_LENGTH] = length;
}

/** Body bytes as declared: every response here is sent with its length; HEAD and 304 carry none. */
function bodyBytes(req: IncomingMessage, res: Noted): number {
  if (req.method === 'HEAD' || res.statusCode === 304) return 0;
  return Number(res.getHeader('content-length') ?? res[WRITTEN_LENGTH] ?? 0);
}

function remoteAddress(req: IncomingMessage, trust: ((address: string, hop: number) => boolean) | null): string | undefined {
  if (trust === null || req.socket.remoteAddress === undefined) return req.socket.remoteAddress;
  return proxyAddr(req, trust);
}

/** The same reading of TRUST_PROXY as Express's `trust proxy`; null when no proxy is trusted. */
function trustFunction(trustProxy: TrustProxy): ((address: string, hop: number) => boolean) | null {
  if (trustProxy === false) return null;
  if (typeof trustProxy === 'number') return (_address, hop) => hop < trustProxy;
  return proxyAddr.compile([...trustProxy]);
}
