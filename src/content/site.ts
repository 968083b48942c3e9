import type { Release } from '../release/model.js';
import type { FiledBytes } from './filed-bytes.js';

/** An instant as the front matter wrote it, with its offset, and as milliseconds since 1970 UTC. */
export interface Timestamp {
  /** As written, e.g. "2025-03-04T08:30:00-05:00". */
  iso: string;
  epochMs: number;
}

/**
 * What the site says about a release: its front matter where the file has some, else what the
 * filing states. Pages, lists, feeds and previews read these, not the `Release`, for anything
 * the front matter can override; the page body still shows the filing as filed.
 */
export interface ReleaseMeta {
  /** Front-matter `headline`, else the filed headline; null when neither (render shows a stand-in). */
  headline: string | null;
  /** ISO date (YYYY-MM-DD): front-matter `date`, else the date the release states; null when neither. */
  date: string | null;
  /** Front-matter `summary`, else the lead paragraph's words after the dateline (uncut); null when none. */
  summary: string | null;
  /** Absolute URL of the release's home elsewhere (front-matter `canonical`), or null. */
  canonical: string | null;
  /** Old slugs as declared in front matter; `Site.redirects` says which of them answer. */
  aliases: readonly string[];
  /** The embargo: not published before this instant; null when published as soon as it loads. */
  publishAt: Timestamp | null;
  /** Front-matter `updated`, as written: a date (YYYY-MM-DD) or a date and time with offset. */
  updated: string | null;
  tags: readonly string[];
  /** BCP 47 tag in canonical form ("en", "fr-CA"); "en" unless the front matter says otherwise. */
  language: string;
  /** Stable feed id from front matter, or null (a feed then derives one from `origin`). */
  id: string | null;
}

/** One release as loaded: the bytes as filed and what was read from them. */
export interface LoadedRelease {
  /** Its URL's last part, unique on the site: `/releases/<slug>`. */
  slug: string;
  /**
   * File path relative to the content folder, with `/` between folders, e.g.
   * "american-locker-2004-05.txt" or "2008/q4-results.txt".
   */
  file: string;
  /** The filing as filed, byte for byte: what follows the front matter, if the file has any. */
  source: FiledBytes;
  release: Release;
  meta: ReleaseMeta;
  /**
   * The file's identity: where, and under which slug, this release was first loaded since the
   * server started. It stays the same when the file is edited, renamed (as far as a rename
   * can be told: same file system entry, size and modification time) or its slug changes.
   */
  origin: { file: string; slug: string };
  /** When the file was last modified: the release's Last-Modified. */
  modified: Date;
}

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based line of the file, or 0 for a problem with no line (a folder that cannot be read). */
  line: number;
  reason: string;
}

/** A file in the content folder that is not a release; dot files are left out silently. */
export interface IgnoredFile {
  file: string;
  reason: string;
}

/** A release under embargo. Its slug reveals its headline's words: never render it. */
export interface ScheduledRelease {
  slug: string;
  file: string;
  publishAt: Timestamp;
}

/**
 * Everything the content folder publishes at one instant; replaced as a whole when content
 * changes or an embargo ends. Releases under embargo are not in `releases` or `redirects`,
 * so whatever is built from those leaves them out.
 */
export interface Site {
  /** The instant this site shows, in milliseconds since 1970 UTC. */
  asOf: number;
  /** Published by `asOf`; newest first by effective date (`meta.date`), undated last. */
  releases: readonly LoadedRelease[];
  /**
   * Old slug -> current slug of a release in `releases`: front-matter aliases, and slugs a
   * release had earlier since the server started (the edit changed them). Each answers with a
   * permanent redirect. No key is the slug of a release.
   */
  redirects: ReadonlyMap<string, string>;
  /** Releases whose embargo ends after `asOf`, soonest first. */
  scheduled: readonly ScheduledRelease[];
  /** Files that are not releases, by path. */
  ignored: readonly IgnoredFile[];
  /** By file and line. */
  problems: readonly Problem[];
}
