import { connect } from 'node:net';

export interface RawExchange {
  /** Everything the server sent before it closed the connection. */
  received: Buffer;
  /** The server did not close the connection within the time allowed. */
  timedOut: boolean;
}

/**
 * Writes the bytes exactly as given on a new connection, ends the sending side, and reads
 * until the server closes the connection.
 */
export function exchange(origin: string, request: Buffer | string, timeoutMs = 10_000): Promise<RawExchange> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let timedOut = false;
    const socket = connect(Number(port), hostname, () => socket.end(request));
    const timer = setTimeout(() => {
      timedOut = true;
      socket.destroy();
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A reset after the answer is the server closing a connection it has said all on.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ received: Buffer.concat(chunks), timedOut });
    });
  });
}

/** Every status code in the bytes a server sent back, in order (several when requests were pipelined). */
export function statuses(received: Buffer): number[] {
  return [...received.toString('latin1').matchAll(/(?:^|\r\n)HTTP\/1\.[01] (\d{3}) /g)].map((match) => Number(match[1]));
}

/** Runs `tasks` with at most `limit` under way at once. */
export async function inParallel<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next;
      next += 1;
      const task = tasks[index];
      if (task !== undefined) results[index] = await task();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}
