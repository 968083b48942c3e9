import path from 'node:path';
import type { Clock } from './clock.js';
import { loadSite } from './load.js';
import { problemText } from './store-log.js';

export interface CheckResult {
  /**
   * One line per problem (`file:line: severity: reason`), per release under embargo
   * (`file: scheduled: ...`) and per file that is not a release (`file: ignored: reason`),
   * then a summary line.
   */
  output: string;
  /** 1 when any file cannot be published, else 0. */
  exitCode: 0 | 1;
}

export interface CheckOptions {
  maxFileBytes: number;
  /** How the folder is named in the output, e.g. as the user typed it; defaults to `dir`. */
  displayDir?: string;
  /** Tells which embargoes have ended; the system clock by default. */
  clock?: Clock;
  /** Told how many files have been read so far, of how many. */
  onProgress?: (done: number, total: number) => void;
}

/** Reads the folder exactly as the server would and says what is wrong with it. */
export async function checkContent(dir: string, options: CheckOptions): Promise<CheckResult> {
  const { maxFileBytes, clock, onProgress } = options;
  const site = await loadSite(dir, { maxFileBytes, ...(clock && { clock }), ...(onProgress && { onProgress }) });
  const shown = (file: string): string => path.join(options.displayDir ?? dir, file);
  const lines = site.problems.map((problem) => problemText({ ...problem, reason: `${problem.severity}: ${problem.reason}` }, shown(problem.file)));
  for (const { file, slug, publishAt } of site.scheduled) {
    const utc = new Date(publishAt.epochMs).toISOString();
    lines.push(`${shown(file)}: scheduled: under embargo until ${publishAt.iso} (${utc}), then published as "${slug}"`);
  }
  for (const { file, reason } of site.ignored) lines.push(`${shown(file)}: ignored: ${reason}`);
  const errors = site.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = site.problems.length - errors;
  lines.push(
    [
      `${count(site.releases.length, 'release')} ready to publish`,
      `${site.scheduled.length} scheduled`,
      count(errors, 'error'),
      count(warnings, 'warning'),
      `${count(site.ignored.length, 'file')} ignored`,
    ].join(', '),
  );
  return { output: lines.map((line) => `${line}\n`).join(''), exitCode: errors > 0 ? 1 : 0 };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
