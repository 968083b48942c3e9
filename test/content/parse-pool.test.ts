import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { getPriority, tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/content/clock.js';
import { loadSite } from '../../src/content/load.js';
import { FiledBytes } from '../../src/content/filed-bytes.js';
import { openParsePool, type ParsePool } from '../../src/content/parse-pool.js';
import { PARSE_POOL_THRESHOLD, startParseThreadsFor, startParseWorker } from '../../src/content/parse-threads.js';
import { readFiling } from '../../src/content/read-filing.js';
import { BACKGROUND_NICENESS } from '../../src/content/background-priority.js';
import { ContentError } from '../../src/release/content-error.js';
import { parseRelease } from '../../src/release/parse.js';

const CORPUS = path.join(import.meta.dirname, '../fixtures/corpus');
const MAX = 2 * 1024 * 1024;
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

// Threads start by compiling the parser from its sources, which takes seconds on a busy machine.
describe('openParsePool', { timeout: 30_000 }, () => {
  let pool: ParsePool;
  beforeAll(() => {
    pool = openParsePool(2);
  });
  afterAll(async () => {
    await pool.close();
  });

  it('reads every filing exactly as the parser does on this thread', async () => {
    const files = (await readdir(CORPUS)).filter((file) => file.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const bytes = await readFile(path.join(CORPUS, file));
      const filing = await pool.read(bytes, file, MAX);
      expect(filing).toEqual(readFiling(bytes, file, MAX));
      expect(filing.release).toEqual(parseRelease(bytes.toString('utf8'), file));
      expect(new FiledBytes(filing.source).bytes().equals(bytes)).toBe(true);
    }
  });

  it('refuses what the parser refuses, with the same file, line and reason', async () => {
    const refusal = pool.read(encode('\n\n12 34\n'), 'numbers.txt', MAX);
    await expect(refusal).rejects.toBeInstanceOf(ContentError);
    await expect(refusal).rejects.toMatchObject({ file: 'numbers.txt', line: 3, reason: expect.stringMatching(/no words/) as unknown });
  });

  it('parses many filings at once, each answered with its own', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => `Company ${i} Announces Results\n\nATLANTA - Company ${i} said today that sales rose.\n`);
    const filings = await Promise.all(texts.map((text, i) => pool.read(encode(text), `${i}.txt`, MAX)));
    expect(filings.map((filing) => filing.release.headline?.text)).toEqual(texts.map((_, i) => `Company ${i} Announces Results`));
  });

  it.runIf(process.platform === 'linux')('runs its threads behind the main thread, which keeps its priority', async () => {
    await pool.read(encode('Company Announces Results\n\nATLANTA - Sales rose.\n'), 'a.txt', MAX);
    const niceness = await threadNiceness();
    expect(niceness.filter((nice) => nice === BACKGROUND_NICENESS).length).toBeGreaterThanOrEqual(2);
    expect(getPriority()).not.toBe(BACKGROUND_NICENESS);
  });

  it.runIf(process.platform === 'linux')('keeps a thread for edits at the priority of the thread that serves', async () => {
    const behind = async (): Promise<number> => (await threadNiceness()).filter((nice) => nice === BACKGROUND_NICENESS).length;
    const before = await behind();
    const edits = openParsePool(1, () => startParseWorker(false));
    try {
      await edits.read(encode('Company Announces Results\n\nATLANTA - Sales rose.\n'), 'a.txt', MAX);
      expect(await behind()).toBe(before);
    } finally {
      await edits.close();
    }
  });
});

/** Each thread's nice value, from the 19th field of its /proc stat line (the name before it may hold spaces). */
async function threadNiceness(): Promise<number[]> {
  const tasks = await readdir('/proc/self/task');
  const stats = await Promise.all(tasks.map((task) => readFile(`/proc/self/task/${task}/stat`, 'utf8')));
  return stats.map((stat) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
}

describe('loading a large folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pressroom-pool-'));
    const seed = await readFile(path.join(CORPUS, 'american-locker-2004-05.txt'), 'utf8');
    for (let i = 0; i < PARSE_POOL_THRESHOLD; i++) {
      await writeFile(path.join(dir, `release-${String(i).padStart(4, '0')}.txt`), seed.replace('POSTAL CONTRACT', `POSTAL CONTRACT ${i}`));
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true });
  });

  it('parses on worker threads to the very site one thread would load', { timeout: 60_000 }, async () => {
    // One instant for both, so that the two sites differ only if their releases do.
    const clock = { ...systemClock, now: () => Date.parse('2026-01-01T00:00:00Z') };
    const pooled = await loadSite(dir, { maxFileBytes: MAX, clock });
    const single = await loadSite(dir, { maxFileBytes: MAX, clock, parse: parseRelease });
    expect(pooled.releases).toHaveLength(PARSE_POOL_THRESHOLD);
    expect(pooled).toEqual(single);
    // The bytes were compressed on threads that have ended since: they are the files' still.
    for (const loaded of pooled.releases) {
      expect(loaded.source.bytes().equals(await readFile(path.join(dir, loaded.file)))).toBe(true);
    }
  });

  it('parses on the threads started ahead for it, and starts none for a folder that needs none', { timeout: 60_000 }, async () => {
    const threads = startParseThreadsFor(dir, 2);
    expect(threads).toBeDefined();
    const clock = { ...systemClock, now: () => Date.parse('2026-01-01T00:00:00Z') };
    const site = await loadSite(dir, { maxFileBytes: MAX, clock, ...(threads && { threads }) });
    expect(site.releases).toHaveLength(PARSE_POOL_THRESHOLD);
    expect(threads?.take()).toBeUndefined();
    expect(startParseThreadsFor(path.join(dir, 'missing'))).toBeUndefined();
    expect(startParseThreadsFor(CORPUS)).toBeUndefined();
  });

  it('ends the threads started ahead that were not taken', async () => {
    const exits: number[] = [];
    const threads = startParseThreadsFor(dir, 3, () => {
      const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
      worker.once('exit', (code) => exits.push(code));
      return worker;
    });
    const taken = threads?.take();
    await threads?.release();
    expect(exits).toHaveLength(2);
    expect(threads?.take()).toBeUndefined();
    await taken?.terminate();
    expect(exits).toHaveLength(3);
  });
});

describe('a parse pool whose threads fail', () => {
  const TEXT = 'Company Announces Results\n\nATLANTA - The company said today that sales rose.\n';

  it('parses on this thread when its threads cannot start', async () => {
    const pool = openParsePool(2, () => new Worker('throw new Error("cannot start here")', { eval: true }));
    try {
      const filings = await Promise.all(['a.txt', 'b.txt', 'c.txt'].map((file) => pool.read(encode(TEXT), file, MAX)));
      expect(filings).toEqual(['a.txt', 'b.txt', 'c.txt'].map((file) => readFiling(encode(TEXT), file, MAX)));
      expect(await pool.read(encode(TEXT), 'd.txt', MAX)).toEqual(readFiling(encode(TEXT), 'd.txt', MAX));
    } finally {
      await pool.close();
    }
  });

  it('costs the files a thread held when it dies after answering, and goes on with a new thread', async () => {
    let started = 0;
    // Answers its first message, then dies on the next one.
    const dying = `
      const { parentPort } = require('node:worker_threads');
      let seen = 0;
      parentPort.on('message', (requests) => {
        if (seen++ === 0) parentPort.postMessage(requests.map(({ id }) => ({ id, failed: 'first answer' })));
        else process.exit(3);
      });`;
    const pool = openParsePool(1, () => {
      started++;
      return new Worker(dying, { eval: true });
    });
    try {
      await expect(pool.read(encode(TEXT), 'a.txt', MAX)).rejects.toThrow('first answer');
      await expect(pool.read(encode(TEXT), 'b.txt', MAX)).rejects.toThrow(/exit code 3/);
      await expect(pool.read(encode(TEXT), 'c.txt', MAX)).rejects.toThrow('first answer');
      expect(started).toBe(2);
    } finally {
      await pool.close();
    }
  });
});
