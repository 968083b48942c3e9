import path from 'node:path';
import type { Release } from '../release/model.js';
import type { FiledBytes } from './filed-bytes.js';
import type { FrontMatter } from './front-matter/read.js';
import { compareNames } from './list-folder.js';
import { isPublishedAt } from './release-meta.js';
import type { IgnoredFile, LoadedRelease, Problem, ReleaseMeta, ScheduledRelease, Site } from './site.js';
import { baseSlug } from './slug.js';
import { allocateSlugs, EMPTY_LEDGER, type Allocation, type Identity, type SlugChange, type SlugClaim, type SlugLedger } from './slug-ledger.js';

/** A release that will be on the site (now or when its embargo ends), before it has a slug. */
export interface CatalogueEntry {
  identity: Identity;
  file: string;
  /** The filing as filed, after the front matter. */
  source: FiledBytes;
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
 * so that an edit costs the build what it changed rather than what the folder holds. A build
 * takes over the memory it is given (it may update `releases` and `claims` in place rather than
 * copy ten thousand of each): give each memory to one build only.
 */
export interface CatalogueMemory {
  ledger: SlugLedger;
  origins: ReadonlyMap<Identity, LoadedRelease['origin']>;
  /**
   * Each release as the last build gave it: one that nothing changed is given again as the same
   * object, so that what is kept per release (renderings, the search index) is kept across an edit.
   */
  releases: Map<Identity, LoadedRelease>;
  /** Each release's claim on a slug, and the entry it was read from. */
  claims: Map<Identity, Claimed>;
  /** What the last allocation said besides slugs: it holds while every claim is the same. */
  allocated: Pick<Allocation, 'redirects' | 'problems'>;
  /** The releases of the last build, newest first. */
  order: readonly LoadedRelease[];
}

interface Claimed {
  entry: CatalogueEntry;
  claim: SlugClaim;
}

export const FRESH_MEMORY: CatalogueMemory = {
  ledger: EMPTY_LEDGER,
  origins: new Map(),
  releases: new Map(),
  claims: new Map(),
  allocated: { redirects: new Map(), problems: [] },
  order: [],
};

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
  const { memory: next, changes } = withSameClaims(entries, memory) ?? allocated(entries, memory, served);
  const redirects = new Map<string, LoadedRelease>();
  for (const [slug, identity] of next.allocated.redirects) {
    const target = next.releases.get(identity);
    if (target !== undefined) redirects.set(slug, target);
  }
  return {
    catalogue: {
      releases: next.order,
      redirects,
      ignored: [...ignored],
      problems: [...problems, ...next.allocated.problems].sort(compareProblems),
    },
    memory: next,
    changes,
  };
}

type NextMemory = Pick<BuiltCatalogue, 'memory' | 'changes'>;

/** Every release claims its slug again, the ledger keeping what each held, and is put in place. */
function allocated(entries: readonly CatalogueEntry[], memory: CatalogueMemory, served: ReadonlySet<string>): NextMemory {
  const claims = new Map<Identity, Claimed>();
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
      const loaded = loadedRelease(entry, slug, origin);
      byIdentity.set(entry.identity, loaded);
      made.push(loaded);
    }
  }
  return {
    memory: {
      ledger: allocation.ledger,
      origins,
      releases: byIdentity,
      claims,
      allocated: allocation,
      order: newestFirst(memory.order, (loaded) => kept.has(loaded), kept.size, made),
    },
    changes: allocation.changes,
  };
}

/**
 * The next memory when the same releases are there and each claims the same slug as before, as
 * an edit of a release's text does: the last allocation holds as it is (a ledger that gave each
 * release the slug it wants gives it again, and says the same), so only the changed releases are
 * made again and put in place. Null, with the memory untouched, when anything else changed.
 */
function withSameClaims(entries: readonly CatalogueEntry[], memory: CatalogueMemory): NextMemory | null {
  if (entries.length !== memory.claims.size || entries.length !== memory.ledger.held.size) return null;
  const claimed: Claimed[] = [];
  const remade: { entry: CatalogueEntry; before: LoadedRelease }[] = [];
  for (const entry of entries) {
    const held = memory.claims.get(entry.identity);
    const before = memory.releases.get(entry.identity);
    if (held === undefined || before === undefined) return null;
    const sameClaim = sameClaimant(held.entry, entry);
    if (sameClaim && sameParts(before, entry)) continue;
    if (!sameClaim) {
      const claim = slugClaim(entry);
      if (!claimsAlike(claim, held.claim)) return null;
      claimed.push({ entry, claim });
    }
    if (!sameParts(before, entry)) remade.push({ entry, before });
  }
  for (const held of claimed) memory.claims.set(held.entry.identity, held);
  const replaced = new Set<LoadedRelease>();
  const made: LoadedRelease[] = [];
  for (const { entry, before } of remade) {
    const loaded = loadedRelease(entry, before.slug, before.origin);
    memory.releases.set(entry.identity, loaded);
    replaced.add(before);
    made.push(loaded);
  }
  const order = made.length === 0 ? memory.order : newestFirst(memory.order, (loaded) => !replaced.has(loaded), entries.length - made.length, made);
  return { memory: { ...memory, order }, changes: [] };
}

function loadedRelease(entry: CatalogueEntry, slug: string, origin: LoadedRelease['origin']): LoadedRelease {
  const { file, source, release, meta, modified } = entry;
  return { slug, file, source, release, meta, origin, modified };
}

/** True when the two claims ask for the same slug and aliases in the same way, from the same file and lines. */
function claimsAlike(a: SlugClaim, b: SlugClaim): boolean {
  if (a.identity !== b.identity || a.file !== b.file || a.wanted !== b.wanted || a.explicit !== b.explicit || a.line !== b.line) return false;
  if (a.aliases.size !== b.aliases.size) return false;
  for (const [alias, line] of a.aliases) if (b.aliases.get(alias) !== line) return false;
  return true;
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
  const scheduled: ScheduledRelease[] = [];
  for (const { slug, file, meta } of catalogue.releases) {
    if (meta.publishAt !== null && meta.publishAt.epochMs > instant) scheduled.push({ slug, file, publishAt: meta.publishAt });
  }
  scheduled.sort((a, b) => a.publishAt.epochMs - b.publishAt.epochMs || compareNames(a.file, b.file));
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
 * The releases in order: those the last build had that are `kept` (as many as `keptCount`)
 * stay in the order they had (their dates, headlines and files are the same), and those `made`
 * anew are put in place among them. When most are new, sorting them all costs less.
 */
function newestFirst(
  previous: readonly LoadedRelease[],
  kept: (loaded: LoadedRelease) => boolean,
  keptCount: number,
  made: readonly LoadedRelease[],
): LoadedRelease[] {
  const ordered = previous.filter(kept);
  if (made.length > keptCount) return [...ordered, ...made].sort(compareNewestFirst);
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
