import { parentPort } from 'node:worker_threads';
import { ContentError } from '../release/content-error.js';
import { parseRelease } from '../release/parse.js';
import type { ParseReply, ParseRequest } from './parse-pool.js';

// One thread of the parse pool: parses what it is sent, replies with the release or the error.
parentPort?.on('message', ({ id, text, file }: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id, release: parseRelease(text, file) };
  } catch (error) {
    reply = error instanceof ContentError
      ? { id, refused: { line: error.line, reason: error.reason } }
      : { id, failed: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
