import type { CatalogueEntry } from './catalogue.js';
import { compareNames } from './list-folder.js';
import { folderProblems, type FileOutcome, type FolderScan } from './load.js';
import type { IgnoredFile, Problem } from './site.js';
import type { Identity } from './slug-ledger.js';

type ReleaseOutcome = Extract<FileOutcome, { kind: 'release' }>;

/** What one scan changed, for the log. */
export interface FilesChange {
  /** Files whose outcome is new: read for the first time or again. */
  reread: ReadonlySet<string>;
  /** Files that are gone. */
  removed: readonly string[];
}

const STILL_PUBLISHED = ' (the last good version stays published)';
/** How long a removed file's identity waits for the same file to appear under another name. */
const RENAME_WINDOW_MS = 60_000;

/**
 * The content folder's files as last read, with what outlives a single read: each file's last
 * good version, and each release's identity. A file that was published and then turns bad
 * keeps its last good version on the site, with the error reported, so a typo in an edit does
 * not take a live release down; deleting the file does. A file that disappears and appears
 * under another name with the same inode, size and modification time is the same release
 * renamed: it keeps its identity (so its slug, or a redirect from its old slug).
 */
export class ReleaseFiles {
  #outcomes: ReadonlyMap<string, FileOutcome> = new Map();
  #ignored: readonly IgnoredFile[] = [];
  #unreadable: FolderScan['unreadable'] = [];
  #identities = new Map<string, Identity>();
  #lastGood = new Map<Identity, ReleaseOutcome>();
  #removed = new Map<string, { identity: Identity; at: number }>();
  #nextIdentity = 0;
  #entries = new WeakMap<ReleaseOutcome, CatalogueEntry>();

  get outcomes(): ReadonlyMap<string, FileOutcome> {
    return this.#outcomes;
  }

  get ignored(): readonly IgnoredFile[] {
    return this.#ignored;
  }

  get unreadable(): FolderScan['unreadable'] {
    return this.#unreadable;
  }

  /** False when the scan found exactly what is held: the same outcomes, ignored files and faults. */
  differs(scan: FolderScan): boolean {
    if (scan.outcomes.size !== this.#outcomes.size) return true;
    for (const [file, outcome] of scan.outcomes) if (this.#outcomes.get(file) !== outcome) return true;
    const key = (items: readonly object[]): string => JSON.stringify(items);
    return key(scan.ignored) !== key(this.#ignored) || key(scan.unreadable) !== key(this.#unreadable);
  }

  /** Takes the scan as the folder's new state. */
  commit(scan: FolderScan, now: number): FilesChange {
    const removed: string[] = [];
    for (const file of this.#outcomes.keys()) if (!scan.outcomes.has(file)) removed.push(file);
    for (const file of removed) {
      const identity = this.#identities.get(file);
      const renameKey = this.#outcomes.get(file)?.renameKey ?? '';
      this.#identities.delete(file);
      if (identity !== undefined && renameKey !== '') this.#removed.set(renameKey, { identity, at: now });
    }
    let expired = false;
    for (const [key, { at }] of this.#removed) {
      if (now - at <= RENAME_WINDOW_MS) continue;
      this.#removed.delete(key);
      expired = true;
    }

    const reread: string[] = [];
    for (const [file, outcome] of scan.outcomes) if (this.#outcomes.get(file) !== outcome) reread.push(file);
    // In file order, so that the same folder gives the same identities.
    for (const file of reread.sort(compareNames)) {
      const outcome = scan.outcomes.get(file);
      if (outcome === undefined) continue;
      const identity = this.#identities.get(file) ?? this.#identityFor(outcome);
      this.#identities.set(file, identity);
      if (outcome.kind === 'release') this.#lastGood.set(identity, outcome);
    }
    // Only a file gone, or a rename's wait over, lets go of a last good version.
    if (removed.length > 0 || expired) {
      const live = new Set([...this.#identities.values(), ...[...this.#removed.values()].map(({ identity }) => identity)]);
      for (const identity of this.#lastGood.keys()) if (!live.has(identity)) this.#lastGood.delete(identity);
    }

    this.#outcomes = scan.outcomes;
    this.#ignored = scan.ignored;
    this.#unreadable = scan.unreadable;
    return { reread: new Set(reread), removed };
  }

  /** The releases to publish: each file's outcome if good, else its last good version. */
  entries(): CatalogueEntry[] {
    const entries: CatalogueEntry[] = [];
    for (const file of this.#outcomes.keys()) {
      const identity = this.#identities.get(file);
      const good = identity === undefined ? undefined : this.#lastGood.get(identity);
      if (identity === undefined || good === undefined) continue;
      entries.push(this.#entryOf(identity, file, good));
    }
    return entries;
  }

  /** Every file's problems; an error on a file whose last good version stays says so. */
  problems(): Problem[] {
    const problems = folderProblems({ unreadable: this.#unreadable });
    for (const [file, outcome] of this.#outcomes) {
      if (outcome.kind === 'release') {
        problems.push(...outcome.warnings);
        continue;
      }
      const identity = this.#identities.get(file);
      const kept = identity !== undefined && this.#lastGood.has(identity);
      problems.push(kept ? { ...outcome.problem, reason: outcome.problem.reason + STILL_PUBLISHED } : outcome.problem);
    }
    return problems;
  }

  /** The same entry object while the file, its identity and its version are the same: an edit costs one anew, not ten thousand. */
  #entryOf(identity: Identity, file: string, good: ReleaseOutcome): CatalogueEntry {
    const kept = this.#entries.get(good);
    if (kept?.identity === identity && kept.file === file) return kept;
    const { source, release, frontMatter, meta, modified } = good;
    const entry: CatalogueEntry = { identity, file, source, release, frontMatter, meta, modified };
    this.#entries.set(good, entry);
    return entry;
  }

  #identityFor(outcome: FileOutcome): Identity {
    const renamed = outcome.renameKey === '' ? undefined : this.#removed.get(outcome.renameKey);
    if (renamed === undefined) return this.#nextIdentity++;
    this.#removed.delete(outcome.renameKey);
    return renamed.identity;
  }
}
