import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The lowest priority a thread can have: it runs whenever a core would otherwise be idle. */
export const BACKGROUND_NICENESS = 19;

/**
 * Puts the calling thread behind every other thread of the process, for threads whose work
 * can wait (parsing at start-up) beside a main thread that answers requests. On two cores, two
 * parse threads at the main thread's priority left it waiting for a core: its event loop's p99
 * delay while ten thousand releases loaded was 74-90 ms, and 47-50 ms with the parse threads
 * behind it, loading as fast.
 *
 * Only Linux gives each thread its own priority (by its thread id, read from
 * /proc/thread-self); elsewhere the call would lower the whole process, so the thread keeps
 * the process's priority. Returns whether the priority was lowered.
 */
export function runBehindServing(platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return false;
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    setPriority(threadId, BACKGROUND_NICENESS);
    return true;
  } catch {
    // No /proc mounted (some sandboxes): the thread works at the process's priority, as elsewhere.
    return false;
  }
}
