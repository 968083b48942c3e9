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

/** What a connection is doing: one object per connection, changed in place per request. */
interface Connection {
  /** The response last begun on it, until that closes; null when none is under way. */
  response: ServerResponse | null;
  /** Bytes it had read when its last response ended: more now means a request is arriving. */
  readAtRest: number;
}

/**
 * Keeps track of a server's connections and responses, to stop it without cutting an answer.
 * A request changes only its connection's fields: adding each response to a long-lived set and
 * deleting it again made V8 rebuild the set's table over and over, in the old generation once
 * the set had lived there, which brought a major collection every few seconds under load.
 */
export function drainable(server: Server, secure: boolean, logger: Logger): Drain {
  const connections = new Map<Socket, Connection>();
  let closing: Promise<void> | null = null;

  const follow = (socket: Socket): Connection => {
    const connection: Connection = { response: null, readAtRest: 0 };
    connections.set(socket, connection);
    socket.once('close', () => {
      connections.delete(socket);
    });
    return connection;
  };
  server.on(secure ? 'secureConnection' : 'connection', follow);
  const underWay = (): ServerResponse[] =>
    [...connections.values()].flatMap(({ response }) => (response === null ? [] : [response]));

  return {
    track(socket, res) {
      const connection = connections.get(socket) ?? follow(socket);
      connection.response = res;
      // A response closes once, written or cut: one listener per response, on the path of every request.
      res.on('close', () => {
        // A response pipelined behind this one may be under way already.
        if (connection.response === res) connection.response = null;
        connection.readAtRest = socket.bytesRead;
        // Once stopping, a connection whose response is written closes after the last byte is
        // sent, rather than idling until its keep-alive timeout and holding the shutdown up.
        if (closing !== null) socket.destroySoon();
      });
    },
    close(graceMs) {
      closing ??= new Promise<void>((resolve, reject) => {
        for (const res of underWay()) if (!res.headersSent) res.setHeader('Connection', 'close');
        const deadline = setTimeout(() => {
          const cut = underWay().length;
          if (cut > 0) logger.warn({ responses: cut }, 'shutdown grace period over: cutting responses still under way');
          server.closeAllConnections();
          for (const socket of connections.keys()) socket.destroy();
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
          void Promise.all([...connections.keys()].map((socket) => new Promise((closed) => socket.once('close', closed)))).then(() => {
            clearTimeout(deadline);
            resolve();
          });
        });
        // Idle connections close now, but only once what was written to them has been sent; one
        // with a request arriving gets its answer first, or is cut at the deadline.
        for (const [socket, { response, readAtRest }] of connections) {
          if (response === null && socket.bytesRead === readAtRest) socket.destroySoon();
        }
      });
      return closing;
    },
  };
}
