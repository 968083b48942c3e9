import { opendirSync, type Dir } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../module-worker.js';
import { isReleaseFileName } from './list-folder.js';

/**
 * A parse leaves only garbage behind in its thread. V8's default young generation (48 MB at
 * most) lets each thread hold that much before collecting it: at 10,000 releases the two
 * threads then held 50 MB more at the peak, for no time saved.
 */
const THREAD_YOUNG_GENERATION_MB = 16;

/**
 * A thread of the parse pool, loading the parser as it starts. A thread that reads a whole folder
 * runs behind the thread that serves (see `runBehindServing`); one kept for edits does not: an
 * edit is one file that readers wait for, not work that can wait.
 */
export function startParseWorker(behindServing = true): Worker {
  return startModuleWorker(import.meta.url, 'parse-worker', {
    workerData: { behindServing },
    resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB },
  });
}

/** From this many files to read, parsing on every core pays for starting the threads. */
export const PARSE_POOL_THRESHOLD = 256;

/** Parse threads started before they are needed, for the first load's parse pool to take. */
export interface ParseThreads {
  /** A started thread not yet taken, if any is left. */
  take(): Worker | undefined;
  /** Ends the threads not taken: the first load did not need them. */
  release(): Promise<void>;
}

/**
 * Starts the parse threads now when the folder will need them, so that they load the parser
 * while this thread loads the server's modules and lists the folder: at ten thousand releases,
 * the threads' start took 0.6 s before the first filing was parsed. Whether it will need them is
 * told from the folder's own files, counted up to the threshold, so that a small site starts as
 * fast as before (starting threads it does not need delayed its first answer by half a second);
 * a folder that keeps its releases in subfolders starts them when it is read. Only this module and
 * the worker's own are loaded here, so that the threads start as early as the process can.
 */
export function startParseThreadsFor(
  dir: string,
  count: number = availableParallelism(),
  startWorker: () => Worker = startParseWorker,
): ParseThreads | undefined {
  if (countReleaseFiles(dir, PARSE_POOL_THRESHOLD) < PARSE_POOL_THRESHOLD) return undefined;
  const started = Array.from({ length: count }, () => startWorker());
  return {
    take: () => started.shift(),
    async release() {
      const unused = started.splice(0);
      await Promise.all(unused.map((worker) => worker.terminate()));
    },
  };
}

/** Release files directly in `dir`, counted up to `enough`; 0 if it cannot be read (the load says why). */
function countReleaseFiles(dir: string, enough: number): number {
  let count = 0;
  let folder: Dir | undefined;
  try {
    folder = opendirSync(dir);
    for (let entry = folder.readSync(); entry !== null && count < enough; entry = folder.readSync()) {
      if (entry.isFile() && isReleaseFileName(entry.name)) count++;
    }
  } catch {
    return 0;
  } finally {
    folder?.closeSync();
  }
  return count;
}
