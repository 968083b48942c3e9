/**
 * `npm run bench:scale -- 10000`: Pressroom over 1, 1,000 and the given number of generated
 * releases, each started as `node dist/main.js` over an empty start. For each size it prints
 *   - time to ready: from starting the process until /releases.json lists every release; and
 *     from then until a search answers (the index is built beside serving, after ready);
 *   - resident memory when ready, and the most it reached during the run;
 *   - requests per second for one release page (the same release in every size), and that
 *     against the one-release site: the sizes take turns over several rounds, all running, each
 *     size settled (its search answering) before any is measured;
 *   - the event loop's delay (p99 and max), while loading (from when the server listens: before,
 *     no request can wait on it), and while edits land under two loads:
 *     saturating (as many requests as the server answers) and steady (a fixed rate well below
 *     that, at which a stall shows as delay rather than as the cores' share);
 *   - how long an edit takes to be served.
 */
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { loadGenerator, steadyLoad, type LoadResult } from './harness/drive.js';
import { sleep, startNode, type Child } from './harness/processes.js';
import { median, medianOfRoundRatios } from './harness/rounds.js';
import { generateRelease } from './scale/generate-releases.js';

const SIZES = [...new Set([1, 1000, Number(process.argv[2] ?? 10_000)])].sort((a, b) => a - b);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const EDITS = 3;
const CONNECTIONS = 50;
/** The steady load: requests a second, over a few connections. */
const RATE = Number(process.env['BENCH_RATE'] ?? 200);
const STEADY_CONNECTIONS = 10;
const TARGETS = 'targets at 10,000 releases: an edit live in under 1 s; loop delay p99 under 50 ms while edits land under the steady load';
const HEADERS = { 'Accept-Encoding': 'br' };

/**
 * Loaded into the server process with --import (worker threads load it too, and leave it):
 * measures the event loop's delay and reports it, with memory, when the benchmark asks over
 * the IPC channel ('reset' starts anew after).
 */
const PROBE = `
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';
if (isMainThread) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  process.on('message', (message) => {
    process.send({
      p99: delay.percentile(99) / 1e6,
      max: delay.max / 1e6,
      rss: process.memoryUsage().rss,
      maxRss: process.resourceUsage().maxRSS * 1024,
    });
    if (message === 'reset') delay.reset();
  });
  process.channel.unref();
}
`;

interface Probe {
  p99: number;
  max: number;
  rss: number;
  maxRss: number;
}

interface Started {
  releases: number;
  dir: string;
  server: Child;
  readyMs: number;
  /** From ready until a search answers: the index is built after the site is served. */
  searchMs: number;
  /** The probe's report at ready: the delay while loading, and memory then. */
  loading: Probe;
  slugOf: (file: string) => string;
  page: string;
}

interface Edits {
  liveMs: number;
  delay: Probe;
}

/** Puts the page under load for `seconds`. */
type Load = (url: string, seconds: number) => Promise<LoadResult>;

function ask(child: Child, message: 'reset' | 'report'): Promise<Probe> {
  return new Promise((resolve) => {
    child.process.once('message', (reply) => {
      resolve(reply as Probe);
    });
    child.process.send(message);
  });
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.url} answered ${res.status}`);
  return (await res.json()) as T;
}

interface Listed {
  releases: { slug: string; source: { file: string } }[];
}

/** Generates `count` releases, starts Pressroom over them and waits until it lists them all. */
async function start(count: number): Promise<Started> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-scale-'));
  for (let first = 0; first < count; first += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, count - first) }, (_, i) => {
        const release = generateRelease(first + i);
        return writeFile(path.join(dir, release.file), release.text);
      }),
    );
  }
  const started = performance.now();
  const server = await startNode(['--import', `data:text/javascript,${encodeURIComponent(PROBE)}`, 'dist/main.js'], {
    CONTENT_DIR: dir,
    LOG_LEVEL: 'warn',
    WATCH: '1',
  }, true);
  // The process has loaded its modules and listens: from now on a stall keeps a request waiting.
  await ask(server, 'reset');
  let listed: Listed;
  for (;;) {
    // Pressroom listens first and answers 503 until the releases have loaded.
    const loaded = await fetch(`${server.url}/releases.json`);
    if (loaded.status === 503) {
      await loaded.arrayBuffer();
      await sleep(50);
      continue;
    }
    listed = await json<Listed>(loaded);
    if (listed.releases.length === count) break;
    await sleep(50);
  }
  const readyMs = performance.now() - started;
  const loading = await ask(server, 'reset');
  // A search answers once the index holds every release, built beside serving after ready: the
  // rates below are those of the site settled, not of its first seconds.
  const search = await fetch(`${server.url}/search?q=results`);
  if (!search.ok) throw new Error(`${search.url} answered ${search.status}`);
  await search.arrayBuffer();
  const searchMs = performance.now() - started - readyMs;
  const slugOf = (file: string): string => listed.releases.find((release) => release.source.file === file)?.slug ?? '';
  return { releases: count, dir, server, readyMs, searchMs, loading, slugOf, page: `${server.url}/releases/${slugOf(generateRelease(0).file)}` };
}

/**
 * Edits another release while the page is under `load`; each edit ends once it is served and the
 * lists that show it have been asked for again. The median time to be served, and the delay.
 */
async function edits(site: Started, load: Load): Promise<Edits> {
  const edited = generateRelease(Math.min(1, site.releases - 1));
  const editedText = `${site.server.url}/releases/${site.slugOf(edited.file)}.txt`;
  const underLoad = load(site.page, SECONDS + EDITS * 2);
  await sleep(1000);
  await ask(site.server, 'reset');
  const times: number[] = [];
  for (let edit = 1; edit <= EDITS; edit++) {
    const marker = `Edited ${edit} at ${Date.now()}.`;
    const editStarted = performance.now();
    await appendFile(path.join(site.dir, edited.file), `\n${marker}\n`);
    while (!(await (await fetch(editedText)).text()).includes(marker)) await sleep(10);
    times.push(performance.now() - editStarted);
    await Promise.all([`${site.server.url}/`, `${site.server.url}/releases.json`].map(async (url) => (await fetch(url)).arrayBuffer()));
    await sleep(500);
  }
  const delay = await ask(site.server, 'report');
  await underLoad;
  return { liveMs: median(times), delay };
}

const drive = loadGenerator();
const loadBefore = loadavg();
process.stdout.write(`sizes ${SIZES.join(', ')}; a release page under ${CONNECTIONS} connections, brotli, ${ROUNDS} rounds of ${SECONDS} s taking turns; load from ${drive.tool}\n`);
const sites: Started[] = [];
try {
  for (const size of SIZES) {
    sites.push(await start(size));
    process.stdout.write(`  ${size} releases ready\n`);
  }
  const pages = new Map<Started, LoadResult[]>(sites.map((site) => [site, []]));
  for (const site of sites) await drive.run(site.page, { connections: CONNECTIONS, seconds: 1, headers: HEADERS });
  for (let round = 1; round <= ROUNDS; round++) {
    for (const site of sites) pages.get(site)?.push(await drive.run(site.page, { connections: CONNECTIONS, seconds: SECONDS, headers: HEADERS }));
  }
  const saturating: Load = (url, seconds) => drive.run(url, { connections: CONNECTIONS, seconds, headers: HEADERS });
  const steady: Load = (url, seconds) => steadyLoad(url, { rate: RATE, connections: STEADY_CONNECTIONS, seconds, headers: HEADERS });
  const edited = new Map<Started, Edits>();
  const editedSteadily = new Map<Started, Edits>();
  for (const site of sites) {
    edited.set(site, await edits(site, saturating));
    editedSteadily.set(site, await edits(site, steady));
  }
  const ends = new Map<Started, Probe>();
  for (const site of sites) ends.set(site, await ask(site.server, 'report'));

  const ratesOf = (site: Started | undefined): number[] =>
    (site === undefined ? [] : (pages.get(site) ?? [])).map((run) => run.requestsPerSecond);
  const rate = (site: Started): number => median(ratesOf(site));
  // Against the one-release site measured in the same round.
  const vsOne = (site: Started): number => medianOfRoundRatios(ratesOf(site), ratesOf(sites[0]));
  const MB = 1024 * 1024;
  const columns = [
    'releases', 'ready', 'search after', 'RSS ready', 'RSS max', 'page req/s', 'vs 1', 'page p99', 'loop p99/max loading',
    'edit live saturated/steady', 'loop p99/max edits saturated', `loop p99/max edits steady ${RATE} req/s`,
  ];
  process.stdout.write(`\n${TARGETS}\n${columns.join(' | ')}\n`);
  const delay = (edit: Edits | undefined): string => `${(edit?.delay.p99 ?? 0).toFixed(0)}/${(edit?.delay.max ?? 0).toFixed(0)} ms`;
  for (const site of sites) {
    const edit = edited.get(site);
    const steadyEdit = editedSteadily.get(site);
    process.stdout.write(
      [
        String(site.releases),
        `${(site.readyMs / 1000).toFixed(1)} s`,
        `+${(site.searchMs / 1000).toFixed(1)} s`,
        `${(site.loading.rss / MB).toFixed(0)} MB`,
        `${((ends.get(site)?.maxRss ?? 0) / MB).toFixed(0)} MB`,
        rate(site).toFixed(0),
        `${vsOne(site).toFixed(2)}x`,
        `${median((pages.get(site) ?? []).map((run) => run.p99)).toFixed(1)} ms`,
        `${site.loading.p99.toFixed(0)}/${site.loading.max.toFixed(0)} ms`,
        `${(edit?.liveMs ?? 0).toFixed(0)}/${(steadyEdit?.liveMs ?? 0).toFixed(0)} ms`,
        delay(edit),
        delay(steadyEdit),
      ].join(' | ') + '\n',
    );
  }
} finally {
  for (const site of sites) {
    await site.server.stop();
    await rm(site.dir, { recursive: true, force: true });
  }
}
process.stdout.write(`load average (1 min) ${loadBefore[0]?.toFixed(2) ?? '?'} before, ${loadavg()[0]?.toFixed(2) ?? '?'} after, on ${availableParallelism()} cores\n`);
