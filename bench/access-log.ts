/**
 * What the access log costs: requests per second for a release page with ACCESS_LOG=1 against
 * ACCESS_LOG=0, two built servers started side by side and loaded in turn, several rounds, in
 * the same run. Driven by wrk where installed (apt-get install wrk), else by autocannon, which
 * shares the cores with the servers and says so. The log goes to a file, as under a supervisor.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const CONNECTIONS = 50;
const ROOT = path.join(import.meta.dirname, '..');

interface Server {
  origin: string;
  logFile: string;
  process: ChildProcess;
}

const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-access-log-'));
const wrk = await promisify(execFile)('wrk', ['--version']).then(() => true, (error: unknown) => error instanceof Error && 'stdout' in error && String(error.stdout).includes('wrk'));

async function start(accessLog: '0' | '1'): Promise<Server> {
  const logFile = path.join(dir, `access-log-${accessLog}.log`);
  const out = openSync(logFile, 'w');
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/main.js')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', WATCH: '0', LOG_FORMAT: 'json', ACCESS_LOG: accessLog },
    stdio: ['ignore', out, 'inherit'],
  });
  closeSync(out);
  for (;;) {
    const text = await readFile(logFile, 'utf8');
    const match = /"url":"(http:\/\/[^"]+)\/"[^\n]*serving press releases/.exec(text);
    if (match?.[1] !== undefined) return { origin: match[1], logFile, process: child };
    if (child.exitCode !== null) throw new Error(`the server exited:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function requestsPerSecond(url: string): Promise<number> {
  if (wrk) {
    const { stdout } = await promisify(execFile)('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '-H', 'Accept-Encoding: br', url]);
    return Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? Number.NaN);
  }
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { 'accept-encoding': 'br' } });
  return result.requests.average;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const withLog = await start('1');
const withoutLog = await start('0');
const listed = (await (await fetch(`${withLog.origin}/releases.json`)).json()) as { releases: { url: string }[] };
const page = listed.releases[0]?.url ?? '/';
const on: number[] = [];
const off: number[] = [];
const loadBefore = loadavg()[0] ?? 0;
for (let round = 0; round < ROUNDS; round += 1) {
  off.push(await requestsPerSecond(`${withoutLog.origin}${page}`));
  on.push(await requestsPerSecond(`${withLog.origin}${page}`));
}
const loadAfter = loadavg()[0] ?? 0;
const logged = statSync(withLog.logFile).size;
for (const server of [withLog, withoutLog]) server.process.kill('SIGTERM');
await rm(dir, { recursive: true, force: true });

const lines = [
  `release page, brotli, ${CONNECTIONS} connections, ${SECONDS} s x ${ROUNDS} rounds each, driven by ${wrk ? 'wrk' : 'autocannon (wrk is not installed: it shares the cores with the servers)'}`,
  `load average ${loadBefore.toFixed(2)} at the start, ${loadAfter.toFixed(2)} at the end`,
  `ACCESS_LOG=0: ${off.map((n) => n.toFixed(0)).join(', ')} req/s, median ${median(off).toFixed(0)}`,
  `ACCESS_LOG=1: ${on.map((n) => n.toFixed(0)).join(', ')} req/s, median ${median(on).toFixed(0)} (${(logged / 1024 / 1024).toFixed(1)} MB of log lines)`,
  `with the access log: ${(median(on) / median(off)).toFixed(2)}x the requests per second without it`,
];
process.stdout.write(`${lines.join('\n')}\n`);
