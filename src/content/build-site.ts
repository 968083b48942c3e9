import path from 'node:path';
import type { Release } from '../release/model.js';
import type { LoadedRelease, Problem, Site } from './site.js';
import { baseSlug, slugAllocator } from './slug.js';

/** A release that will be published, before it has a slug. */
export interface Publishable {
  file: string;
  source: Uint8Array;
  release: Release;
}

/**
 * Puts a site together: slugs assigned in file-name order (so that which release gets `-2`
 * does not depend on dates), releases newest first, problems by file and line.
 */
export function buildSite(publishable: readonly Publishable[], problems: readonly Problem[]): Site {
  const inFileOrder = [...publishable].sort((a, b) => compareNames(a.file, b.file));
  const withBases = inFileOrder.map((entry) => ({
    entry,
    base: baseSlug({ date: entry.release.date, headline: entry.release.headline?.text ?? null, stem: stemOf(entry.file) }),
  }));
  const allocate = slugAllocator(withBases.map(({ base }) => base));
  const releases: LoadedRelease[] = withBases.map(({ entry, base }) => ({
    slug: allocate(base),
    file: entry.file,
    source: entry.source,
    release: entry.release,
  }));
  return Object.freeze({
    releases: Object.freeze(sortNewestFirst(releases)),
    problems: Object.freeze([...problems].sort(compareProblems)),
  });
}

/** Code point order: the same on every machine, unlike a locale's. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function stemOf(file: string): string {
  return path.basename(file, path.extname(file));
}

const headlineOrder = new Intl.Collator('en');

function sortNewestFirst(releases: LoadedRelease[]): LoadedRelease[] {
  const headlines = new Map(releases.map((entry) => [entry, entry.release.headline?.text ?? '']));
  return releases.sort((a, b) => {
    const byDate = compareDatesNewestFirst(a.release.date, b.release.date);
    if (byDate !== 0) return byDate;
    const byHeadline = headlineOrder.compare(headlines.get(a) ?? '', headlines.get(b) ?? '');
    return byHeadline !== 0 ? byHeadline : compareNames(a.file, b.file);
  });
}

function compareDatesNewestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareNames(b, a);
}

function compareProblems(a: Problem, b: Problem): number {
  return compareNames(a.file, b.file) || a.line - b.line || compareNames(a.severity, b.severity);
}
