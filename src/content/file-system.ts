import type { BigIntStats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';

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

export const nodeFileSystem: ContentFileSystem = {
  readdir: (dir) => readdir(dir, { withFileTypes: true }),
  stat: (file) => stat(file, { bigint: true }),
  readFile: (file) => readFile(file),
};

/** The error code of a failed system call ("ENOENT", "EACCES", ...), or "unknown error". */
export function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return 'unknown error';
}
