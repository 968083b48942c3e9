/**
 * One worker against WEB_CONCURRENCY workers (default: one per core): requests per second for a
 * release page, both servers started side by side and loaded in turn, several rounds, in the
 * same run. wrk where installed, else autocannon. On a machine whose cores also run the load
 * tool, the gain is bounded by what the tool leaves free: the figures say so beside the load.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { loadTool, median, requestsPerSecond, startBuilt } from './built-server.js';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const WORKERS = Number(process.env['WEB_CONCURRENCY'] ?? availableParallelism());
const CONNECTIONS = 50;

const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-cluster-bench-'));
const tool = await loadTool();
const single = await startBuilt({ ACCESS_LOG: '0', WEB_CONCURRENCY: '1' }, path.join(dir, 'single.log'));
const cluster = await startBuilt({ ACCESS_LOG: '0', WEB_CONCURRENCY: String(WORKERS) }, path.join(dir, 'cluster.log'));
const listed = (await (await fetch(`${single.origin}/releases.json`)).json()) as { releases: { url: string }[] };
const page = listed.releases[0]?.url ?? '/';
// Every worker must be serving before it is measured; the first one's line came sooner.
await new Promise((resolve) => setTimeout(resolve, 3000));
const one: number[] = [];
const many: number[] = [];
const loadBefore = loadavg()[0] ?? 0;
for (let round = 0; round < ROUNDS; round += 1) {
  one.push(await requestsPerSecond(tool, `${single.origin}${page}`, CONNECTIONS, SECONDS));
  many.push(await requestsPerSecond(tool, `${cluster.origin}${page}`, CONNECTIONS, SECONDS));
}
const loadAfter = loadavg()[0] ?? 0;
for (const server of [single, cluster]) server.process.kill('SIGTERM');
await rm(dir, { recursive: true, force: true });

const lines = [
  `release page, brotli, ${CONNECTIONS} connections, ${SECONDS} s x ${ROUNDS} rounds each, driven by ${tool}, ${availableParallelism()} cores`,
  `load average ${loadBefore.toFixed(2)} at the start, ${loadAfter.toFixed(2)} at the end`,
  `1 worker: ${one.map((n) => n.toFixed(0)).join(', ')} req/s, median ${median(one).toFixed(0)}`,
  `${WORKERS} workers: ${many.map((n) => n.toFixed(0)).join(', ')} req/s, median ${median(many).toFixed(0)}`,
  `${WORKERS} workers: ${(median(many) / median(one)).toFixed(2)}x one`,
];
process.stdout.write(`${lines.join('\n')}\n`);
