import { Agent, createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * More than the objects V8 counts before it fixes a class's size (seven), all under way at once
 * so the shapes they reach are alive when it does.
 */
const REQUESTS = 8;
/** A loopback request that takes longer has gone wrong; the server starts without the warm-up. */
const TIMEOUT_MS = 2000;

/**
 * Runs a few requests through Node's HTTP server on loopback, before the content loads. V8 sizes
 * the objects of a class (here each request's and response's) from the fields its first few
 * instances were given, as far as it still knows them; while ten thousand releases load, the heap
 * is collected so often that it has forgotten them by then, and sized them with no room at all:
 * every later response then kept its fields in a dictionary, and a request allocated half as much
 * again (18.8 KB against 12.1 KB).
 * Only a speed-up: a failure is ignored.
 */
export async function sizeRequestObjects(): Promise<void> {
  const server = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.end('ok');
  });
  const agent = new Agent({ keepAlive: true, maxSockets: REQUESTS });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address() as AddressInfo;
    const signal = AbortSignal.timeout(TIMEOUT_MS);
    await Promise.all(
      Array.from({ length: REQUESTS }, () => new Promise<void>((resolve, reject) => {
        get({ host: '127.0.0.1', port, agent, signal }, (res) => {
          res.resume();
          res.once('end', resolve);
        }).once('error', reject);
      })),
    );
  } catch {
    // Serving is correct without it.
  } finally {
    agent.destroy();
    server.close();
  }
}
