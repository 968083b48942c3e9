import { createServer, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  /** Where the server can be reached from this machine, e.g. "http://localhost:3000/". */
  url: string;
  /**
   * Stops accepting connections, closes idle keep-alive connections, lets requests under way
   * finish, and after `graceMs` cuts whatever is still open. Safe to call more than once.
   */
  close(graceMs: number): Promise<void>;
}

/** Listens with `handler` on `host`:`port` (port 0: any free port). */
export async function listen(handler: RequestListener, port: number, host: string): Promise<Listening> {
  const server = createServer(handler);
  const inFlight = new Set<ServerResponse>();
  let closing: Promise<void> | null = null;

  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    res.on('finish', () => {
      // A keep-alive connection whose last response just ended would otherwise stay open
      // until its idle timeout and hold the shutdown up.
      if (closing !== null) server.closeIdleConnections();
    });
    res.on('close', () => inFlight.delete(res));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  return {
    url: urlOf(server.address() as AddressInfo, host),
    close(graceMs) {
      closing ??= new Promise<void>((resolve, reject) => {
        for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
        const deadline = setTimeout(() => {
          server.closeAllConnections();
        }, graceMs);
        server.close((error) => {
          clearTimeout(deadline);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}

/** A host name is kept as given; a wildcard address is shown as localhost, which reaches it. */
function urlOf(address: AddressInfo, host: string): string {
  const isAddress = /^[\d.]+$/.test(host) || host.includes(':');
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const shown = wildcard ? 'localhost' : isAddress ? address.address : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${address.port}/`;
}
