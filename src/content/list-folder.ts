import path from 'node:path';
import { ContentFolderError } from './content-folder-error.js';
import { errorCode, type ContentFileSystem } from './file-system.js';
import type { IgnoredFile } from './site.js';

/** What the content folder holds, by path relative to it with `/` between folders. */
export interface FolderListing {
  /** Release files, in code point order. */
  files: string[];
  /** Everything else but dot files, in code point order. */
  ignored: IgnoredFile[];
  /** Subfolders that could not be listed, with the system's error code. */
  unreadable: { folder: string; code: string }[];
}

const RELEASE_FILE = /\.txt$/i;

/** Release files are named `*.txt`, in any case; names starting with a dot are left alone. */
export function isReleaseFileName(name: string): boolean {
  return RELEASE_FILE.test(name) && !isHidden(name);
}

/** Dot files and folders (`.git`, `.DS_Store`, an editor's or a safe upload's temporary file). */
export function isHidden(name: string): boolean {
  return name.startsWith('.');
}

/** Where a path relative to the content folder is. */
export function fullPath(dir: string, file: string): string {
  return path.join(dir, ...file.split('/'));
}

/**
 * Lists the folder and its subfolders. Links to files count as files; links to folders are
 * not followed, so the listing stays inside the folder and cannot loop. Throws
 * `ContentFolderError` when the folder itself cannot be listed.
 */
export async function listFolder(fs: ContentFileSystem, dir: string): Promise<FolderListing> {
  const listing: FolderListing = { files: [], ignored: [], unreadable: [] };
  await listInto(fs, dir, '', listing);
  listing.files.sort(compareNames);
  listing.ignored.sort((a, b) => compareNames(a.file, b.file));
  listing.unreadable.sort((a, b) => compareNames(a.folder, b.folder));
  return listing;
}

async function listInto(fs: ContentFileSystem, dir: string, folder: string, listing: FolderListing): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(fullPath(dir, folder));
  } catch (error) {
    const code = errorCode(error);
    if (folder === '') throw new ContentFolderError(dir, code);
    // A subfolder deleted while it was being listed has nothing to list.
    if (code !== 'ENOENT') listing.unreadable.push({ folder, code });
    return;
  }
  for (const entry of entries) {
    if (isHidden(entry.name)) continue;
    const file = folder === '' ? entry.name : `${folder}/${entry.name}`;
    const kind = entry.isSymbolicLink() ? await linkKind(fs, fullPath(dir, file)) : entryKind(entry);
    if (kind === 'folder') await listInto(fs, dir, file, listing);
    else if (kind === 'file' && isReleaseFileName(entry.name)) listing.files.push(file);
    else listing.ignored.push({ file, reason: ignoredReason(kind) });
  }
}

type EntryKind = 'file' | 'folder' | 'folder link' | 'other';

function entryKind(entry: { isFile(): boolean; isDirectory(): boolean }): EntryKind {
  if (entry.isFile()) return 'file';
  return entry.isDirectory() ? 'folder' : 'other';
}

async function linkKind(fs: ContentFileSystem, target: string): Promise<EntryKind> {
  try {
    const stats = await fs.stat(target);
    if (stats.isFile()) return 'file';
    return stats.isDirectory() ? 'folder link' : 'other';
  } catch {
    // A link to nothing, or to what cannot be seen: not a release either way.
    return 'other';
  }
}

function ignoredReason(kind: EntryKind): string {
  if (kind === 'file') return 'not a .txt file';
  if (kind === 'folder link') return 'a link to a folder, not followed';
  return 'not a regular file';
}

/** Code point order: the same on every machine, unlike a locale's. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
