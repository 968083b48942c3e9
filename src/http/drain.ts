import type { Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import type { Logger } from 'pino';

export interface Drain {
  /** Notes a response under way on a connection. */
  track(socket: Socket, res: ServerResponse): void;
  /**
   * Stops accepting connections, closes idle ones once what was written to them has been sent,
   * lets responses under way finish (then closes their connections), and after `graceMs` cuts
   * whatever is still open. Safe to call more than once.
   */
  close(graceMs: number): Promise<void>;
}

/** Keeps track of a server's connections and responses, to stop it without cutting an answer. */
export function drainable(server: Server, secure: boolean, logger: Logger): Drain {
  const connections = new Set<Socket>();
  /** Connections with a response under way. */
  const busy = new Set<Socket>();
  /** Bytes a connection had read when its last response ended: more now means a request is arriving. */
  const readAtRest = new WeakMap<Socket, number>();
  const inFlight = new Set<ServerResponse>();
  let closing: Promise<void> | null = null;

  server.on(secure ? 'secureConnection' : 'connection', (socket: Socket) => {
    connections.add(socket);
    socket.once('close', () => {
      connections.delete(socket);
      busy.delete(socket);
    });
  });

  return {
    track(socket, res) {
      busy.add(socket);
      inFlight.add(res);
      // A response closes once, written or cut: one listener per response, on the path of every request.
      res.on('close', () => {
        busy.delete(socket);
        inFlight.delete(res);
        readAtRest.set(socket, socket.bytesRead);
        // Once stopping, a connection whose response is written closes after the last byte is
        // sent, rather than idling until its keep-alive timeout and holding the shutdown up.
        if (closing !== null) socket.destroySoon();
      });
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
