/**
 * `npm run soak`: 60 s at 100 connections against the built server, over a mix of URLs, while
 * a release is edited every few seconds. Prints errors, unexpected statuses, p99 latency and
 * the server's resident memory at the start and the end, each against its target, and exits 1
 * when one is missed. SOAK_SECONDS and SOAK_CONNECTIONS change the run; the machine's load is
 * printed beside the figures, which depend on it.
 *
 * autocannon drives every kind of request but HEAD: its parser, like wrk's, waits on a kept-alive
 * connection for the body an answer to HEAD announces but never sends. A few node:http clients
 * send the HEAD requests beside it, counted the same way.
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { copyFile, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createHistogram, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

const SECONDS = Number(process.env['SOAK_SECONDS'] ?? 60);
const CONNECTIONS = Number(process.env['SOAK_CONNECTIONS'] ?? 100);
const EDIT_EVERY_MS = 3000;
/** The first seconds under load fill V8's heap and code space: memory is compared from here. */
const WARM_UP_MS = 10_000;
const SAMPLE_EVERY_MS = 10_000;
const MAX_RSS_GROWTH = 0.1;
const HEAD_CONNECTIONS = 4;
/**
 * A connection is opened anew after this many answers, as a browser does when the server says
 * `Connection: close` at MAX_REQUESTS_PER_SOCKET; autocannon would go on sending on it.
 */
const RECONNECT_EVERY = 500;
const ROOT = path.join(import.meta.dirname, '..');
const CORPUS = path.join(ROOT, 'test/fixtures/corpus');
const RELEASES = ['american-locker-2004-05.txt', 'southern-2005-q4-earnings.txt', 'apple-1999-shareholder-settlement.txt', 'cisco-1995-combinet-agreement.txt'];
const EDITED = 'cisco-1995-combinet-agreement.txt';

interface Expected {
  method: 'GET' | 'POST';
  path: string;
  status: number;
  headers?: Record<string, string>;
}

const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-soak-'));
for (const file of RELEASES) await copyFile(path.join(CORPUS, file), path.join(dir, file));

const server = spawn(process.execPath, [path.join(ROOT, 'dist/main.js')], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: dir, LOG_FORMAT: 'json' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const pid = server.pid ?? 0;
const origin = await new Promise<string>((resolve, reject) => {
  let seen = '';
  const onData = (chunk: Buffer): void => {
    seen += chunk.toString('utf8');
    const match = /"url":"(http:\/\/[^"]+)\/"[^\n]*serving press releases/.exec(seen);
    if (match?.[1] === undefined) return;
    // Access log lines keep coming; read and drop them.
    server.stdout.off('data', onData);
    server.stdout.resume();
    resolve(match[1]);
  };
  server.stdout.on('data', onData);
  server.on('exit', (code) => { reject(new Error(`the server exited (${code ?? 'signal'}) before serving:\n${seen}`)); });
});

const listed = (await (await fetch(`${origin}/releases.json`)).json()) as { releases: { url: string; source: { file: string } }[] };
const steady = listed.releases.find((release) => release.source.file !== EDITED)?.url ?? '/';
const edited = listed.releases.find((release) => release.source.file === EDITED)?.url ?? '/';
const home = await (await fetch(`${origin}/`)).text();
const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(home)?.[1] ?? '/';
const etag = (await fetch(`${origin}${steady}`, { headers: { 'accept-encoding': 'br' } })).headers.get('etag') ?? '';

const mix: Expected[] = [
  { method: 'GET', path: steady, status: 200, headers: { 'accept-encoding': 'br, gzip' } },
  { method: 'GET', path: steady, status: 304, headers: { 'accept-encoding': 'br, gzip', 'if-none-match': etag } },
  { method: 'GET', path: edited, status: 200, headers: { 'accept-encoding': 'gzip' } },
  { method: 'GET', path: '/', status: 200, headers: { 'accept-encoding': 'br' } },
  { method: 'GET', path: `${steady}.json`, status: 200 },
  { method: 'GET', path: '/releases.json', status: 200, headers: { 'accept-encoding': 'br' } },
  { method: 'GET', path: `${edited}.txt`, status: 200 },
  { method: 'GET', path: stylesheet, status: 200, headers: { 'accept-encoding': 'br' } },
  { method: 'GET', path: '/favicon.ico', status: 200 },
  { method: 'GET', path: '/releases/no-such-release', status: 404 },
  { method: 'POST', path: steady, status: 405 },
  { method: 'GET', path: '/readyz', status: 200 },
];
const unexpected = new Map<string, number>();
const count = (key: string): void => {
  unexpected.set(key, (unexpected.get(key) ?? 0) + 1);
};
const requests = mix.map((expected) => ({
  method: expected.method,
  path: expected.path,
  headers: expected.headers ?? {},
  onResponse: (status: number) => {
    if (status === expected.status) return;
    count(`${expected.method} ${expected.path}: ${status}, expected ${expected.status}`);
  },
}));

const source = await readFile(path.join(CORPUS, EDITED), 'utf8');
let edits = 0;
const stopEditing = new AbortController();
const editor = (async () => {
  while (!stopEditing.signal.aborted) {
    const slept = await sleep(EDIT_EVERY_MS, true, { signal: stopEditing.signal }).catch(() => false);
    if (!slept) break;
    edits += 1;
    // Written aside and renamed into place, as a publisher should: never half a file.
    const next = path.join(dir, `.${EDITED}.next`);
    await writeFile(next, `${source}\nEdit ${edits}.\n`);
    await rename(next, path.join(dir, EDITED));
  }
})();

const load = [loadavg()[0] ?? 0];
const idleRss = await rssKb(pid);
const samples: number[] = [];
const sampler = setInterval(() => {
  void rssKb(pid).then((kb) => samples.push(kb));
}, SAMPLE_EVERY_MS);
const heads = headRequests(`${origin}${edited}`, SECONDS * 1000);
const result = await autocannon({ url: origin, connections: CONNECTIONS - HEAD_CONNECTIONS, duration: SECONDS, requests, reconnectRate: RECONNECT_EVERY });
const head = await heads;
const endRss = await rssKb(pid);
clearInterval(sampler);
const startRss = samples[WARM_UP_MS / SAMPLE_EVERY_MS - 1] ?? idleRss;
load.push(loadavg()[0] ?? 0);
stopEditing.abort();
await editor;
server.kill('SIGTERM');
const exit = await new Promise<number | null>((resolve) => server.on('exit', resolve));
await rm(dir, { recursive: true, force: true });

const unexpectedCount = [...unexpected.values()].reduce((sum, n) => sum + n, 0);
const errors = result.errors + result.timeouts + head.errors;
const growth = (endRss - startRss) / startRss;
const lines = [
  `${SECONDS} s, ${CONNECTIONS} connections, ${mix.length + 1} kinds of request, a release edited every ${EDIT_EVERY_MS / 1000} s (${edits} edits)`,
  `machine: ${availableParallelism()} cores, load average ${load.map((value) => value.toFixed(2)).join(' at the start, ')} at the end`,
  `requests: ${result.requests.total + head.requests} (${Math.round((result.requests.total + head.requests) / SECONDS)} per second; ${head.requests} of them HEAD)`,
  mark(errors === 0, `errors: ${errors} (target 0)`),
  mark(unexpectedCount === 0, `unexpected statuses: ${unexpectedCount} (target 0)`),
  ...[...unexpected].map(([key, n]) => `  ${n} x ${key}`),
  `latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms (HEAD: p99 ${head.p99.toFixed(0)} ms)`,
  mark(growth < MAX_RSS_GROWTH, `resident memory: ${mb(idleRss)} idle, ${mb(startRss)} after ${WARM_UP_MS / 1000} s of load, ${mb(endRss)} at the end: ${(growth * 100).toFixed(1)}% growth (target under ${MAX_RSS_GROWTH * 100}%)`),
  `  every ${SAMPLE_EVERY_MS / 1000} s: ${samples.map(mb).join(', ')}`,
  mark(exit === 0, `shutdown after the run: exit ${exit ?? 'by signal'} (target 0)`),
];
process.stdout.write(`${lines.join('\n')}\n`);
process.exitCode = errors === 0 && unexpectedCount === 0 && growth < MAX_RSS_GROWTH && exit === 0 ? 0 : 1;

/** HEAD requests on kept-alive connections for `durationMs`, each answer checked for 200. */
async function headRequests(url: string, durationMs: number): Promise<{ requests: number; errors: number; p99: number }> {
  const histogram = createHistogram();
  const until = performance.now() + durationMs;
  let requests = 0;
  let errors = 0;
  const client = async (): Promise<void> => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    while (performance.now() < until) {
      const started = performance.now();
      try {
        const status = await new Promise<number>((resolve, reject) => {
          request(url, { method: 'HEAD', agent }, (res) => {
            res.resume();
            res.on('end', () => { resolve(res.statusCode ?? 0); });
          }).on('error', reject).end();
        });
        if (status !== 200) count(`HEAD ${url}: ${status}, expected 200`);
        histogram.record(Math.max(1, Math.round((performance.now() - started) * 1000)));
        requests += 1;
      } catch {
        errors += 1;
      }
    }
    agent.destroy();
  };
  await Promise.all(Array.from({ length: HEAD_CONNECTIONS }, client));
  return { requests, errors, p99: histogram.percentile(99) / 1000 };
}

function mark(ok: boolean, line: string): string {
  return `${ok ? 'ok  ' : 'MISS'} ${line}`;
}

function mb(kb: number): string {
  return `${(kb / 1024).toFixed(1)} MB`;
}

/** Resident set size of a process, from /proc (Linux). */
async function rssKb(processId: number): Promise<number> {
  const status = await readFile(`/proc/${processId}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN);
}
