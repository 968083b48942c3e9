import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Compressed = 'br' | 'gzip';

/** Compresses a body; resolves with the same bytes for the same input, every time. */
export type Compress = (body: Buffer, encoding: Compressed, contentType: string) => Promise<Buffer>;

/**
 * Brotli's second-best quality: on this site's pages within 3% of the best's size in 40% of
 * its time (quality 5 is 23% larger).
 */
const BROTLI_QUALITY = 10;
const GZIP_LEVEL = 9;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * zlib's asynchronous calls run on libuv's thread pool, so compressing never holds up the
 * thread that answers requests.
 */
export const compressOffThread: Compress = (body, encoding, contentType) =>
  encoding === 'gzip'
    ? gzipAsync(body, { level: GZIP_LEVEL })
    : brotliAsync(body, {
        params: {
          [constants.BROTLI_PARAM_MODE]: isText(contentType) ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
          [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      });

function isText(contentType: string): boolean {
  return /^text\/|^application\/json|\+xml(;|$)/.test(contentType);
}

/**
 * How many bodies are compressed at once: one core stays free to answer requests, and libuv's
 * pool of four threads keeps at least one for file reads, so a content change is never queued
 * behind compression.
 */
export const COMPRESSION_CONCURRENCY = Math.min(3, Math.max(1, availableParallelism() - 1));

export interface WorkQueue {
  /** Runs `job` when a slot is free; every job is run. */
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Jobs waiting for a slot. */
  waiting(): number;
  /** Whether a job run now would wait for a slot. */
  wouldWait(): boolean;
}

/** Runs at most `concurrency` jobs at a time, in the order they came. */
export function workQueue(concurrency: number): WorkQueue {
  const queue: (() => void)[] = [];
  let running = 0;
  const release = (): void => {
    running--;
    queue.shift()?.();
  };
  return {
    run(job) {
      return new Promise((resolve, reject) => {
        const start = (): void => {
          running++;
          job().then(resolve, reject).finally(release);
        };
        if (running < concurrency) start();
        else queue.push(start);
      });
    },
    waiting: () => queue.length,
    wouldWait: () => running >= concurrency,
  };
}
