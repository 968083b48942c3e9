import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type RequestListener, type Server, ServerResponse, type ServerOptions } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import { type AddressInfo, Server as NetServer, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { SecureContextOptions } from 'node:tls';
import type { Logger } from 'pino';
import type { ConnectionLimits } from '../config.js';
import { plainResponse, sendPlain } from './plain-response.js';

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
  // The header and request deadlines start at a request's first byte: a connection that never
  // sends one, or a client that stops reading its answer, is closed after this long silent.
  server.setTimeout(limits.requestTimeoutMs);
  const connections = new Set<Socket>();
  /** Connections with a response under way, and those responses. */
  const busy = new Set<Socket>();
  /** Bytes a connection had read when its last response ended: more now means a request is arriving. */
  const readAtRest = new WeakMap<Socket, number>();
  const inFlight = new Set<ServerResponse>();
  let closing: Promise<void> | null = null;

  server.on(tls ? 'secureConnection' : 'connection', (socket: Socket) => {
    connections.add(socket);
    socket.once('close', () => {
      connections.delete(socket);
      busy.delete(socket);
    });
  });
  const track = (socket: Socket, res: ServerResponse): void => {
    busy.add(socket);
    inFlight.add(res);
    res.once('finish', () => {
      busy.delete(socket);
      readAtRest.set(socket, socket.bytesRead);
      // Once stopping, a connection whose response is written closes after the last byte is
      // sent, rather than idling until its keep-alive timeout and holding the shutdown up.
      if (closing !== null) socket.destroySoon();
    });
    res.once('close', () => {
      busy.delete(socket);
      inFlight.delete(res);
    });
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    track(req.socket, res);
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
    track(socket, res);
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
    close(graceMs) {
      closing ??= new Promise<void>((resolve, reject) => {
        for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
        const deadline = setTimeout(() => {
          if (inFlight.size > 0) logger.warn({ responses: inFlight.size }, 'shutdown grace period over: cutting responses still under way');
          server.closeAllConnections();
          for (const socket of connections) socket.destroy();
        }, graceMs);
        // http.Server#close would also destroy idle keep-alive connections at once, dropping the
        // end of a large answer still in their buffers; net.Server#close only stops accepting.
        NetServer.prototype.close.call(server, (error) => {
          if (error) {
            clearTimeout(deadline);
            reject(error);
            return;
          }
          // The server may count a connection gone before its last bytes have left.
          void Promise.all([...connections].map((socket) => new Promise((closed) => socket.once('close', closed)))).then(() => {
            clearTimeout(deadline);
            resolve();
          });
        });
        // Idle connections close now, but only once what was written to them has been sent; one
        // with a request arriving gets its answer first, or is cut at the deadline.
        for (const socket of connections) {
          if (!busy.has(socket) && socket.bytesRead === (readAtRest.get(socket) ?? 0)) socket.destroySoon();
        }
      });
      return closing;
    },
  };
}

/** HTTP/1.1 requires exactly one Host header (RFC 9112, 3.2); HTTP/1.0 may leave it out. */
function hasOneHost(req: IncomingMessage): boolean {
  let hosts = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i]?.length === 4 && req.rawHeaders[i]?.toLowerCase() === 'host') hosts += 1;
  }
  return hosts === 1 || (hosts === 0 && req.httpVersion === '1.0');
}

/** What node:http would do by default, with the security headers and a body that says why. */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex, headers: OutgoingHttpHeaders, logger: Logger): void {
  logger.debug({ code: error.code }, 'refused a request the parser could not accept');
  // A response already under way on this connection cannot be followed by another.
  const pending = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || pending?.headersSent === true) {
    socket.destroy();
    return;
  }
  socket.end(plainResponse(statusFor(error.code), headers));
}

function statusFor(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

/** A host name is kept as given; a wildcard address is shown as localhost, which reaches it. */
function urlOf(address: AddressInfo, host: string, scheme: 'http' | 'https'): string {
  const isAddress = /^[\d.]+$/.test(host) || host.includes(':');
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const shown = wildcard ? 'localhost' : isAddress ? address.address : host;
  return `${scheme}://${shown.includes(':') ? `[${shown}]` : shown}:${address.port}/`;
}
