import type { Logger } from 'pino';
import { buildCatalogue, FRESH_MEMORY, nextPublication, siteAt, type Catalogue } from './catalogue.js';
import { MAX_TIMER_MS, systemClock } from './clock.js';
import { ContentFolderError } from './content-folder-error.js';
import { errorCode, nodeFileSystem } from './file-system.js';
import { followFolder, type Following } from './follow-folder.js';
import { parcelWatch, type WatchFolder } from './folder-watch.js';
import { compareNames, fullPath, isHidden, isReleaseFileName } from './list-folder.js';
import { loadFiles, readFiles, type FolderScan, type LoadOptions } from './load.js';
import { nextTurn } from './next-turn.js';
import { openParsePool, type ParsePool } from './parse-pool.js';
import { startParseWorker } from './parse-threads.js';
import { ReleaseFiles } from './release-files.js';
import type { IgnoredFile, Site } from './site.js';
import { logLoad, logNextPublication, logPublished } from './store-log.js';

export interface ContentStore {
  /** The site as published now; a new object after every change, never changed in place. */
  current(): Site;
  /** Calls `listener` with each new site (content changed, or an embargo ended); returns the function that unsubscribes. */
  subscribe(listener: (site: Site) => void): () => void;
  /**
   * Reads the whole folder again now: every file whose size, times or inode changed, settled
   * or not (the watcher never calls this for a change; it reads only settled files).
   */
  reload(): Promise<Site>;
  /** Stops watching and cancels the embargo timer; waits for a load under way to finish. */
  close(): Promise<void>;
}

export interface StoreOptions extends LoadOptions {
  dir: string;
  watch: boolean;
  logger: Logger;
  /** Quiet time after the last settled change before reading, so a burst of saves loads once. */
  debounceMs?: number;
  /** How long a file's size must hold still before it counts as written. */
  writeSettleMs?: number;
  /** How often a folder that cannot be read, or is taking a burst of changes, is looked at again. */
  retryMs?: number;
  /** More file system events than this within a second is a burst, caught up with by listing. */
  burstEvents?: number;
  /** Watches the folder; @parcel/watcher unless a test stands in for it. */
  watchFolder?: WatchFolder;
  /** Opens the pool edits are parsed on while the folder is watched: one thread at the main thread's priority unless a test stands in. */
  openEditParser?: () => ParsePool;
}

const DEFAULT_DEBOUNCE_MS = 100;
const DEFAULT_WRITE_SETTLE_MS = 200;
const DEFAULT_RETRY_MS = 1000;
const DEFAULT_BURST_EVENTS = 500;

/**
 * Loads the content folder and keeps it loaded: reads what changes, keeps each file's last good
 * version, swaps the site whole, and publishes each release under embargo when its time comes
 * (on a timer of the injected clock: no file event needed).
 */
export async function openContentStore(options: StoreOptions): Promise<ContentStore> {
  const { dir } = options;
  const log = options.logger.child({ component: 'content' });
  const clock = options.clock ?? systemClock;
  const fs = options.fs ?? nodeFileSystem;
  const loadOptions: LoadOptions = {
    maxFileBytes: options.maxFileBytes,
    fs,
    clock,
    ...(options.parse && { parse: options.parse }),
    ...(options.onProgress && { onProgress: options.onProgress }),
    ...(options.threads && { threads: options.threads }),
  };
  const files = new ReleaseFiles();
  let memory = FRESH_MEMORY;
  let catalogue: Catalogue = buildCatalogue([], [], [], memory, new Set()).catalogue;
  let site = siteAt(catalogue, clock.now());
  let loaded = false;
  let closed = false;
  let cancelPublication: (() => void) | null = null;
  const listeners = new Set<(site: Site) => void>();

  const swap = (next: Site): void => {
    site = next;
    for (const listener of listeners) {
      try {
        listener(site);
      } catch (error) {
        log.error({ err: error }, 'a content listener failed');
      }
    }
  };

  /**
   * Takes a scan as the folder's state and swaps in the site it makes. With thousands of
   * releases each step takes milliseconds: requests are answered between them (loads run one
   * at a time, and the site in service stays whole until the swap).
   */
  const commit = async (scan: FolderScan): Promise<Site> => {
    if (loaded && !files.differs(scan)) return site;
    const change = files.commit(scan, clock.now());
    await nextTurn();
    const served = new Set(site.releases.map(({ slug }) => slug));
    const built = buildCatalogue(files.entries(), files.problems(), files.ignored, memory, served);
    memory = built.memory;
    catalogue = built.catalogue;
    await nextTurn();
    const next = siteAt(catalogue, clock.now());
    logLoad(log, site, next, change, built.changes);
    loaded = true;
    swap(next);
    schedulePublication();
    return site;
  };

  function schedulePublication(): void {
    cancelPublication?.();
    cancelPublication = null;
    const next = closed ? null : nextPublication(catalogue, site.asOf);
    if (next === null) return;
    const delay = Math.min(Math.max(next - clock.now(), 0), MAX_TIMER_MS);
    cancelPublication = clock.setTimer(() => {
      cancelPublication = null;
      serially(() => {
        publishDue();
        return Promise.resolve(site);
      }).catch((error: unknown) => {
        log.error({ err: error }, 'could not publish on schedule; trying again with the next change');
      });
    }, delay);
  }

  /** Swaps in the site as of now if an embargo has ended; a timer that fired early just waits again. */
  function publishDue(): void {
    if (closed) return;
    const next = siteAt(catalogue, clock.now());
    if (next.scheduled.length !== site.scheduled.length) {
      logPublished(log, site, next);
      swap(next);
    }
    schedulePublication();
  }

  // Loads run one after another, each on the state the one before left.
  let queue: Promise<unknown> = Promise.resolve();
  function serially(task: () => Promise<Site>): Promise<Site> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  // A reload asked for while another waits to start joins it: it will read the same changes.
  let queuedReload: Promise<Site> | null = null;
  const reload = (): Promise<Site> => {
    queuedReload ??= serially(async () => {
      queuedReload = null;
      return commit(await loadFiles(dir, loadOptions, files.outcomes));
    });
    return queuedReload;
  };

  const probe = async (): Promise<void> => {
    try {
      await fs.readdir(dir);
    } catch (error) {
      throw new ContentFolderError(dir, errorCode(error));
    }
  };

  // An edited file is parsed on a thread kept for edits while the folder is watched: a long
  // filing's parse (and the parser's first, cold one) then holds no request. The thread starts
  // with the first activity in the folder, so that it loads the parser while the change settles
  // (under load, starting it with the first read held that edit up by 0.4 s); started with the
  // site instead, its 25 to 37 MB would be held whether or not anything is ever edited.
  const openEditParser = options.openEditParser ?? ((): ParsePool => openParsePool(1, () => startParseWorker(false)));
  let editParser: ParsePool | null = null;
  const editsOnThread = options.parse === undefined || options.openEditParser !== undefined;
  /** The edit thread's pool, opened the first time it is asked for; null when edits are parsed here. */
  const editPool = (): ParsePool | null => (editsOnThread ? (editParser ??= openEditParser()) : null);
  const editOptions = (): LoadOptions => {
    const pool = editPool();
    return pool === null ? loadOptions : { ...loadOptions, pool };
  };

  /** The folder as held, with just these files (relative paths) looked at again. */
  const rescan = async (changed: ReadonlySet<string>): Promise<FolderScan> => {
    await probe();
    const outcomes = new Map(files.outcomes);
    const ignored = new Map(files.ignored.map((item) => [item.file, item]));
    const visible = new Set([...changed].filter((file) => !file.split('/').some(isHidden)));
    const toRead = new Set<string>();
    const others = new Set<string>();
    for (const file of visible) {
      if (isReleaseFileName(file.slice(file.lastIndexOf('/') + 1))) toRead.add(file);
      else others.add(file);
    }
    // A folder removed or renamed away is reported alone: what was read under it is looked at again.
    for (const known of underAny(visible, files.outcomes.keys())) toRead.add(known);
    for (const known of underAny(visible, ignored.keys())) others.add(known);
    for (const file of others) await lookAtOtherFile(file, ignored);
    const read = await readFiles(dir, [...toRead], editOptions(), files.outcomes);
    let added = false;
    for (const file of toRead) {
      const outcome = read.get(file);
      if (outcome === undefined) {
        outcomes.delete(file);
        continue;
      }
      added ||= !outcomes.has(file);
      outcomes.set(file, outcome);
    }
    return {
      // A file read again keeps its place: only an added one puts them in order again.
      outcomes: added ? new Map([...outcomes].sort(([a], [b]) => compareNames(a, b))) : outcomes,
      ignored: [...ignored.values()].sort((a, b) => compareNames(a.file, b.file)),
      unreadable: files.unreadable,
    };
  };

  const lookAtOtherFile = async (file: string, ignored: Map<string, IgnoredFile>): Promise<void> => {
    const stats = await fs.stat(fullPath(dir, file)).catch(() => null);
    if (stats === null || stats.isDirectory()) ignored.delete(file);
    else ignored.set(file, { file, reason: stats.isFile() ? 'not a .txt file' : 'not a regular file' });
  };

  await probe();
  let following: Following | null = null;
  if (options.watch) {
    following = await followFolder({
      dir,
      fs,
      clock,
      log,
      watchFolder: options.watchFolder ?? parcelWatch(options.writeSettleMs ?? DEFAULT_WRITE_SETTLE_MS),
      debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
      retryMs: options.retryMs ?? DEFAULT_RETRY_MS,
      burstEvents: options.burstEvents ?? DEFAULT_BURST_EVENTS,
      onActivity: () => {
        editPool();
      },
      // Changes reported before a catch-up started are read by it instead.
      refresh: (changed) => serially(async () => (following?.catchingUp() === true ? site : commit(await rescan(changed)))),
      reloadStill: (stamps) =>
        serially(async () => commit(await loadFiles(dir, loadOptions, files.outcomes, (file, stamp) => stamps.get(file) === stamp))),
    });
  }
  try {
    await reload();
  } catch (error) {
    await following?.close();
    throw error;
  }
  logNextPublication(log, site);

  return {
    current: () => site,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload,
    async close() {
      closed = true;
      cancelPublication?.();
      await following?.close();
      await queue;
      await editParser?.close();
      listeners.clear();
    },
  };
}

/**
 * The paths among `known` that lie inside one of the `folders`: each path's folders are looked
 * up, so that an edit costs one pass over the files held, however many changes it brings.
 */
function underAny(folders: ReadonlySet<string>, known: Iterable<string>): string[] {
  const inside: string[] = [];
  for (const file of known) {
    for (let slash = file.indexOf('/'); slash !== -1; slash = file.indexOf('/', slash + 1)) {
      if (folders.has(file.slice(0, slash))) {
        inside.push(file);
        break;
      }
    }
  }
  return inside;
}
