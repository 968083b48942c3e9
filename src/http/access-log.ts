import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import proxyAddr from 'proxy-addr';
import type { TrustProxy } from '../config.js';
import { HEALTH_PATHS } from './health.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** An incoming id is kept when it looks like one (a UUID, a trace id), never when it could carry anything else. */
const SANE_REQUEST_ID = /^[\w.:@+/=-]{1,128}$/;
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
 * request id (the client's `X-Request-Id` when sane, else a new UUID), which the response
 * carries back. Health checks are logged at debug level: a load balancer polls them all day.
 */
export function withAccessLog(listener: RequestListener, { logger, trustProxy, readable }: AccessLogOptions): RequestListener {
  const log = logger.child({ component: 'access' });
  const trust = trustFunction(trustProxy);
  return (req, res) => {
    const start = performance.now();
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, id);
    res.once('close', () => {
      const aborted = !res.writableFinished;
      const entry = {
        id,
        method: req.method,
        path: (req.url ?? '').slice(0, MAX_LOGGED_PATH),
        status: res.statusCode,
        bytes: bodyBytes(req, res),
        ms: Math.round((performance.now() - start) * 10) / 10,
        remote: remoteAddress(req, trust),
        ...(aborted ? { aborted } : {}),
      };
      const level = HEALTH_PATHS.has(entry.path) ? 'debug' : 'info';
      if (readable) log[level](`${entry.method ?? ''} ${entry.path} ${entry.status} ${entry.bytes} B ${entry.ms} ms${aborted ? ' (aborted)' : ''}`);
      else log[level](entry, 'request');
    });
    listener(req, res);
  };
}

/** Body bytes as declared: every response here is sent with its length; HEAD and 304 carry none. */
function bodyBytes(req: IncomingMessage, res: ServerResponse): number {
  if (req.method === 'HEAD' || res.statusCode === 304) return 0;
  return Number(res.getHeader('content-length') ?? 0);
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
