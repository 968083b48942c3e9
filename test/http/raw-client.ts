import { createServer, request, type IncomingHttpHeaders, type RequestListener } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent: nothing is decompressed. */
  body: Buffer;
}

/** Serves `handler` on a free loopback port. */
export async function serve(handler: RequestListener): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}

/** Sends the request target exactly as given (no normalising of `..` or `%2e`), like a raw client. */
export function send(
  origin: string,
  target: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: target, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Sends a request with exactly these header lines and `Connection: close`, and gives back every
 * byte of the response as it came, except the Date line, which tells only when it was sent.
 */
export function exchange(origin: string, method: string, target: string, headers: Record<string, string>): Promise<Buffer> {
  const { hostname, port } = new URL(origin);
  const lines = [`${method} ${target} HTTP/1.1`, `Host: ${hostname}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), 'Connection: close'];
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`${lines.join('\r\n')}\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      resolve(withoutDate(Buffer.concat(chunks)));
    });
  });
}

function withoutDate(response: Buffer): Buffer {
  const headEnd = response.indexOf('\r\n\r\n');
  const head = response.subarray(0, headEnd).toString('latin1').split('\r\n').filter((line) => !/^date:/i.test(line));
  return Buffer.concat([Buffer.from(head.join('\r\n'), 'latin1'), response.subarray(headEnd)]);
}
