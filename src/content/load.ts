import { availableParallelism } from 'node:os';
import { ContentError } from '../release/content-error.js';
import type { Release, Warning } from '../release/model.js';
import { FiledBytes } from './filed-bytes.js';
import { buildCatalogue, FRESH_MEMORY, siteAt, type CatalogueEntry } from './catalogue.js';
import { systemClock, type Clock } from './clock.js';
import { errorCode, nodeFileSystem, type ContentFileSystem, type FileStats } from './file-system.js';
import { NO_FRONT_MATTER, type FrontMatter } from './front-matter/read.js';
import { withLeanInlining } from './lean-inlining.js';
import { FILES_PER_TURN, nextTurn } from './next-turn.js';
import { openParsePool, type ParsePool } from './parse-pool.js';
import { PARSE_POOL_THRESHOLD, startParseWorker, type ParseThreads } from './parse-threads.js';
import { readFiling, type Filing, type ParseRelease } from './read-filing.js';
import { releaseMeta } from './release-meta.js';
import { fullPath, listFolder } from './list-folder.js';
import type { IgnoredFile, Problem, ReleaseMeta, Site } from './site.js';

export type { ParseRelease } from './read-filing.js';

export interface LoadOptions {
  /** Files larger than this are refused without being read. */
  maxFileBytes: number;
  /** Reads the decoded text, on this thread; the filing parser unless a test stands in for it. */
  parse?: ParseRelease;
  /** Reads files' bytes on other threads: the parse pool the load opens, or one kept for edits. */
  pool?: ParsePool;
  /** Threads started ahead, taken by the parse pool a load opens before it starts any. */
  threads?: ParseThreads;
  /** The real file system unless a test stands in for it. */
  fs?: ContentFileSystem;
  /** Decides which releases are past their embargo; the system clock by default. */
  clock?: Clock;
  /** Told after each batch how many of the folder's files have been read so far, of how many. */
  onProgress?: (done: number, total: number) => void;
}

interface FileVersion {
  /** Path relative to the content folder. */
  file: string;
  /** Size, times and inode: when they are unchanged, so is the file. */
  stamp: string;
  /** What a rename keeps: the file system entry, its size and modification time. */
  renameKey: string;
}

/** What one file gave when it was last read. */
export type FileOutcome =
  | (FileVersion & {
      kind: 'release';
      /** The filing as filed: the file's bytes after its front matter. */
      source: FiledBytes;
      release: Release;
      frontMatter: FrontMatter;
      /** Read once per version of the file, so that an unchanged file keeps the same object. */
      meta: ReleaseMeta;
      /** When the file was last modified: the release's Last-Modified. */
      modified: Date;
      warnings: readonly Problem[];
    })
  | (FileVersion & { kind: 'refused'; problem: Problem });

/**
 * Says whether a changed file may be read now, given its stamp; one that may not is left as
 * it was last read (or unread, if new).
 */
export type ReadNow = (file: string, stamp: string) => boolean;

/** What a read of the whole folder found. */
export interface FolderScan {
  outcomes: Map<string, FileOutcome>;
  ignored: IgnoredFile[];
  /** Subfolders that could not be listed: what was read from them before is kept. */
  unreadable: { folder: string; code: string }[];
}

/**
 * Files read at once: few enough that a large folder does not run out of descriptors, enough
 * that the parse threads never wait for the next file (each read starts as another ends).
 */
const READING_AT_ONCE = 64;
/** Progress is told every this many files read. */
const PROGRESS_EVERY = 64;

/** Reads every release in the folder and gives the site as it is now. */
export async function loadSite(dir: string, options: LoadOptions): Promise<Site> {
  const scan = await loadFiles(dir, options);
  const entries: CatalogueEntry[] = [];
  const problems: Problem[] = folderProblems(scan);
  for (const outcome of scan.outcomes.values()) {
    if (outcome.kind === 'release') {
      entries.push({ identity: entries.length, ...outcome });
      problems.push(...outcome.warnings);
    } else {
      problems.push(outcome.problem);
    }
  }
  const { catalogue } = buildCatalogue(entries, problems, scan.ignored, FRESH_MEMORY, new Set());
  return siteAt(catalogue, (options.clock ?? systemClock).now());
}

/** A problem for each subfolder that could not be listed. */
export function folderProblems(scan: Pick<FolderScan, 'unreadable'>): Problem[] {
  return scan.unreadable.map(({ folder, code }) => ({
    severity: 'warning',
    file: `${folder}/`,
    line: 0,
    reason: `the folder cannot be read (${code}); releases read from it before stay as they were`,
  }));
}

/**
 * Reads the folder's release files in path order. A file whose size, times and inode are those
 * recorded in `previous` is not read again: its earlier outcome is reused as is (the same
 * object), which also tells the caller nothing changed. Throws `ContentFolderError` when the
 * folder cannot be listed.
 */
export async function loadFiles(
  dir: string,
  options: LoadOptions,
  previous: ReadonlyMap<string, FileOutcome> = new Map(),
  readNow?: ReadNow,
): Promise<FolderScan> {
  const listing = await listFolder(options.fs ?? nodeFileSystem, dir);
  const outcomes = await readFiles(dir, listing.files, options, previous, readNow);
  for (const [file, outcome] of previous) {
    if (!outcomes.has(file) && listing.unreadable.some(({ folder }) => file.startsWith(`${folder}/`))) {
      outcomes.set(file, outcome);
    }
  }
  return { outcomes, ignored: listing.ignored, unreadable: listing.unreadable };
}

/**
 * Reads the given release files (paths relative to the folder); a file that is gone, or is not
 * a regular file, has no outcome. Unchanged files give their `previous` outcome back.
 */
export async function readFiles(
  dir: string,
  files: readonly string[],
  options: LoadOptions,
  previous: ReadonlyMap<string, FileOutcome> = new Map(),
  readNow: ReadNow = () => true,
): Promise<Map<string, FileOutcome>> {
  const unread = files.filter((file) => !previous.has(file)).length;
  const pooled = options.parse === undefined && options.pool === undefined && unread >= PARSE_POOL_THRESHOLD;
  const pool = pooled ? openParsePool(availableParallelism(), () => options.threads?.take() ?? startParseWorker()) : null;
  const reading: LoadOptions = pool === null ? options : { ...options, pool };
  const read: (FileOutcome | null)[] = [];
  let next = 0;
  let done = 0;
  // Every reader waits here: the one that reaches the count lets the event loop turn for all.
  let turn: Promise<void> = Promise.resolve();
  const readOneAfterAnother = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const file = files[index] ?? '';
      read[index] = await readContentFile(dir, file, reading, previous.get(file), readNow);
      done += 1;
      if (done % PROGRESS_EVERY === 0 || done === files.length) options.onProgress?.(done, files.length);
      if (done % FILES_PER_TURN === 0) turn = nextTurn();
      await turn;
    }
  };
  const readAll = (): Promise<unknown> => Promise.all(Array.from({ length: Math.min(READING_AT_ONCE, files.length) }, readOneAfterAnother));
  try {
    await (pool === null ? readAll() : withLeanInlining(readAll));
  } finally {
    await pool?.close();
  }
  const outcomes = new Map<string, FileOutcome>();
  for (const outcome of read) if (outcome != null) outcomes.set(outcome.file, outcome);
  return outcomes;
}

/** The stamp a file would have now, or null when it is not a regular file (any more). */
export async function statContentFile(fs: ContentFileSystem, dir: string, file: string): Promise<FileStats | null> {
  try {
    const stats = await fs.stat(fullPath(dir, file));
    return stats.isFile() ? stats : null;
  } catch (error) {
    if (isGone(error)) return null;
    throw error;
  }
}

export function stampOf(stats: FileStats): string {
  return `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.dev}:${stats.ino}`;
}

async function readContentFile(
  dir: string,
  file: string,
  options: LoadOptions,
  previous: FileOutcome | undefined,
  readNow: ReadNow,
): Promise<FileOutcome | null> {
  const fs = options.fs ?? nodeFileSystem;
  const refuse = (version: FileVersion, line: number, reason: string): FileOutcome => ({
    kind: 'refused', ...version, problem: { severity: 'error', file, line, reason },
  });
  let stats: FileStats | null;
  try {
    stats = await statContentFile(fs, dir, file);
  } catch (error) {
    return refuse({ file, stamp: '', renameKey: '' }, 1, `cannot read the file (${errorCode(error)})`);
  }
  if (stats === null) return null;
  const version = { file, stamp: stampOf(stats), renameKey: `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}` };
  if (previous?.stamp === version.stamp) return previous;
  if (!readNow(file, version.stamp)) return previous ?? null;

  if (stats.size > BigInt(options.maxFileBytes)) {
    return refuse(version, 1, `file is ${stats.size} bytes, over the limit of ${options.maxFileBytes}`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(fullPath(dir, file));
  } catch (error) {
    if (isGone(error)) return null;
    return refuse(version, 1, `cannot read the file (${errorCode(error)})`);
  }
  try {
    const filing = await readBytes(bytes, file, options);
    const warnings = filing.warnings.map((warning) => asProblem(file, warning));
    const { release } = filing;
    const frontMatter = filing.frontMatter ?? NO_FRONT_MATTER;
    const meta = releaseMeta(release, frontMatter);
    const modified = new Date(Number(stats.mtimeNs / 1_000_000n));
    return { kind: 'release', ...version, source: new FiledBytes(filing.source), release, frontMatter, meta, modified, warnings };
  } catch (error) {
    if (error instanceof ContentError) return refuse(version, error.line, error.reason);
    // A fault in the parser must cost one file, not the whole site.
    return refuse(version, 1, `the filing could not be parsed (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** What a file's bytes give: read on the pool's threads when there is one, here otherwise. */
function readBytes(bytes: Uint8Array, file: string, options: LoadOptions): Promise<Filing> {
  if (options.pool !== undefined) return options.pool.read(bytes, file, options.maxFileBytes);
  return new Promise((resolve) => {
    resolve(readFiling(bytes, file, options.maxFileBytes, options.parse));
  });
}

function asProblem(file: string, warning: Warning): Problem {
  return { severity: 'warning', file, line: warning.line, reason: warning.reason };
}

/** Deleted, or a folder now where the file was. */
function isGone(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}
