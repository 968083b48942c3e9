/** Lets the event loop answer what is waiting before going on. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Files looked at (stat, and read if changed) between two turns of the event loop: the calls are
 * synchronous (see `nodeFileSystem`), and a folder of ten thousand unchanged files would
 * otherwise be gone over in one piece of 50 to 100 ms.
 */
export const FILES_PER_TURN = 128;
