import path from 'node:path';
import { loadSite } from './load.js';

export interface CheckResult {
  /** One line per problem, `file:line: severity: reason`, then a summary line. */
  output: string;
  /** 1 when any file cannot be published, else 0. */
  exitCode: 0 | 1;
}

export interface CheckOptions {
  maxFileBytes: number;
  /** How the folder is named in the output, e.g. as the user typed it; defaults to `dir`. */
  displayDir?: string;
  /** Told how many files have been read so far, of how many. */
  onProgress?: (done: number, total: number) => void;
}

/** Reads the folder exactly as the server would and says what is wrong with it. */
export async function checkContent(dir: string, options: CheckOptions): Promise<CheckResult> {
  const { maxFileBytes, onProgress } = options;
  const site = await loadSite(dir, onProgress === undefined ? { maxFileBytes } : { maxFileBytes, onProgress });
  const shownDir = options.displayDir ?? dir;
  const lines = site.problems.map(
    (problem) => `${path.join(shownDir, problem.file)}:${problem.line}: ${problem.severity}: ${problem.reason}`,
  );
  const errors = site.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = site.problems.length - errors;
  lines.push(
    `${count(site.releases.length, 'release')} ready to publish, ${count(errors, 'error')}, ${count(warnings, 'warning')}`,
  );
  return { output: lines.map((line) => `${line}\n`).join(''), exitCode: errors > 0 ? 1 : 0 };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
