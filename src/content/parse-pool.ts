import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { ContentError } from '../release/content-error.js';
import { startParseWorker } from './parse-threads.js';
import { readFiling, type Filing } from './read-filing.js';

export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  file: string;
  maxBytes: number;
}

export type ParseReply =
  | { id: number; filing: Filing }
  | { id: number; refused: { line: number; reason: string } }
  | { id: number; failed: string };

/**
 * Reads filings on worker threads, one per core, so that thousands load in a fraction of the
 * time, and the thread that serves only reads files and takes in what they gave.
 */
export interface ParsePool {
  /** As `readFiling`, on another thread: resolves with the filing or rejects with its ContentError. */
  read: (bytes: Uint8Array, file: string, maxBytes: number) => Promise<Filing>;
  /** Ends the threads; call it once every parse has settled. */
  close(): Promise<void>;
}

interface Pending {
  request: ParseRequest;
  resolve: (filing: Filing) => void;
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
    if ('filing' in reply) pending.resolve(reply.filing);
    else if ('refused' in reply) pending.reject(new ContentError(pending.request.file, reply.refused.line, reply.refused.reason));
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
      for (const { request, resolve, reject } of pending) readHere(request).then(resolve, reject);
    }
  };

  for (let i = 0; i < Math.max(1, size); i++) threads.push(start());

  return {
    read: (bytes, file, maxBytes) => {
      // A small file is read into a view on Node's shared pool of buffers, which would be sent whole.
      const own = bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
      const request = { id: nextId++, bytes: own, file, maxBytes };
      const [first, ...others] = threads;
      if (first === undefined) return readHere(request);
      const thread = others.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least), first);
      return new Promise((resolve, reject) => {
        thread.pending.set(request.id, { request, resolve, reject });
        thread.unsent.push(request);
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

function readHere({ bytes, file, maxBytes }: ParseRequest): Promise<Filing> {
  return new Promise((resolve) => {
    resolve(readFiling(bytes, file, maxBytes));
  });
}
