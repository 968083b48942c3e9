import path from 'node:path';
import { watch } from 'chokidar';
import { isHidden } from './list-folder.js';

const WATCH_EVENTS = ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const;
export type WatchEvent = (typeof WATCH_EVENTS)[number];

export interface WatchHandlers {
  /** A file or folder (absolute path) was added or changed, and has settled, or was removed. */
  onChange(event: WatchEvent, changed: string): void;
  /** Anything at all happened in the folder, settled or not: how a burst is told. */
  onActivity(): void;
  onError(error: unknown): void;
}

export interface FolderWatch {
  close(): Promise<void>;
}

/** Starts watching `dir` and its subfolders; resolves once the watch is in place. */
export type WatchFolder = (dir: string, handlers: WatchHandlers) => Promise<FolderWatch>;

/**
 * Watches with chokidar. An addition or change is reported only once the file's size has held
 * still for `settleMs` (chokidar's `awaitWriteFinish`), so a file being written is not read
 * half-way, whatever else changes meanwhile. Dot files and folders are not watched.
 */
export function chokidarWatch(settleMs: number): WatchFolder {
  return async (dir, handlers) => {
    const watcher = watch(dir, {
      ignoreInitial: true,
      followSymlinks: false,
      ignored: (candidate) => candidate !== dir && isHidden(path.basename(candidate)),
      awaitWriteFinish: { stabilityThreshold: settleMs, pollInterval: Math.max(10, Math.min(50, settleMs / 4)) },
    });
    watcher.on('all', (event, changed) => {
      if (isWatchEvent(event)) handlers.onChange(event, changed);
    });
    watcher.on('raw', () => {
      handlers.onActivity();
    });
    watcher.on('error', (error) => {
      handlers.onError(error);
    });
    await new Promise<void>((resolve) => watcher.once('ready', resolve));
    return { close: () => watcher.close() };
  };
}

function isWatchEvent(event: string): event is WatchEvent {
  return (WATCH_EVENTS as readonly string[]).includes(event);
}
