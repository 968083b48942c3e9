import type { Logger } from 'pino';
import type { FilesChange } from './release-files.js';
import type { Problem, Site } from './site.js';
import type { SlugChange } from './slug-ledger.js';

/** `file:line: reason`, or `file: reason` for a problem with no line. */
export function problemText(problem: Problem, file: string = problem.file): string {
  return problem.line > 0 ? `${file}:${problem.line}: ${problem.reason}` : `${file}: ${problem.reason}`;
}

/**
 * Logs what a load changed, each thing once: problems of files read again and problems that
 * are new, files gone, slug changes, files newly ignored, releases newly scheduled.
 */
export function logLoad(log: Logger, before: Site, after: Site, files: FilesChange, slugChanges: readonly SlugChange[]): void {
  const known = new Set(before.problems.map((problem) => problemText(problem)));
  for (const problem of after.problems) {
    const text = problemText(problem);
    if (!files.reread.has(problem.file) && known.has(text)) continue;
    const fields = { file: problem.file, line: problem.line };
    if (problem.severity === 'error') log.error(fields, text);
    else log.warn(fields, text);
  }
  for (const file of files.removed) log.info({ file }, `${file}: release file removed`);
  for (const change of slugChanges) {
    const fields = { file: change.file, from: change.from, to: change.to };
    if (change.aliased) {
      log.info(fields, `${change.file}: slug changed from "${change.from}" to "${change.to}"; its alias keeps "${change.from}" redirecting`);
    } else {
      log.warn(
        fields,
        `${change.file}: slug changed from "${change.from}" to "${change.to}"; "${change.from}" redirects to it until the server restarts: add "${change.from}" to the release's aliases in its front matter to keep the old URL for good`,
      );
    }
  }
  const ignoredBefore = new Set(before.ignored.map(({ file }) => file));
  for (const { file, reason } of after.ignored) {
    if (!ignoredBefore.has(file)) log.info({ file }, `${file}: ignored (${reason})`);
  }
  const scheduledBefore = new Set(before.scheduled.map(({ file, publishAt }) => `${file}\t${publishAt.epochMs}`));
  for (const { file, slug, publishAt } of after.scheduled) {
    if (scheduledBefore.has(`${file}\t${publishAt.epochMs}`)) continue;
    log.info({ file, slug, publishAt: publishAt.iso }, `${file}: under embargo until ${publishAt.iso}, then published as "${slug}"`);
  }
  log.info(
    { releases: after.releases.length, scheduled: after.scheduled.length, problems: after.problems.length },
    `content loaded: ${after.releases.length} releases published, ${after.scheduled.length} scheduled`,
  );
}

/** Logs each release whose embargo has just ended. */
export function logPublished(log: Logger, before: Site, after: Site): void {
  const earlier = new Set(before.releases.map(({ slug }) => slug));
  for (const { slug, file, meta } of after.releases) {
    if (earlier.has(slug)) continue;
    log.info({ file, slug }, `${file}: published as "${slug}" on schedule (${meta.publishAt?.iso ?? 'now'})`);
  }
}

/** At start-up: when the next embargo ends, so that an operator can see a wrong clock coming. */
export function logNextPublication(log: Logger, site: Site): void {
  const [next] = site.scheduled;
  if (next === undefined) return;
  const utc = new Date(next.publishAt.epochMs).toISOString();
  log.info(
    { file: next.file, slug: next.slug, publishAt: next.publishAt.iso, scheduled: site.scheduled.length },
    `next scheduled publication: ${next.file} at ${next.publishAt.iso} (${utc}; this machine's clock says ${new Date(site.asOf).toISOString()}); ${site.scheduled.length} scheduled in all`,
  );
}
