import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type RequestListener, type Server, ServerResponse, type ServerOptions } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { SecureContextOptions } from 'node:tls';
import type { Logger } from 'pino';
import type { ConnectionLimits } from '../config.js';
import { answerClientError } from './client-error.js';
import { drainable } from './drain.js';
import { sendPlain } from './plain-response.js';

export interface ListenOptions {
  port: number;
  host: string;
  limits: ConnectionLimits;
  /** Headers for the answers given before a request reaches the handler (bad requests). */
  plainHeaders: OutgoingHttpHeaders;
  logger: Logger;
  /** Serve HTTPS with this certificate and key; plain HTTP without. */
  tls?: SecureContextOptions | null;
}

export interface Listening {
  /** Where the server can be reached from this machine, e.g. "http://localhost:3000/". */
  url: string;
  port: number;
  /** Swaps the certificate and key for new connections (HTTPS only). */
  setSecureContext(pair: SecureContextOptions): void;
  /**
   * Stops accepting connections, closes idle keep-alive connections, lets requests under way
   * finish, and after `graceMs` cuts whatever is still open. Safe to call more than once.
   */
  close(graceMs: number): Promise<void>;
}

/** How often the server looks for clients past their header or request deadline, at most. */
const MAX_CHECK_INTERVAL_MS = 1000;

/**
 * Listens with `handler` on `host`:`port` (port 0: any free port), with every limit a public
 * server needs set on purpose, and every request answered: a request the parser refuses gets
 * 400 (431 for oversized headers, 408 for one too slow to arrive) before the connection is
 * closed, and CONNECT, which node:http would otherwise drop, goes to the handler like any
 * other method.
 */
export async function listen(handler: RequestListener, options: ListenOptions): Promise<Listening> {
  const { limits, plainHeaders, logger, tls } = options;
  const serverOptions: ServerOptions = {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    maxHeaderSize: limits.maxHeaderSize,
    connectionsCheckingInterval: Math.min(MAX_CHECK_INTERVAL_MS, Math.max(50, Math.floor(limits.headersTimeoutMs / 4))),
    // Checked below instead, so that the 400 carries the security headers too.
    requireHostHeader: false,
  };
  const server: Server = tls ? createSecureServer({ ...serverOptions, ...tls }) : createServer(serverOptions);
  server.maxRequestsPerSocket = limits.maxRequestsPerSocket;
  // The header and request deadlines cover only what the client sends: one that stops reading
  // its answer is closed after this long without progress, so it cannot hold memory for ever.
  server.setTimeout(limits.requestTimeoutMs);
  const drain = drainable(server, Boolean(tls), logger);

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    drain.track(req.socket, res);
    if (!hasOneHost(req)) {
      sendPlain(res, 400, plainHeaders);
      return;
    }
    handler(req, res);
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    // The target names a host to tunnel to, not a resource, and Express routes only paths: as a
    // request for / with the CONNECT method, it gets the 405 every other method gets.
    req.url = '/';
    const res = new ServerResponse(req);
    res.shouldKeepAlive = false;
    res.assignSocket(socket);
    res.once('finish', () => {
      res.detachSocket(socket);
      socket.end();
    });
    drain.track(socket, res);
    handler(req, res);
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    answerClientError(error, socket, plainHeaders, logger);
  });
  if (tls) {
    server.on('tlsClientError', (error: Error) => {
      logger.debug({ err: error }, 'TLS handshake failed');
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => {
    logger.error({ err: error }, 'the server failed');
  });

  const address = server.address() as AddressInfo;
  return {
    url: urlOf(address, options.host, tls ? 'https' : 'http'),
    port: address.port,
    setSecureContext(pair) {
      if (!tls) throw new Error('a plain HTTP server has no certificate to swap');
      (server as Server & { setSecureContext(options: SecureContextOptions): void }).setSecureContext(pair);
    },
    close: (graceMs) => drain.close(graceMs),
  };
}

/** HTTP/1.1 requires exactly one Host header (RFC 9112, 3.2); HTTP/1.0 may leave it out. */
function hasOneHost(req: IncomingMessage): boolean {
  let hosts = 0;
  const { rawHeaders } = req;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i];
    // Clients write "Host": found without making a lower-case copy of each name.
    if (name?.length === 4 && (name === 'Host' || name.toLowerCase() === 'host')) hosts += 1;
  }
  return hosts === 1 || (hosts === 0 && req.httpVersion === '1.0');
}

/** A host name is kept as given; a wildcard address is shown as localhost, which reaches it. */
function urlOf(address: AddressInfo, host: string, scheme: 'http' | 'https'): string {
  const isAddress = /^[\d.]+$/.test(host) || host.includes(':');
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const shown = wildcard ? 'localhost' : isAddress ? address.address : host;
  return `${scheme}://${shown.includes(':') ? `[${shown}]` : shown}:${address.port}/`;
}
