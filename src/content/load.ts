import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../release/content-error.js';
import { decodeFiling } from '../release/lines/decode.js';
import type { Release, Warning } from '../release/model.js';
import { parseRelease } from '../release/parse.js';
import { buildSite, compareNames, type Publishable } from './build-site.js';
import type { Problem, Site } from './site.js';

export type ParseRelease = (text: string, file: string) => Release;

export interface LoadOptions {
  /** Files larger than this are refused without being read. */
  maxFileBytes: number;
  /** Reads the decoded text; the filing parser unless a test stands in for it. */
  parse?: ParseRelease;
}

/** What one file gave when it was last read. */
export type FileOutcome =
  | { kind: 'release'; file: string; stamp: string; source: Uint8Array; release: Release; warnings: readonly Problem[] }
  | { kind: 'refused'; file: string; stamp: string; problem: Problem };

/** Files are read a batch at a time so that a large folder does not run out of descriptors. */
const BATCH_SIZE = 64;

/** Reads every release in the folder and reports every file that cannot be published. */
export async function loadSite(dir: string, options: LoadOptions): Promise<Site> {
  const publishable: Publishable[] = [];
  const problems: Problem[] = [];
  for (const outcome of (await loadFiles(dir, options)).values()) {
    if (outcome.kind === 'release') {
      publishable.push(outcome);
      problems.push(...outcome.warnings);
    } else {
      problems.push(outcome.problem);
    }
  }
  return buildSite(publishable, problems);
}

/**
 * Reads the folder's filings in file-name order. A file whose size, times and inode are those
 * recorded in `previous` is not read again: its earlier outcome is reused as is (the same
 * object), which also tells the caller nothing changed.
 */
export async function loadFiles(
  dir: string,
  options: LoadOptions,
  previous: ReadonlyMap<string, FileOutcome> = new Map(),
): Promise<Map<string, FileOutcome>> {
  const files = await listContentFiles(dir);
  const outcomes = new Map<string, FileOutcome>();
  for (let start = 0; start < files.length; start += BATCH_SIZE) {
    const batch = files.slice(start, start + BATCH_SIZE);
    const read = await Promise.all(batch.map((file) => readContentFile(dir, file, options, previous.get(file))));
    for (const outcome of read) if (outcome !== null) outcomes.set(outcome.file, outcome);
  }
  return outcomes;
}

/** Names of the `.txt` files at the top of the folder, dot files left out, in code point order. */
async function listContentFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: unknown) => {
    throw isMissing(error) ? new Error(`the content folder ${dir} does not exist`) : error;
  });
  return names.filter(isContentFileName).sort(compareNames);
}

export function isContentFileName(name: string): boolean {
  return name.endsWith('.txt') && !name.startsWith('.');
}

/** One file's outcome, or null when it is not a regular file (any more). */
async function readContentFile(
  dir: string,
  file: string,
  options: LoadOptions,
  previous: FileOutcome | undefined,
): Promise<FileOutcome | null> {
  const fullPath = path.join(dir, file);
  const stats = await stat(fullPath, { bigint: true }).catch(ignoreMissing);
  if (!stats?.isFile()) return null;
  const stamp = `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`;
  if (previous?.stamp === stamp) return previous;

  const refuse = (line: number, reason: string): FileOutcome => ({
    kind: 'refused', file, stamp, problem: { severity: 'error', file, line, reason },
  });
  if (stats.size > BigInt(options.maxFileBytes)) {
    return refuse(1, `file is ${stats.size} bytes, over the limit of ${options.maxFileBytes}`);
  }
  let source: Uint8Array;
  try {
    source = await readFile(fullPath);
  } catch (error) {
    if (isMissing(error)) return null;
    return refuse(1, `cannot read the file (${errorCode(error)})`);
  }
  try {
    const { text, warnings: decodeWarnings } = decodeFiling(source, file, options.maxFileBytes);
    const release = (options.parse ?? parseRelease)(text, file);
    const warnings = [...decodeWarnings, ...release.warnings].map((warning) => asProblem(file, warning));
    return { kind: 'release', file, stamp, source, release, warnings };
  } catch (error) {
    if (error instanceof ContentError) return refuse(error.line, error.reason);
    // A fault in the parser must cost one file, not the whole site.
    return refuse(1, `the filing could not be parsed (${error instanceof Error ? error.message : String(error)})`);
  }
}

function asProblem(file: string, warning: Warning): Problem {
  return { severity: 'warning', file, line: warning.line, reason: warning.reason };
}

function ignoreMissing(error: unknown): null {
  if (isMissing(error)) return null;
  throw error;
}

function isMissing(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}

function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return 'unknown error';
}
