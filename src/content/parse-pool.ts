import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ContentError } from '../release/content-error.js';
import type { Release } from '../release/model.js';

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
  file: string;
  resolve: (release: Release) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

export function openParsePool(size: number = availableParallelism()): ParsePool {
  let nextId = 0;
  const threads: Thread[] = [];
  const start = (): Thread => {
    const thread: Thread = { worker: startWorker(), pending: new Map() };
    thread.worker.on('message', (reply: ParseReply) => {
      const pending = thread.pending.get(reply.id);
      if (pending === undefined) return;
      thread.pending.delete(reply.id);
      if ('release' in reply) pending.resolve(reply.release);
      else if ('refused' in reply) pending.reject(new ContentError(pending.file, reply.refused.line, reply.refused.reason));
      else pending.reject(new Error(reply.failed));
    });
    // A thread that dies (out of memory on a monstrous file, say) costs the files it held, not the load.
    thread.worker.on('error', (error) => {
      for (const pending of thread.pending.values()) pending.reject(error);
      thread.pending.clear();
      threads.splice(threads.indexOf(thread), 1, start());
    });
    return thread;
  };
  for (let i = 0; i < Math.max(1, size); i++) threads.push(start());

  return {
    parse: (text, file) => {
      const thread = threads.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        thread.pending.set(id, { file, resolve, reject });
        thread.worker.postMessage({ id, text, file } satisfies ParseRequest);
      });
    },
    async close() {
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}

/**
 * Built, the worker is a JavaScript module beside this one. Run from the TypeScript sources
 * (tests, benchmarks), it is loaded through tsx, as the sources themselves are.
 */
function startWorker(): Worker {
  const compiled = import.meta.url.endsWith('.js');
  const entry = new URL(compiled ? './parse-worker.js' : './parse-worker.ts', import.meta.url);
  if (compiled) return new Worker(entry);
  const script = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(script, { eval: true });
}
