import path from 'node:path';
import type { Logger } from 'pino';
import type { Clock } from './clock.js';
import { ContentFolderError } from './content-folder-error.js';
import { errorCode, type ContentFileSystem } from './file-system.js';
import type { FolderWatch, WatchFolder, WatchHandlers } from './folder-watch.js';
import { listFolder } from './list-folder.js';
import { FILES_PER_TURN, nextTurn } from './next-turn.js';
import { statContentFile, stampOf } from './load.js';

export interface FollowOptions {
  dir: string;
  fs: ContentFileSystem;
  clock: Clock;
  log: Logger;
  watchFolder: WatchFolder;
  /** Quiet time after the last settled change before reading, so that a few changes read once. */
  debounceMs: number;
  /** How often a folder that cannot be read, or is taking a burst of changes, is looked at again. */
  retryMs: number;
  /** More file system events than this within a second is a burst. */
  burstEvents: number;
  /** Told of any activity in the folder, settled or not: a change may be on its way. */
  onActivity(): void;
  /** Reads these files (relative paths) again; rejects with `ContentFolderError` if the folder is unreadable. */
  refresh(files: ReadonlySet<string>): Promise<unknown>;
  /**
   * Reads the folder again: each release file whose stamp is the one given (it has held still
   * since); any other is left as it was, for the watcher to report. Rejects likewise.
   */
  reloadStill(stamps: ReadonlyMap<string, string>): Promise<unknown>;
}

export interface Following {
  /** True while the folder is being caught up with: changes are read by listing, not as reported. */
  catchingUp(): boolean;
  close(): Promise<void>;
}

/** The folder's release files with their stamps, and a signature of everything in it. */
interface Snapshot {
  stamps: Map<string, string>;
  signature: string;
}

const BURST_WINDOW_MS = 1000;

/**
 * Keeps the store in step with the folder. While all is well, each file the watcher reports
 * as settled is read again, and only those files. Two things make it stop watching and catch
 * up instead, while the last good site stays published:
 * - the folder is gone, renamed, unreadable (or the watch fails on it): logged once, then
 *   looked at every `retryMs` until it can be read again;
 * - a burst of changes (thousands of files at once), which would swamp the watcher: logged
 *   once, then the folder is listed every `retryMs` until it holds still.
 * Catching up ends with the folder holding still, the watch started again, and the folder
 * read again: each file that held still (unless its size, times and inode are those last
 * read); a file that changes meanwhile is left for the watcher to report once settled.
 */
export async function followFolder(options: FollowOptions): Promise<Following> {
  const { clock, log } = options;
  const root = path.resolve(options.dir);
  let closed = false;
  /** Read through a call: a load may close the store while this awaits. */
  const isClosed = (): boolean => closed;
  let catchingUp: Promise<void> | null = null;
  let watch: FolderWatch | null = null;
  let generation = 0;
  let pending = new Set<string>();
  let cancelDebounce: (() => void) | null = null;
  let burst = { start: Number.NEGATIVE_INFINITY, events: 0 };
  const loggedWatchErrors = new Set<string>();
  const wakers = new Set<() => void>();

  const debounce = (): void => {
    cancelDebounce?.();
    cancelDebounce = clock.setTimer(() => {
      cancelDebounce = null;
      const files = pending;
      pending = new Set();
      options.refresh(files).catch((error: unknown) => {
        if (error instanceof ContentFolderError) startCatchingUp();
        else log.error({ err: error }, 'could not read the changed files; the last good site stays published');
      });
    }, options.debounceMs);
  };

  const handlersFor = (own: number): WatchHandlers => ({
    onChange(event, changed) {
      if (own !== generation || closed) return;
      const absolute = path.resolve(changed);
      if (absolute === root && event === 'unlinkDir') {
        startCatchingUp();
        return;
      }
      if (event === 'addDir' || event === 'unlinkDir' || absolute === root) return;
      pending.add(path.relative(root, absolute).split(path.sep).join('/'));
      if (catchingUp === null) debounce();
    },
    onActivity() {
      if (own !== generation || closed) return;
      options.onActivity();
      if (catchingUp !== null) return;
      const now = clock.now();
      if (now - burst.start >= BURST_WINDOW_MS) burst = { start: now, events: 0 };
      if (++burst.events <= options.burstEvents) return;
      log.info(
        `over ${options.burstEvents} changes in the content folder within a second: it is read again once it holds still; the last good site stays published meanwhile`,
      );
      startCatchingUp();
    },
    onError(error) {
      if (own !== generation || closed) return;
      const code = errorCode(error);
      if (!loggedWatchErrors.has(code)) {
        loggedWatchErrors.add(code);
        log.error({ err: error }, `watching the content folder failed (${code}); later errors like it are not logged`);
      }
      // A refresh with nothing to read still checks that the folder can be read.
      if (catchingUp === null) debounce();
    },
  });

  const startWatching = async (): Promise<void> => {
    generation++;
    watch = await options.watchFolder(root, handlersFor(generation));
  };
  const stopWatching = async (): Promise<void> => {
    generation++;
    const stopping = watch;
    watch = null;
    await stopping?.close();
  };

  /** Waits `ms` on the clock; closing wakes every sleeper. */
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const wake = (): void => {
        wakers.delete(wake);
        cancel();
        resolve();
      };
      const cancel = clock.setTimer(wake, ms);
      wakers.add(wake);
    });

  /** Every release file with its stamp, and every other file: enough to tell whether anything moved. */
  const snapshot = async (): Promise<Snapshot> => {
    const listing = await listFolder(options.fs, root);
    const stamps = new Map<string, string>();
    for (const [index, file] of listing.files.entries()) {
      const stats = await statContentFile(options.fs, root, file).catch(() => null);
      stamps.set(file, stats === null ? '-' : stampOf(stats));
      if (index % FILES_PER_TURN === FILES_PER_TURN - 1) await nextTurn();
    }
    const signature = [
      ...listing.files.map((file) => `${file}\t${stamps.get(file) ?? ''}`),
      ...listing.ignored.map(({ file }) => file),
      ...listing.unreadable.map(({ folder }) => `${folder}/`),
    ].join('\n');
    return { stamps, signature };
  };

  const stillSnapshot = async (): Promise<Snapshot> => {
    let before = await snapshot();
    for (;;) {
      await sleep(options.retryMs);
      if (isClosed()) return before;
      const after = await snapshot();
      if (after.signature === before.signature) return after;
      before = after;
    }
  };

  /** `faulted`: the fault that started this catch-up has been logged already. */
  const catchUp = async (faulted: boolean): Promise<void> => {
    await stopWatching();
    while (!closed) {
      try {
        const still = await stillSnapshot();
        if (isClosed()) return;
        await startWatching();
        // What changed before the watch was in place would go unreported: wait again.
        if ((await snapshot()).signature !== still.signature) {
          await stopWatching();
          continue;
        }
        await options.reloadStill(still.stamps);
        break;
      } catch (error) {
        await stopWatching();
        if (!faulted) logFault(error);
        faulted = true;
        await sleep(options.retryMs);
      }
    }
    if (isClosed()) return;
    log.info(faulted ? `the content folder ${root} can be read again: its releases were read again` : 'the content folder holds still again: its releases were read again');
  };

  const logFault = (error: unknown): void => {
    const retry = `the last good site stays published; looking again every ${options.retryMs / 1000} s`;
    if (error instanceof ContentFolderError) log.error({ code: error.code }, `${error.message}: ${retry}`);
    else log.error({ err: error }, `could not read or watch the content folder ${root}: ${retry}`);
  };

  function startCatchingUp(faulted = false): void {
    if (catchingUp !== null || closed) return;
    cancelDebounce?.();
    cancelDebounce = null;
    pending = new Set();
    catchingUp = catchUp(faulted).finally(() => {
      catchingUp = null;
      burst = { start: Number.NEGATIVE_INFINITY, events: 0 };
      if (pending.size > 0 && !closed) debounce();
    });
  }

  try {
    await startWatching();
  } catch (error) {
    // Cannot watch yet (out of inotify watches, say): the folder is read and looked at again every `retryMs`.
    logFault(error);
    startCatchingUp(true);
  }
  return {
    catchingUp: () => catchingUp !== null,
    async close() {
      closed = true;
      cancelDebounce?.();
      for (const wake of [...wakers]) wake();
      await catchingUp;
      await stopWatching();
    },
  };
}
