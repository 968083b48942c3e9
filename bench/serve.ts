/**
 * Requests per second for a release page, against a baseline measured in the same run: a bare
 * node:http server answering every request with the same pre-compressed bytes. The ratio says
 * how close serving from Pressroom's memory comes to a raw write.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import pino from 'pino';
import { parseConfig } from '../src/config.js';
import { startServer } from '../src/server.js';

const DURATION_S = Number(process.env['BENCH_SECONDS'] ?? 5);
const CONNECTIONS = 32;
const HEADERS = { 'accept-encoding': 'br, gzip' };

interface Result {
  requests: number;
  p99: number;
}

async function load(url: string, expectedStatus: number, headers: Record<string, string> = HEADERS): Promise<Result> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  const statuses = Object.keys(result.statusCodeStats ?? {}).map(Number);
  if (result.errors > 0 || statuses.some((status) => status !== expectedStatus)) {
    throw new Error(`${url}: expected only ${expectedStatus}, got ${statuses.join(', ')} and ${result.errors} errors`);
  }
  return { requests: result.requests.average, p99: result.latency.p99 };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

const pressroom = await startServer(parseConfig({ PORT: '0', HOST: '127.0.0.1', WATCH: '0' }), pino({ level: 'silent' }));
const index = (await (await fetch(new URL('releases.json', pressroom.url))).json()) as { releases: { url: string }[] };
const pagePath = index.releases[0]?.url ?? '/';
const pageUrl = new URL(pagePath, pressroom.url).href;
const sample = await fetch(pageUrl, { headers: HEADERS });
const etag = sample.headers.get('etag') ?? '';
const body = Buffer.from(await (await fetch(pageUrl, { headers: { 'accept-encoding': 'br' }, decompress: false } as RequestInit)).arrayBuffer());

const raw = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br', 'content-length': body.length, etag });
  res.end(body);
});
const rawUrl = await listen(raw);

const rows: [string, Result][] = [
  ['baseline: node:http, fixed bytes', await load(rawUrl, 200)],
  ['pressroom: release page, brotli', await load(pageUrl, 200)],
  ['pressroom: release page, 304 for a fresh ETag', await load(pageUrl, 304, { ...HEADERS, 'if-none-match': etag })],
  ['pressroom: 404 page', await load(new URL('/no-such-page', pressroom.url).href, 404)],
];
const baseline = rows[0]?.[1].requests ?? 1;
process.stdout.write(`${CONNECTIONS} connections, ${DURATION_S} s each, on loopback\n`);
for (const [name, result] of rows) {
  process.stdout.write(`${name.padEnd(52)} ${result.requests.toFixed(0).padStart(7)} req/s  p99 ${String(result.p99).padStart(3)} ms  ${(result.requests / baseline).toFixed(2)}x baseline\n`);
}
raw.close();
await pressroom.close();
