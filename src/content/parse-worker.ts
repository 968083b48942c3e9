import { parentPort } from 'node:worker_threads';
import { runBehindServing } from '../process/background-priority.js';
import { ContentError } from '../release/content-error.js';
import { parseRelease } from '../release/parse.js';
import type { ParseReply, ParseRequest } from './parse-pool.js';

// One thread of the parse pool: parses each filing it is sent, and answers for all of them at
// once, each with its release or its error. It runs behind the main thread, which serves.
runBehindServing();
parentPort?.on('message', (requests: ParseRequest[]) => {
  parentPort?.postMessage(requests.map(parse));
});

function parse({ id, text, file }: ParseRequest): ParseReply {
  try {
    return { id, release: parseRelease(text, file) };
  } catch (error) {
    return error instanceof ContentError
      ? { id, refused: { line: error.line, reason: error.reason } }
      : { id, failed: error instanceof Error ? error.message : String(error) };
  }
}
