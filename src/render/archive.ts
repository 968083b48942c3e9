import type { LoadedRelease } from '../content/site.js';

/** Releases on each page of the index. */
export const PAGE_SIZE = 25;
/** The archive of releases that state no date, beside the years'. */
export const UNDATED = 'undated';

/** The releases of one year, or of none (`UNDATED`), newest first. */
export interface ArchiveGroup {
  /** "2004", or `UNDATED`. */
  key: string;
  releases: readonly LoadedRelease[];
}

/** A group as the year navigation names it. */
export interface GroupSummary {
  key: string;
  count: number;
}

/** The site's releases as the index pages and the year archives list them. */
export interface Archive {
  /** Newest first, `PAGE_SIZE` a page; one empty page when there is no release. */
  pages: (readonly LoadedRelease[])[];
  /** Years with releases, newest first, then the undated ones if any. */
  groups: ArchiveGroup[];
  summary: GroupSummary[];
  /** `summary` in one string: the lists that show it are made again when it changes. */
  summaryKey: string;
}

/** `releases` in the site's order (newest first, undated last); `dateOf` gives a release's date or null. */
export function archiveOf(releases: readonly LoadedRelease[], dateOf: (loaded: LoadedRelease) => string | null): Archive {
  const pages: (readonly LoadedRelease[])[] = [];
  for (let start = 0; start < releases.length; start += PAGE_SIZE) pages.push(releases.slice(start, start + PAGE_SIZE));
  if (pages.length === 0) pages.push([]);

  const byKey = new Map<string, LoadedRelease[]>();
  for (const loaded of releases) {
    const key = dateOf(loaded)?.slice(0, 4) ?? UNDATED;
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, [loaded]);
    else group.push(loaded);
  }
  const groups = [...byKey]
    .map(([key, members]) => ({ key, releases: members }))
    .sort((a, b) => (a.key === UNDATED ? 1 : b.key === UNDATED ? -1 : b.key.localeCompare(a.key)));
  const summary = groups.map(({ key, releases: members }) => ({ key, count: members.length }));
  return { pages, groups, summary, summaryKey: summary.map(({ key, count }) => `${key}:${count}`).join(',') };
}
