/**
 * `npm run bench`: requests per second for the seed release page, brotli, 50 connections, for
 *   (a) a bare node:http server writing the page's brotli response from memory, head and body
 *       as (b) sends them: the ceiling;
 *   (b) Pressroom, started as `node dist/main.js`;
 *   (c) a naive peer: Express, helmet and `compression`, rendering the page per request;
 *   (d) Pressroom with WEB_CONCURRENCY workers (default: one per core), against (b).
 * The four take turns over several rounds, so that a busy neighbour on the machine costs each
 * of them alike; the ratios compared are the medians over the rounds of each round's ratio.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { loadGenerator, type LoadResult } from './harness/drive.js';
import { startNode, type Child } from './harness/processes.js';
import { median, medianOfRoundRatios } from './harness/rounds.js';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 3);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);
const CONNECTIONS = 50;
const HEADERS = { 'Accept-Encoding': 'br' };
const PRESSROOM = { CONTENT_DIR: 'content', WATCH: '0', LOG_LEVEL: 'warn' };
const TSX = ['--import', 'tsx'];
const WORKERS = Number(process.env['WEB_CONCURRENCY'] ?? availableParallelism());

interface Target {
  name: string;
  start: () => Promise<Child>;
  /** Pressroom answers /readyz: wait for every worker before measuring. */
  readiness?: true;
}

interface Fetched {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Names and values, alternating, as sent. */
  rawHeaders: string[];
  body: Buffer;
}

/** The response as sent, not decompressed. */
function get(url: string, headers: Record<string, string>): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    // A connection per request: the workers of a cluster take connections in turn.
    request(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) });
      });
    })
      .on('error', reject)
      .end();
  });
}

/**
 * Waits until every worker is ready: connections are shared among the workers that listen, in
 * turn, so that many answers in a row come from all of them; a worker that listens later would
 * be missed, so the check is made again a while after.
 */
async function allReady(url: string): Promise<void> {
  for (let check = 0; check < 2; check++) {
    if (check > 0) await new Promise((resolve) => setTimeout(resolve, 2000));
    let inARow = 0;
    for (let attempt = 0; attempt < 1000 && inARow < WORKERS * 4; attempt++) {
      inARow = (await get(`${url}/readyz`, {})).status === 200 ? inARow + 1 : 0;
      if (inARow === 0) await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Asks until the page comes in brotli: the first requests get identity while it is compressed. */
async function brotliPage(url: string): Promise<Fetched> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const page = await get(url, HEADERS);
    if (page.status !== 200) throw new Error(`${url} answered ${page.status}`);
    if (page.headers['content-encoding'] === 'br') return page;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} never came in brotli`);
}

const pressroom = await startNode(['dist/main.js'], PRESSROOM);
await allReady(pressroom.url);
const { releases } = JSON.parse((await get(`${pressroom.url}/releases.json`, {})).body.toString('utf8')) as { releases: { url: string }[] };
const pagePath = releases[0]?.url ?? '/';
const seedPage = await brotliPage(`${pressroom.url}${pagePath}`);
await pressroom.stop();
const scratch = await mkdtemp(path.join(tmpdir(), 'pressroom-bench-'));
const bodyFile = path.join(scratch, 'page.br');
await writeFile(bodyFile, seedPage.body);
const headFile = path.join(scratch, 'head.json');
await writeFile(headFile, JSON.stringify(seedPage.rawHeaders));

const targets: Target[] = [
  { name: 'a: bare node:http, the same response', start: () => startNode([...TSX, 'bench/peers/bare.ts'], { BODY_FILE: bodyFile, HEAD_FILE: headFile }) },
  { name: 'b: pressroom', start: () => startNode(['dist/main.js'], PRESSROOM), readiness: true },
  { name: 'c: express + helmet + compression, per request', start: () => startNode([...TSX, 'bench/peers/naive.ts'], { CONTENT_DIR: 'content' }) },
  { name: `d: pressroom, ${WORKERS} workers`, start: () => startNode(['dist/main.js'], { ...PRESSROOM, WEB_CONCURRENCY: String(WORKERS) }), readiness: true },
];

const drive = loadGenerator();
const results = new Map<string, LoadResult[]>(targets.map(({ name }) => [name, []]));
const loadBefore = loadavg();
process.stdout.write(`seed page ${pagePath}: ${seedPage.body.length} bytes brotli; ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds, load from ${drive.tool}\n`);
const running: { target: Target; server: Child; url: string }[] = [];
try {
  // All four run throughout, each idle while another is measured: a round measures them one
  // right after another, so that the machine's drift over minutes costs them alike.
  for (const target of targets) {
    const server = await target.start();
    running.push({ target, server, url: `${server.url}${pagePath}` });
    if (target.readiness) await allReady(server.url);
    const sample = await brotliPage(`${server.url}${pagePath}`);
    if (sample.body.length > seedPage.body.length * 1.5) throw new Error(`${target.name} sends ${sample.body.length} bytes`);
    // A short run first, so every server is measured warm.
    await drive.run(`${server.url}${pagePath}`, { connections: CONNECTIONS, seconds: 1, headers: HEADERS });
  }
  for (let round = 1; round <= ROUNDS; round++) {
    for (const { target, url } of running) {
      const result = await drive.run(url, { connections: CONNECTIONS, seconds: SECONDS, headers: HEADERS });
      results.get(target.name)?.push(result);
      process.stdout.write(`round ${round}  ${row(target.name, result)}\n`);
    }
  }
} finally {
  for (const { server } of running) await server.stop();
  await rm(scratch, { recursive: true, force: true });
}

const runsOf = (target: Target | undefined): LoadResult[] => (target === undefined ? [] : (results.get(target.name) ?? []));
process.stdout.write('\nmedians\n');
for (const target of targets) {
  const runs = runsOf(target);
  const result = {
    requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
  };
  process.stdout.write(`         ${row(target.name, result)}\n`);
}
const ratio = (top: Target | undefined, bottom: Target | undefined, of: (run: LoadResult) => number): number =>
  medianOfRoundRatios(runsOf(top).map(of), runsOf(bottom).map(of));
const [a, b, c, d] = targets;
const rate = (run: LoadResult): number => run.requestsPerSecond;
process.stdout.write(`\nmedian over rounds of each round's ratio\n`);
process.stdout.write(`b/a requests/s ${ratio(b, a, rate).toFixed(2)}  (target >= 0.8)\n`);
process.stdout.write(`b/c requests/s ${ratio(b, c, rate).toFixed(1)}  (target >= 10)\n`);
process.stdout.write(`p99 b/a        ${ratio(b, a, (run) => run.p99).toFixed(2)}  (target <= 2)\n`);
process.stdout.write(`d/b requests/s ${ratio(d, b, rate).toFixed(2)}  (${WORKERS} workers against 1, wrk sharing the same cores)\n`);
process.stdout.write(`load average (1 min) ${loadBefore[0]?.toFixed(2) ?? '?'} before, ${loadavg()[0]?.toFixed(2) ?? '?'} after, on ${availableParallelism()} cores\n`);

function row(name: string, result: LoadResult): string {
  return `${name.padEnd(50)} ${result.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${result.p50.toFixed(2).padStart(6)} ms  p99 ${result.p99.toFixed(2).padStart(6)} ms`;
}
