import path from 'node:path';
import type { Release } from '../release/model.js';
import type { FrontMatter } from './front-matter/read.js';
import { compareNames } from './list-folder.js';
import { isPublishedAt } from './release-meta.js';
import type { IgnoredFile, LoadedRelease, Problem, ReleaseMeta, ScheduledRelease, Site } from './site.js';
import { baseSlug } from './slug.js';
import { allocateSlugs, EMPTY_LEDGER, type Identity, type SlugChange, type SlugClaim, type SlugLedger } from './slug-ledger.js';

/** A release that will be on the site (now or when its embargo ends), before it has a slug. */
export interface CatalogueEntry {
  identity: Identity;
  file: string;
  /** The filing as filed, after the front matter. */
  source: Uint8Array;
  release: Release;
  frontMatter: FrontMatter;
  /** Read with the file (`releaseMeta`): the same object while the file is unchanged. */
  meta: ReleaseMeta;
  modified: Date;
}

/** Everything the content folder holds, published or not; `siteAt` gives what is public when. */
export interface Catalogue {
  /** Every release, published or under embargo, newest first. */
  releases: readonly LoadedRelease[];
  /** Old slug -> the release it answers for. */
  redirects: ReadonlyMap<string, LoadedRelease>;
  ignored: readonly IgnoredFile[];
  problems: readonly Problem[];
}

/**
 * What one build hands the next, so that slugs and identities hold while the server runs, and
 * so that an edit costs the build what it changed rather than what the folder holds.
 */
export interface CatalogueMemory {
  ledger: SlugLedger;
  origins: ReadonlyMap<Identity, LoadedRelease['origin']>;
  /**
   * Each release as the last build gave it: one that nothing changed is given again as the same
   * object, so that what is kept per release (renderings, the search index) is kept across an edit.
   */
  releases: ReadonlyMap<Identity, LoadedRelease>;
  /** Each release's claim on a slug, and the entry it was read from. */
  claims: ReadonlyMap<Identity, { entry: CatalogueEntry; claim: SlugClaim }>;
  /** The releases of the last build, newest first. */
  order: readonly LoadedRelease[];
}

export const FRESH_MEMORY: CatalogueMemory = { ledger: EMPTY_LEDGER, origins: new Map(), releases: new Map(), claims: new Map(), order: [] };

export interface BuiltCatalogue {
  catalogue: Catalogue;
  memory: CatalogueMemory;
  /** Published releases whose slug this build changed. */
  changes: SlugChange[];
}

/**
 * Puts the releases together: effective front matter, slugs (see `allocateSlugs`; `served`
 * holds the slugs published until now), newest first, problems by file and line.
 */
export function buildCatalogue(
  entries: readonly CatalogueEntry[],
  problems: readonly Problem[],
  ignored: readonly IgnoredFile[],
  memory: CatalogueMemory,
  served: ReadonlySet<string>,
): BuiltCatalogue {
  const claims = new Map<Identity, { entry: CatalogueEntry; claim: SlugClaim }>();
  for (const entry of entries) {
    const held = memory.claims.get(entry.identity);
    claims.set(entry.identity, held !== undefined && sameClaimant(held.entry, entry) ? held : { entry, claim: slugClaim(entry) });
  }
  const allocation = allocateSlugs([...claims.values()].map(({ claim }) => claim), memory.ledger, served);
  const origins = new Map<Identity, LoadedRelease['origin']>();
  const byIdentity = new Map<Identity, LoadedRelease>();
  const kept = new Set<LoadedRelease>();
  const made: LoadedRelease[] = [];
  for (const entry of entries) {
    const slug = allocation.slugs.get(entry.identity) ?? '';
    const origin = memory.origins.get(entry.identity) ?? { file: entry.file, slug };
    origins.set(entry.identity, origin);
    const before = memory.releases.get(entry.identity);
    if (before?.slug === slug && before.origin === origin && sameParts(before, entry)) {
      byIdentity.set(entry.identity, before);
      kept.add(before);
    } else {
      const { file, source, release, meta, modified } = entry;
      const loaded: LoadedRelease = { slug, file, source, release, meta, origin, modified };
      byIdentity.set(entry.identity, loaded);
      made.push(loaded);
    }
  }
  const releases = newestFirst(memory.order, kept, made);
  const redirects = new Map<string, LoadedRelease>();
  for (const [slug, identity] of allocation.redirects) {
    const target = byIdentity.get(identity);
    if (target !== undefined) redirects.set(slug, target);
  }
  return {
    catalogue: {
      releases,
      redirects,
      ignored: [...ignored],
      problems: [...problems, ...allocation.problems].sort(compareProblems),
    },
    memory: { ledger: allocation.ledger, origins, releases: byIdentity, claims, order: releases },
    changes: allocation.changes,
  };
}

/** True when every part the entry gives the release is the same object (or string). */
function sameParts(loaded: LoadedRelease, entry: CatalogueEntry): boolean {
  return loaded.file === entry.file && loaded.source === entry.source && loaded.release === entry.release &&
    loaded.meta === entry.meta && loaded.modified === entry.modified;
}

/** True when everything a claim is made of is the same object (or string) in both. */
function sameClaimant(a: CatalogueEntry, b: CatalogueEntry): boolean {
  return a.file === b.file && a.frontMatter === b.frontMatter && a.release === b.release && a.meta === b.meta;
}

/** The site as the public sees it at `instant`: releases under embargo left out everywhere. */
export function siteAt(catalogue: Catalogue, instant: number): Site {
  const releases = catalogue.releases.filter((loaded) => isPublishedAt(loaded.meta, instant));
  const redirects = new Map<string, string>();
  for (const [from, target] of catalogue.redirects) {
    if (isPublishedAt(target.meta, instant)) redirects.set(from, target.slug);
  }
  const scheduled: ScheduledRelease[] = catalogue.releases
    .flatMap(({ slug, file, meta }) =>
      meta.publishAt !== null && meta.publishAt.epochMs > instant ? [{ slug, file, publishAt: meta.publishAt }] : [],
    )
    .sort((a, b) => a.publishAt.epochMs - b.publishAt.epochMs || compareNames(a.file, b.file));
  return Object.freeze({
    asOf: instant,
    releases: Object.freeze(releases),
    redirects,
    scheduled: Object.freeze(scheduled),
    ignored: catalogue.ignored,
    problems: catalogue.problems,
  });
}

/** The first instant after `instant` when an embargo ends, or null. */
export function nextPublication(catalogue: Catalogue, instant: number): number | null {
  let next: number | null = null;
  for (const { meta } of catalogue.releases) {
    const at = meta.publishAt?.epochMs;
    if (at !== undefined && at > instant && (next === null || at < next)) next = at;
  }
  return next;
}

function slugClaim(entry: CatalogueEntry): SlugClaim {
  const { frontMatter, release, file } = entry;
  const { date } = entry.meta;
  const headline = frontMatter.headline ?? release.headline?.text ?? null;
  const keys = frontMatter.lines.keys;
  return {
    identity: entry.identity,
    file,
    wanted: frontMatter.slug ?? baseSlug({ date, headline, stem: path.posix.basename(file, path.posix.extname(file)) }),
    explicit: frontMatter.slug !== null,
    line: keys.get('slug') ?? keys.get('headline') ?? release.headline?.line ?? 1,
    aliases: frontMatter.lines.aliases,
  };
}

const headlineOrder = new Intl.Collator('en');

/** Newest first by date, then by headline, then by file: no two releases tie. */
function compareNewestFirst(a: LoadedRelease, b: LoadedRelease): number {
  const byDate = compareDatesNewestFirst(a.meta.date, b.meta.date);
  if (byDate !== 0) return byDate;
  const byHeadline = headlineOrder.compare(a.meta.headline ?? '', b.meta.headline ?? '');
  return byHeadline !== 0 ? byHeadline : compareNames(a.file, b.file);
}

/**
 * The releases in order: those `kept` from the last build stay in the order they had (their
 * dates, headlines and files are the same), and those `made` anew are put in place among them.
 * When most are new, sorting them all costs less.
 */
function newestFirst(previous: readonly LoadedRelease[], kept: ReadonlySet<LoadedRelease>, made: readonly LoadedRelease[]): LoadedRelease[] {
  if (made.length > kept.size) return [...kept, ...made].sort(compareNewestFirst);
  const ordered = previous.filter((loaded) => kept.has(loaded));
  for (const loaded of made) ordered.splice(firstAfter(ordered, loaded), 0, loaded);
  return ordered;
}

/** Where `loaded` goes in `ordered`: the index of the first release that comes after it. */
function firstAfter(ordered: readonly LoadedRelease[], loaded: LoadedRelease): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = ordered[middle];
    if (other !== undefined && compareNewestFirst(other, loaded) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function compareDatesNewestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareNames(b, a);
}

function compareProblems(a: Problem, b: Problem): number {
  return compareNames(a.file, b.file) || a.line - b.line || compareNames(a.severity, b.severity) || compareNames(a.reason, b.reason);
}
