import { stat } from 'node:fs/promises';

/** What a path turned out to be once looked at. */
export type Settled = 'file' | 'folder';

interface Looking {
  timer: NodeJS.Timeout | null;
}

/**
 * Tells when files being written have held still: a file is reported once its size and
 * modification time have stayed the same for `settleMs`, looked at every `pollMs`. A folder is
 * reported as soon as it is seen; a path that is gone is dropped (its removal is news of its own).
 */
export class WriteSettling {
  readonly #settleMs: number;
  readonly #pollMs: number;
  readonly #onSettled: (path: string, kind: Settled) => void;
  /** Paths being looked at, each with its next look's timer once one is set. */
  readonly #waiting = new Map<string, Looking>();
  #closed = false;

  constructor(settleMs: number, pollMs: number, onSettled: (path: string, kind: Settled) => void) {
    this.#settleMs = settleMs;
    this.#pollMs = pollMs;
    this.#onSettled = onSettled;
  }

  /** Starts looking at `path`; one already looked at goes on as it was (a write moves its clock on). */
  add(path: string): void {
    if (this.#closed || this.#waiting.has(path)) return;
    const looking: Looking = { timer: null };
    this.#waiting.set(path, looking);
    void this.#look(path, looking, '', 0);
  }

  /** Stops looking at `path`. */
  forget(path: string): void {
    const looking = this.#waiting.get(path);
    if (looking?.timer != null) clearTimeout(looking.timer);
    this.#waiting.delete(path);
  }

  close(): void {
    this.#closed = true;
    for (const path of [...this.#waiting.keys()]) this.forget(path);
  }

  async #look(path: string, looking: Looking, last: string, since: number): Promise<void> {
    const stats = await stat(path).catch(() => null);
    // Forgotten (and perhaps added again) or closed while the look was under way.
    if (this.#waiting.get(path) !== looking) return;
    if (stats === null || stats.isDirectory()) {
      this.forget(path);
      if (stats !== null) this.#onSettled(path, 'folder');
      return;
    }
    const now = Date.now();
    const stamp = `${stats.size}:${stats.mtimeMs}`;
    if (stamp !== last) {
      last = stamp;
      since = now;
    } else if (now - since >= this.#settleMs) {
      this.forget(path);
      this.#onSettled(path, 'file');
      return;
    }
    looking.timer = setTimeout(() => void this.#look(path, looking, last, since), this.#pollMs);
  }
}
