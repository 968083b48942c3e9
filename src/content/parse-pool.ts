import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../module-worker.js';
import { ContentError } from '../release/content-error.js';
import type { Release } from '../release/model.js';
import { parseRelease } from '../release/parse.js';

export interface ParseRequest {
  id: number;
  text: string;
  file: string;
}

export type ParseReply =
  | { id: number; release: Release }
  | { id: number; refused: { line: number; reason: string } }
  | { id: number; failed: string };

/** Parses filings on worker threads, one per core, so that thousands load in a fraction of the time. */
export interface ParsePool {
  /** As `parseRelease`, on another thread: resolves with the release or rejects with its ContentError. */
  parse: (text: string, file: string) => Promise<Release>;
  /** Ends the threads; call it once every parse has settled. */
  close(): Promise<void>;
}

interface Pending {
  text: string;
  file: string;
  resolve: (release: Release) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Requests not yet sent: sent together once the event loop turns, or once there are enough. */
  unsent: ParseRequest[];
  /** Whether it has answered at all: a thread that never did cannot start here. */
  answered: boolean;
}

/**
 * Most requests sent to a thread in one message. A message costs tens of microseconds each way
 * whatever it holds: ten thousand files sent one by one spent about a second on messages alone.
 */
const BATCH = 16;

/**
 * A thread that dies after answering (out of memory on a monstrous file, say) costs the files
 * it held and is replaced. A thread that dies before answering cannot start in this process
 * (a preloaded module that fails in workers, say): its files, and any after, are parsed here.
 */
export function openParsePool(size: number = availableParallelism(), startWorker: () => Worker = startParseWorker): ParsePool {
  let nextId = 0;
  const threads: Thread[] = [];
  let sending = false;

  const start = (): Thread => {
    const thread: Thread = { worker: startWorker(), pending: new Map(), unsent: [], answered: false };
    thread.worker.on('message', (replies: ParseReply[]) => {
      thread.answered = true;
      for (const reply of replies) settle(thread, reply);
    });
    thread.worker.once('error', (error) => {
      lost(thread, error);
    });
    thread.worker.once('exit', (code) => {
      lost(thread, new Error(`the parse thread stopped (exit code ${code})`));
    });
    return thread;
  };

  const settle = (thread: Thread, reply: ParseReply): void => {
    const pending = thread.pending.get(reply.id);
    if (pending === undefined) return;
    thread.pending.delete(reply.id);
    if ('release' in reply) pending.resolve(reply.release);
    else if ('refused' in reply) pending.reject(new ContentError(pending.file, reply.refused.line, reply.refused.reason));
    else pending.reject(new Error(reply.failed));
  };

  const send = (thread: Thread): void => {
    if (thread.unsent.length === 0) return;
    thread.worker.postMessage(thread.unsent);
    thread.unsent = [];
  };

  const sendSoon = (): void => {
    if (sending) return;
    sending = true;
    setImmediate(() => {
      sending = false;
      for (const thread of threads) send(thread);
    });
  };

  const lost = (thread: Thread, error: Error): void => {
    const index = threads.indexOf(thread);
    if (index === -1) return;
    threads.splice(index, 1);
    const pending = [...thread.pending.values()];
    thread.pending.clear();
    thread.unsent = [];
    if (thread.answered) {
      threads.push(start());
      for (const { reject } of pending) reject(error);
    } else {
      for (const { text, file, resolve, reject } of pending) parseHere(text, file).then(resolve, reject);
    }
  };

  for (let i = 0; i < Math.max(1, size); i++) threads.push(start());

  return {
    parse: (text, file) => {
      const [first, ...others] = threads;
      if (first === undefined) return parseHere(text, file);
      const thread = others.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least), first);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        thread.pending.set(id, { text, file, resolve, reject });
        thread.unsent.push({ id, text, file });
        if (thread.unsent.length >= BATCH) send(thread);
        else sendSoon();
      });
    },
    async close() {
      const closing = threads.splice(0);
      await Promise.all(closing.map((thread) => thread.worker.terminate()));
    },
  };
}

function parseHere(text: string, file: string): Promise<Release> {
  return new Promise((resolve) => {
    resolve(parseRelease(text, file));
  });
}

/**
 * A parse leaves only garbage behind in its thread. V8's default young generation (48 MB at
 * most) lets each thread hold that much before collecting it: at 10,000 releases the two
 * threads then held 50 MB more at the peak, for no time saved.
 */
const THREAD_YOUNG_GENERATION_MB = 16;

function startParseWorker(): Worker {
  return startModuleWorker(import.meta.url, 'parse-worker', { resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB } });
}
