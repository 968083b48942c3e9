/**
 * `npm run bench:scale -- 10000`: Pressroom over 1, 1,000 and the given number of generated
 * releases, each started as `node dist/main.js` over an empty start. For each size it prints
 *   - time to ready: from starting the process until /releases.json lists every release;
 *   - resident memory when ready, and the most it reached during the run;
 *   - requests per second for one release page, and that against the one-release site;
 *   - the event loop's delay (p99 and max), while loading, and while edits land under load;
 *   - how long an edit takes to be served.
 */
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { loadGenerator, type LoadResult } from './harness/drive.js';
import { sleep, startNode, type Child } from './harness/processes.js';
import { generateRelease } from './scale/generate-releases.js';

const SIZES = [...new Set([1, 1000, Number(process.argv[2] ?? 10_000)])].sort((a, b) => a - b);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const EDITS = 3;
const CONNECTIONS = 50;
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

interface Row {
  releases: number;
  readyMs: number;
  rssReady: number;
  maxRss: number;
  page: LoadResult;
  loadDelay: Probe;
  editDelay: Probe;
  editMs: number;
}

function ask(child: Child, message: 'reset' | 'report'): Promise<Probe> {
  return new Promise((resolve) => {
    child.process.once('message', (reply) => {
      resolve(reply as Probe);
    });
    child.process.send(message);
  });
}

async function json<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return (await res.json()) as T;
}

interface Listed {
  releases: { slug: string; source: { file: string } }[];
}

async function measure(count: number, drive: ReturnType<typeof loadGenerator>): Promise<Row> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-scale-'));
  try {
    for (let start = 0; start < count; start += 500) {
      await Promise.all(
        Array.from({ length: Math.min(500, count - start) }, (_, i) => {
          const release = generateRelease(start + i);
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
    try {
      let listed: Listed;
      for (;;) {
        listed = await json<Listed>(`${server.url}/releases.json`);
        if (listed.releases.length === count) break;
        await sleep(50);
      }
      const readyMs = performance.now() - started;
      const loadDelay = await ask(server, 'reset');

      const slugOf = (file: string): string => listed.releases.find((release) => release.source.file === file)?.slug ?? '';
      const page = `${server.url}/releases/${slugOf(generateRelease(0).file)}`;
      await drive.run(page, { connections: CONNECTIONS, seconds: 1, headers: HEADERS });
      const pageLoad = await drive.run(page, { connections: CONNECTIONS, seconds: SECONDS, headers: HEADERS });

      // Edits to another release while the page is under load; each ends once the edit is
      // served and the lists that show it have been asked for again.
      const edited = generateRelease(Math.min(1, count - 1));
      const editedText = `${server.url}/releases/${slugOf(edited.file)}.txt`;
      const underLoad = drive.run(page, { connections: CONNECTIONS, seconds: SECONDS + EDITS * 2, headers: HEADERS });
      await sleep(1000);
      await ask(server, 'reset');
      const editTimes: number[] = [];
      for (let edit = 1; edit <= EDITS; edit++) {
        const marker = `Edited ${edit} at ${Date.now()}.`;
        const editStarted = performance.now();
        await appendFile(path.join(dir, edited.file), `\n${marker}\n`);
        while (!(await (await fetch(editedText)).text()).includes(marker)) await sleep(10);
        editTimes.push(performance.now() - editStarted);
        await Promise.all([fetch(`${server.url}/`), fetch(`${server.url}/releases.json`)].map(async (res) => (await res).arrayBuffer()));
        await sleep(500);
      }
      const editDelay = await ask(server, 'report');
      await underLoad;
      const end = await ask(server, 'report');
      return {
        releases: count,
        readyMs,
        rssReady: loadDelay.rss,
        maxRss: end.maxRss,
        page: pageLoad,
        loadDelay,
        editDelay,
        editMs: [...editTimes].sort((a, b) => a - b)[Math.floor(editTimes.length / 2)] ?? 0,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const drive = loadGenerator();
const loadBefore = loadavg();
process.stdout.write(`sizes ${SIZES.join(', ')}; release page under ${CONNECTIONS} connections for ${SECONDS} s, brotli, load from ${drive.tool}\n`);
const rows: Row[] = [];
for (const size of SIZES) {
  rows.push(await measure(size, drive));
  process.stdout.write(`  ${size} releases measured\n`);
}
const one = rows[0]?.page.requestsPerSecond ?? 1;
const MB = 1024 * 1024;
const columns = ['releases', 'ready', 'RSS ready', 'RSS max', 'page req/s', 'vs 1', 'page p99', 'loop p99/max loading', 'edit live', 'loop p99/max edits'];
process.stdout.write(`\n${columns.join(' | ')}\n`);
for (const row of rows) {
  process.stdout.write(
    [
      String(row.releases),
      `${(row.readyMs / 1000).toFixed(1)} s`,
      `${(row.rssReady / MB).toFixed(0)} MB`,
      `${(row.maxRss / MB).toFixed(0)} MB`,
      row.page.requestsPerSecond.toFixed(0),
      `${(row.page.requestsPerSecond / one).toFixed(2)}x`,
      `${row.page.p99.toFixed(1)} ms`,
      `${row.loadDelay.p99.toFixed(0)}/${row.loadDelay.max.toFixed(0)} ms`,
      `${row.editMs.toFixed(0)} ms`,
      `${row.editDelay.p99.toFixed(0)}/${row.editDelay.max.toFixed(0)} ms`,
    ].join(' | ') + '\n',
  );
}
process.stdout.write(`load average (1 min) ${loadBefore[0]?.toFixed(2) ?? '?'} before, ${loadavg()[0]?.toFixed(2) ?? '?'} after, on ${availableParallelism()} cores\n`);
