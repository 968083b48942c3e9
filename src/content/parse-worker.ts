import { parentPort, workerData } from 'node:worker_threads';
import { runBehindServing } from './background-priority.js';
import { ContentError } from '../release/content-error.js';
import type { ParseReply, ParseRequest } from './parse-pool.js';

// One thread of the parse pool: reads each filing it is sent, and answers for all of them at
// once, each with what it gave or its error. A thread that reads a folder runs behind the main
// thread, which serves, from before it loads the parser: started ahead, it loads it while the
// main thread loads its own.
if ((workerData as { behindServing?: boolean } | null)?.behindServing !== false) runBehindServing();
const { readFiling } = await import('./read-filing.js');

parentPort?.on('message', (requests: ParseRequest[]) => {
  const replies = requests.map(read);
  // The compressed bytes are moved, not copied: each has a buffer of its own.
  parentPort?.postMessage(replies, replies.flatMap((reply) => ('filing' in reply ? [reply.filing.source.packed.buffer] : [])));
});

function read({ id, bytes, file, maxBytes }: ParseRequest): ParseReply {
  try {
    return { id, filing: readFiling(bytes, file, maxBytes) };
  } catch (error) {
    return error instanceof ContentError
      ? { id, refused: { line: error.line, reason: error.reason } }
      : { id, failed: error instanceof Error ? error.message : String(error) };
  }
}
