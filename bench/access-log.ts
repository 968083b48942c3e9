/**
 * What the access log costs: requests per second for a release page with ACCESS_LOG=1 against
 * ACCESS_LOG=0, two built servers started side by side and loaded in turn, several rounds, in
 * the same run. Driven by wrk where installed (apt-get install wrk), else by autocannon, which
 * shares the cores with the servers and says so. The log goes to a file, as under a supervisor.
 */
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { loadTool, median, requestsPerSecond, startBuilt } from './built-server.js';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const CONNECTIONS = 50;

const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-access-log-'));
const tool = await loadTool();
const logFile = path.join(dir, 'with-access-log.log');
const withLog = await startBuilt({ ACCESS_LOG: '1' }, logFile);
const withoutLog = await startBuilt({ ACCESS_LOG: '0' }, path.join(dir, 'without-access-log.log'));
const listed = (await (await fetch(`${withLog.origin}/releases.json`)).json()) as { releases: { url: string }[] };
const page = listed.releases[0]?.url ?? '/';
const on: number[] = [];
const off: number[] = [];
const loadBefore = loadavg()[0] ?? 0;
for (let round = 0; round < ROUNDS; round += 1) {
  off.push(await requestsPerSecond(tool, `${withoutLog.origin}${page}`, CONNECTIONS, SECONDS));
  on.push(await requestsPerSecond(tool, `${withLog.origin}${page}`, CONNECTIONS, SECONDS));
}
const loadAfter = loadavg()[0] ?? 0;
const logged = statSync(logFile).size;
for (const server of [withLog, withoutLog]) server.process.kill('SIGTERM');
await rm(dir, { recursive: true, force: true });

const lines = [
  `release page, brotli, ${CONNECTIONS} connections, ${SECONDS} s x ${ROUNDS} rounds each, driven by ${tool === 'wrk' ? 'wrk' : 'autocannon (wrk is not installed: it shares the cores with the servers)'}`,
  `load average ${loadBefore.toFixed(2)} at the start, ${loadAfter.toFixed(2)} at the end`,
  `ACCESS_LOG=0: ${off.map((n) => n.toFixed(0)).join(', ')} req/s, median ${median(off).toFixed(0)}`,
  `ACCESS_LOG=1: ${on.map((n) => n.toFixed(0)).join(', ')} req/s, median ${median(on).toFixed(0)} (${(logged / 1024 / 1024).toFixed(1)} MB of log lines)`,
  `with the access log: ${(median(on) / median(off)).toFixed(2)}x the requests per second without it`,
];
process.stdout.write(`${lines.join('\n')}\n`);
