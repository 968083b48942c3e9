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

/** What one build hands the next, so that slugs and identities hold while the server runs. */
export interface CatalogueMemory {
  ledger: SlugLedger;
  origins: ReadonlyMap<Identity, LoadedRelease['origin']>;
  /**
   * Each release as the last build gave it: one that nothing changed is given again as the same
   * object, so that what is kept per release (renderings, the search index) is kept across an edit.
   */
  releases: ReadonlyMap<Identity, LoadedRelease>;
}

export const FRESH_MEMORY: CatalogueMemory = { ledger: EMPTY_LEDGER, origins: new Map(), releases: new Map() };

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
  const allocation = allocateSlugs(
    entries.map((entry) => slugClaim(entry, entry.meta.date)),
    memory.ledger,
    served,
  );
  const origins = new Map<Identity, LoadedRelease['origin']>();
  const byIdentity = new Map<Identity, LoadedRelease>();
  for (const entry of entries) {
    const slug = allocation.slugs.get(entry.identity) ?? '';
    const origin = memory.origins.get(entry.identity) ?? { file: entry.file, slug };
    origins.set(entry.identity, origin);
    const { file, source, release, meta, modified } = entry;
    const loaded: LoadedRelease = { slug, file, source, release, meta, origin, modified };
    const before = memory.releases.get(entry.identity);
    byIdentity.set(entry.identity, before !== undefined && sameRelease(before, loaded) ? before : loaded);
  }
  const redirects = new Map<string, LoadedRelease>();
  for (const [slug, identity] of allocation.redirects) {
    const target = byIdentity.get(identity);
    if (target !== undefined) redirects.set(slug, target);
  }
  return {
    catalogue: {
      releases: sortNewestFirst([...byIdentity.values()]),
      redirects,
      ignored: [...ignored],
      problems: [...problems, ...allocation.problems].sort(compareProblems),
    },
    memory: { ledger: allocation.ledger, origins, releases: byIdentity },
    changes: allocation.changes,
  };
}

/** True when every part of the two is the same object (or string). */
function sameRelease(a: LoadedRelease, b: LoadedRelease): boolean {
  return a.slug === b.slug && a.file === b.file && a.source === b.source && a.release === b.release &&
    a.meta === b.meta && a.origin === b.origin && a.modified === b.modified;
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

function slugClaim(entry: CatalogueEntry, date: string | null): SlugClaim {
  const { frontMatter, release, file } = entry;
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

function sortNewestFirst(releases: LoadedRelease[]): LoadedRelease[] {
  return releases.sort((a, b) => {
    const byDate = compareDatesNewestFirst(a.meta.date, b.meta.date);
    if (byDate !== 0) return byDate;
    const byHeadline = headlineOrder.compare(a.meta.headline ?? '', b.meta.headline ?? '');
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
  return compareNames(a.file, b.file) || a.line - b.line || compareNames(a.severity, b.severity) || compareNames(a.reason, b.reason);
}
