import path from 'node:path';
import type { WatchEvent, WatchFolder, WatchHandlers } from '../../src/content/folder-watch.js';

/** Stands in for chokidar: the test says what the watcher reports, and when. */
export class FakeWatch {
  #dir = '';
  #handlers: WatchHandlers | null = null;
  /** How many times watching started. */
  starts = 0;

  readonly watchFolder: WatchFolder = (dir, handlers) => {
    this.#dir = dir;
    this.#handlers = handlers;
    this.starts++;
    return Promise.resolve({
      close: () => {
        if (this.#handlers === handlers) this.#handlers = null;
        return Promise.resolve();
      },
    });
  };

  get watching(): boolean {
    return this.#handlers !== null;
  }

  /** Reports a settled change to a path relative to the folder ('' for the folder itself). */
  report(event: WatchEvent, file: string): void {
    this.#handlers?.onChange(event, file === '' ? this.#dir : path.join(this.#dir, ...file.split('/')));
  }

  activity(times: number): void {
    for (let i = 0; i < times; i++) this.#handlers?.onActivity();
  }

  error(error: Error): void {
    this.#handlers?.onError(error);
  }
}
