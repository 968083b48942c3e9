import { compareNames } from './list-folder.js';
import type { Problem } from './site.js';

/** A release's identity while the server runs: it survives edits and renames of its file. */
export type Identity = number;

/** What one release asks of the slug namespace. */
export interface SlugClaim {
  identity: Identity;
  file: string;
  /** The front-matter slug, else the slug made from the release's date and headline. */
  wanted: string;
  /** True when `wanted` is the front matter's. */
  explicit: boolean;
  /** The line `wanted` comes from, for warnings. */
  line: number;
  /** Front-matter aliases, each with its line. */
  aliases: ReadonlyMap<string, number>;
}

/** What the allocation remembers from one build to the next. */
export interface SlugLedger {
  /** Each release's slug, and what it wanted when it got it. */
  held: ReadonlyMap<Identity, { slug: string; wanted: string }>;
  /** Slugs that were served and then changed by an edit: each still answers for its release. */
  moved: ReadonlyMap<string, Identity>;
  /** Aliases in effect, each with its release. */
  aliases: ReadonlyMap<string, Identity>;
}

export const EMPTY_LEDGER: SlugLedger = { held: new Map(), moved: new Map(), aliases: new Map() };

/** A published release whose slug an edit changed. */
export interface SlugChange {
  identity: Identity;
  file: string;
  from: string;
  to: string;
  /** True when the release lists the old slug in its aliases, so it answers after a restart too. */
  aliased: boolean;
}

export interface Allocation {
  slugs: ReadonlyMap<Identity, string>;
  /**
   * Old slug -> the release it answers for: aliases, and slugs changed since start-up; in slug
   * order, so that the same slugs give the same map whatever order they were taken in.
   */
  redirects: ReadonlyMap<string, Identity>;
  /** A warning for each release that did not get the slug it wanted, and each alias refused. */
  problems: Problem[];
  changes: SlugChange[];
  ledger: SlugLedger;
}

/**
 * Gives every release a slug, unique among slugs and the old slugs that redirect, so that a
 * URL once served never changes hands while the server runs:
 * 1. a release keeps the slug it held as long as it wants the same one, and its aliases in
 *    effect as long as it lists them;
 * 2. a served slug that an edit changed keeps answering for its release (until restart);
 * 3. then new claims, in file order: front-matter slugs, then aliases, then slugs made from
 *    headlines. A claim on a slug in use gets the first free `-2`, `-3`, ... that nobody wants.
 * At start-up (an empty ledger) this is steps 3 alone: the same files give the same slugs.
 */
export function allocateSlugs(claims: readonly SlugClaim[], previous: SlugLedger, served: ReadonlySet<string>): Allocation {
  const inOrder = [...claims].sort((a, b) => compareNames(a.file, b.file));
  const present = new Map(inOrder.map((claim) => [claim.identity, claim]));
  const owners = new Map<string, Identity>();
  const slugs = new Map<Identity, string>();
  const redirects = new Map<string, Identity>();
  const moved = new Map<string, Identity>();
  const changedFrom = new Map<Identity, string>();
  const problems: Problem[] = [];
  // Needed only when a slug is taken: made then, not on every edit of ten thousand releases.
  let wantedSet: Set<string> | null = null;
  const wantedByAnyone = (): ReadonlySet<string> => (wantedSet ??= wantedSlugs(inOrder));

  for (const claim of inOrder) {
    const held = previous.held.get(claim.identity);
    if (held?.wanted !== claim.wanted) continue;
    owners.set(held.slug, claim.identity);
    slugs.set(claim.identity, held.slug);
  }
  const keepAnswering = (slug: string, identity: Identity): void => {
    if (owners.has(slug)) return;
    owners.set(slug, identity);
    redirects.set(slug, identity);
    moved.set(slug, identity);
  };
  const aliases = new Map<string, Identity>();
  for (const [alias, identity] of previous.aliases) {
    if (owners.has(alias) || present.get(identity)?.aliases.has(alias) !== true) continue;
    owners.set(alias, identity);
    redirects.set(alias, identity);
    aliases.set(alias, identity);
  }
  for (const [slug, identity] of previous.moved) if (present.has(identity)) keepAnswering(slug, identity);
  for (const claim of inOrder) {
    const held = previous.held.get(claim.identity);
    if (held === undefined || slugs.has(claim.identity) || !served.has(held.slug)) continue;
    keepAnswering(held.slug, claim.identity);
    changedFrom.set(claim.identity, held.slug);
  }

  const claim = ({ identity, wanted }: SlugClaim): void => {
    const owner = owners.get(wanted);
    const slug = owner === undefined || owner === identity ? wanted : freeSuffixed(wanted, owners, wantedByAnyone());
    // A release taking back an old slug of its own: it is its slug again, no longer a redirect.
    redirects.delete(slug);
    moved.delete(slug);
    aliases.delete(slug);
    owners.set(slug, identity);
    slugs.set(identity, slug);
  };
  for (const entry of inOrder) if (entry.explicit && !slugs.has(entry.identity)) claim(entry);
  const refused: { entry: SlugClaim; alias: string; line: number; owner: Identity }[] = [];
  for (const entry of inOrder) {
    if (entry.aliases.size === 0) continue;
    for (const [alias, line] of entry.aliases) {
      const owner = owners.get(alias);
      if (owner === undefined) {
        owners.set(alias, entry.identity);
        redirects.set(alias, entry.identity);
        aliases.set(alias, entry.identity);
      } else if (owner !== entry.identity) {
        refused.push({ entry, alias, line, owner });
      }
    }
  }
  for (const entry of inOrder) if (!entry.explicit && !slugs.has(entry.identity)) claim(entry);

  // Said once every slug is given, so that a warning reads the same in the next build, which keeps them.
  for (const { entry, alias, line, owner } of refused) {
    problems.push(warning(entry.file, line, `alias "${alias}" is not used: ${usedBy(alias, owner, present, slugs)}`));
  }
  for (const entry of inOrder) {
    const slug = slugs.get(entry.identity) ?? entry.wanted;
    if (slug !== entry.wanted) problems.push(collision(entry, slug, owners.get(entry.wanted), present, slugs));
  }
  const changes: SlugChange[] = [];
  for (const [identity, from] of changedFrom) {
    const entry = present.get(identity);
    const to = slugs.get(identity);
    if (entry === undefined || to === undefined || to === from) continue;
    changes.push({ identity, file: entry.file, from, to, aliased: entry.aliases.has(from) });
  }
  return {
    slugs,
    redirects: new Map([...redirects].sort(([a], [b]) => compareNames(a, b))),
    problems,
    changes,
    ledger: {
      held: new Map(inOrder.map((entry) => [entry.identity, heldNow(entry, slugs.get(entry.identity) ?? entry.wanted, previous)])),
      moved,
      aliases,
    },
  };
}

/** Every slug a release wants, as its own or as an alias. */
function wantedSlugs(claims: readonly SlugClaim[]): Set<string> {
  const wanted = new Set<string>();
  for (const claim of claims) {
    wanted.add(claim.wanted);
    for (const alias of claim.aliases.keys()) wanted.add(alias);
  }
  return wanted;
}

/** What the ledger holds for a release: the record it held before when nothing in it changed. */
function heldNow(claim: SlugClaim, slug: string, previous: SlugLedger): { slug: string; wanted: string } {
  const before = previous.held.get(claim.identity);
  return before?.slug === slug && before.wanted === claim.wanted ? before : { slug, wanted: claim.wanted };
}

/** `base-2`, `base-3`, ...: the first that is neither in use nor wanted by any release. */
function freeSuffixed(base: string, owners: ReadonlyMap<string, Identity>, wanted: ReadonlySet<string>): string {
  for (let suffix = 2; ; suffix++) {
    const slug = `${base}-${suffix}`;
    if (!owners.has(slug) && !wanted.has(slug)) return slug;
  }
}

function collision(
  entry: SlugClaim,
  slug: string,
  owner: Identity | undefined,
  present: ReadonlyMap<Identity, SlugClaim>,
  slugs: ReadonlyMap<Identity, string>,
): Problem {
  const wanted = `${entry.explicit ? 'the front-matter slug' : 'slug'} "${entry.wanted}"`;
  if (owner === undefined) {
    return warning(
      entry.file,
      entry.line,
      `${wanted} was in use when this release was added, so it is published as "${slug}" until a restart; add "slug: ${slug}" to its front matter to keep this URL`,
    );
  }
  return warning(
    entry.file,
    entry.line,
    `${wanted} is taken (${usedBy(entry.wanted, owner, present, slugs)}), so this release is published as "${slug}"; give one of them its own slug in front matter ("slug: ...")`,
  );
}

function usedBy(slug: string, owner: Identity, present: ReadonlyMap<Identity, SlugClaim>, slugs: ReadonlyMap<Identity, string>): string {
  const file = present.get(owner)?.file ?? 'another release';
  if (slugs.get(owner) === slug) return `it is the slug of ${file}`;
  if (present.get(owner)?.aliases.has(slug)) return `it is an alias of ${file}`;
  return `it was the slug of ${file} and now redirects to it`;
}

function warning(file: string, line: number, reason: string): Problem {
  return { severity: 'warning', file, line, reason };
}
