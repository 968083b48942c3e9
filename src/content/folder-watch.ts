import path from 'node:path';
import { subscribe } from '@parcel/watcher';
import { ContentFolderError } from './content-folder-error.js';
import { nodeFileSystem } from './file-system.js';
import { fullPath, isHidden, listFolder } from './list-folder.js';
import { WriteSettling } from './write-settling.js';

export type WatchEvent = 'add' | 'change' | 'unlink' | 'addDir' | 'unlinkDir';

export interface WatchHandlers {
  /**
   * A file or folder (absolute path) was added or changed, and has settled, or was removed. A
   * folder removed or renamed away may be reported alone, without the files it held.
   */
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
 * Watches with @parcel/watcher: one native watch per folder (inotify on Linux), none per file,
 * so that ten thousand files cost a few megabytes and a tenth of a second to watch, where a
 * watch per file cost 70 MB and two seconds of CPU. An addition or change is reported only once
 * the file's size and modification time have held still for `settleMs`, so a file being written
 * is not read half-way, whatever else changes meanwhile. A folder that appears (made, or moved
 * in whole) is listed and each file in it reported as added: it may have filled before its
 * watch was in place. Dot files and folders are not watched.
 */
export function parcelWatch(settleMs: number): WatchFolder {
  return async (dir, handlers) => {
    const root = path.resolve(dir);
    /** Paths settling, each with what its first event made of it: an addition, or a change. */
    const settlingAs = new Map<string, 'add' | 'change'>();
    const settling = new WriteSettling(settleMs, Math.max(10, Math.min(50, settleMs / 4)), (changed, kind) => {
      const event = settlingAs.get(changed) ?? 'add';
      settlingAs.delete(changed);
      if (kind === 'file') handlers.onChange(event, changed);
      else void reportFolder(changed);
    });
    const reportFolder = async (folder: string): Promise<void> => {
      handlers.onChange('addDir', folder);
      try {
        const listing = await listFolder(nodeFileSystem, folder);
        for (const file of [...listing.files, ...listing.ignored.map((item) => item.file)]) settling.add(fullPath(folder, file));
      } catch (error) {
        // Gone again already: its removal is reported.
        if (!(error instanceof ContentFolderError && error.code === 'ENOENT')) handlers.onError(error);
      }
    };
    const subscription = await subscribe(
      root,
      (error, events) => {
        if (error !== null) {
          handlers.onError(error);
          return;
        }
        for (const event of events) {
          handlers.onActivity();
          if (isHiddenWithin(root, event.path)) continue;
          if (event.type !== 'delete') {
            if (!settlingAs.has(event.path)) settlingAs.set(event.path, event.type === 'create' ? 'add' : 'change');
            settling.add(event.path);
            continue;
          }
          settlingAs.delete(event.path);
          settling.forget(event.path);
          handlers.onChange(event.path === root ? 'unlinkDir' : 'unlink', event.path);
        }
      },
      { ignore: ['**/.*'] },
    );
    return {
      close: async () => {
        settling.close();
        // Once a watched subfolder has moved away, removing its inotify watch fails with EINVAL
        // (parcel-bundler/watcher#129): the watch is gone all the same.
        await subscription.unsubscribe().catch(() => undefined);
      },
    };
  };
}

/** Whether a path under `root` is, or is inside, a dot file or folder. */
function isHiddenWithin(root: string, changed: string): boolean {
  return path.relative(root, changed).split(path.sep).some(isHidden);
}
