import type { BigIntStats } from 'node:fs';
import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';

/** What the store needs to know of a folder entry. */
export interface FolderEntry {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export type FileStats = Pick<BigIntStats, 'size' | 'mtimeNs' | 'ctimeNs' | 'dev' | 'ino' | 'isFile' | 'isDirectory'>;

/**
 * The file system calls the store makes, and nothing else: the real one by default, a stand-in
 * in tests that need the system's answers a test cannot provoke (a folder that cannot be read,
 * when tests run as root).
 */
export interface ContentFileSystem {
  readdir(dir: string): Promise<FolderEntry[]>;
  /** Follows symbolic links. */
  stat(file: string): Promise<FileStats>;
  readFile(file: string): Promise<Uint8Array>;
}

/**
 * A release file is a few kilobytes, in the page cache once written: reading it at once takes
 * microseconds, where a read on libuv's threads took four trips there and back (open, size,
 * read, close), 1.6 s of CPU over ten thousand files at start-up, on cores the parser needs.
 */
export const nodeFileSystem: ContentFileSystem = {
  readdir: (dir) => readdir(dir, { withFileTypes: true }),
  stat: (file) => settled(() => statSync(file, { bigint: true })),
  readFile: (file) => settled(() => readFileSync(file)),
};

/** The call's result, or its error as a rejection, as the asynchronous calls give them. */
function settled<T>(call: () => T): Promise<T> {
  return new Promise((resolve) => {
    resolve(call());
  });
}

/** The error code of a failed system call ("ENOENT", "EACCES", ...), or "unknown error". */
export function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return 'unknown error';
}
