import path from 'node:path';
import { watch } from 'chokidar';
import type { Logger } from 'pino';
import { buildSite, type Publishable } from './build-site.js';
import { isContentFileName, loadFiles, type FileOutcome, type LoadOptions } from './load.js';
import type { Problem, Site } from './site.js';

export interface ContentStore {
  /** The site as last loaded; a new object after every change, never changed in place. */
  current(): Site;
  /** Calls `listener` with each new site; returns the function that unsubscribes. */
  subscribe(listener: (site: Site) => void): () => void;
  /** Reads the folder again now (files whose size and times are unchanged are not re-read). */
  reload(): Promise<Site>;
  /** Stops watching; waits for a reload under way to finish. */
  close(): Promise<void>;
}

export interface StoreOptions extends LoadOptions {
  dir: string;
  watch: boolean;
  logger: Logger;
  /** Quiet time after the last change before reloading, so a burst of changes loads once. */
  debounceMs?: number;
  /** How long a file's size must hold still before it counts as written. */
  writeSettleMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 100;
const DEFAULT_WRITE_SETTLE_MS = 200;
const STILL_PUBLISHED = ' (the last good version stays published)';

/**
 * Loads the content folder and keeps it loaded. A file that was published and then turns bad
 * keeps its last good version on the site, with the error reported, so a typo in an edit does
 * not take a live release down; deleting the file does.
 */
export async function openContentStore(options: StoreOptions): Promise<ContentStore> {
  const { dir, logger } = options;
  const log = logger.child({ component: 'content' });
  let outcomes: ReadonlyMap<string, FileOutcome> | null = null;
  let lastGood = new Map<string, Publishable>();
  let site: Site = buildSite([], []);
  const listeners = new Set<(site: Site) => void>();

  async function load(): Promise<Site> {
    const before = outcomes ?? new Map<string, FileOutcome>();
    const fresh = await loadFiles(dir, options, before);
    if (outcomes !== null && sameOutcomes(before, fresh)) return site;
    const next = assemble(fresh, lastGood);
    logChanges(log, before, fresh, next.site);
    outcomes = fresh;
    lastGood = next.lastGood;
    site = next.site;
    for (const listener of listeners) {
      try {
        listener(site);
      } catch (error) {
        log.error({ err: error }, 'a content listener failed');
      }
    }
    return site;
  }

  // Loads run one after another. A change during a load queues one more load; further
  // changes before that one starts join it, since it will read them too.
  let latest: Promise<Site> = Promise.resolve(site);
  let queued: Promise<Site> | null = null;
  function reload(): Promise<Site> {
    if (queued !== null) return queued;
    const next = latest
      .catch(() => site)
      .then(() => {
        queued = null;
        return load();
      });
    queued = next;
    latest = next;
    return next;
  }

  await reload();
  const watcher = options.watch ? await startWatching(options, log, reload) : null;

  return {
    current: () => site,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload,
    async close() {
      await watcher?.close();
      await latest.catch(() => undefined);
      listeners.clear();
    },
  };
}

interface Assembled {
  site: Site;
  lastGood: Map<string, Publishable>;
}

function assemble(outcomes: ReadonlyMap<string, FileOutcome>, previousGood: ReadonlyMap<string, Publishable>): Assembled {
  const lastGood = new Map<string, Publishable>();
  const problems: Problem[] = [];
  for (const outcome of outcomes.values()) {
    if (outcome.kind === 'release') {
      lastGood.set(outcome.file, { file: outcome.file, source: outcome.source, release: outcome.release, modified: outcome.modified });
      problems.push(...outcome.warnings);
      continue;
    }
    const kept = previousGood.get(outcome.file);
    if (kept === undefined) {
      problems.push(outcome.problem);
    } else {
      lastGood.set(outcome.file, kept);
      problems.push({ ...outcome.problem, reason: outcome.problem.reason + STILL_PUBLISHED });
    }
  }
  return { site: buildSite([...lastGood.values()], problems), lastGood };
}

/** True when every file gave the very same outcome as last time, so nothing was re-read. */
function sameOutcomes(before: ReadonlyMap<string, FileOutcome>, after: ReadonlyMap<string, FileOutcome>): boolean {
  if (before.size !== after.size) return false;
  for (const [file, outcome] of after) if (before.get(file) !== outcome) return false;
  return true;
}

/** Logs what this load found new: problems of files read again, and files gone. */
function logChanges(
  log: Logger,
  before: ReadonlyMap<string, FileOutcome>,
  after: ReadonlyMap<string, FileOutcome>,
  site: Site,
): void {
  const reread = new Set([...after].filter(([file, outcome]) => before.get(file) !== outcome).map(([file]) => file));
  for (const problem of site.problems) {
    if (!reread.has(problem.file)) continue;
    const message = `${problem.file}:${problem.line}: ${problem.reason}`;
    if (problem.severity === 'error') log.error({ file: problem.file, line: problem.line }, message);
    else log.warn({ file: problem.file, line: problem.line }, message);
  }
  for (const file of before.keys()) if (!after.has(file)) log.info({ file }, 'release file removed');
  log.info(
    { releases: site.releases.length, problems: site.problems.length },
    `content loaded: ${site.releases.length} releases`,
  );
}

interface Watch {
  close(): Promise<void>;
}

async function startWatching(options: StoreOptions, log: Logger, reload: () => Promise<Site>): Promise<Watch> {
  const dir = path.resolve(options.dir);
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dir, {
    ignoreInitial: true,
    depth: 0,
    ignored: (candidate) => candidate !== dir && path.basename(candidate).startsWith('.'),
    awaitWriteFinish: { stabilityThreshold: options.writeSettleMs ?? DEFAULT_WRITE_SETTLE_MS, pollInterval: 25 },
  });
  watcher.on('all', (event, changed) => {
    if (path.dirname(changed) !== dir || !isContentFileName(path.basename(changed))) return;
    if (event !== 'add' && event !== 'change' && event !== 'unlink') return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      reload().catch((error: unknown) => {
        log.error({ err: error }, 'could not reload the content folder; still serving the last loaded site');
      });
    }, debounceMs);
  });
  watcher.on('error', (error) => {
    log.error({ err: error }, 'watching the content folder failed');
  });
  await new Promise<void>((resolve) => watcher.once('ready', resolve));
  try {
    // A file written between the first load and the watch starting would otherwise go unseen.
    await reload();
  } catch (error) {
    await watcher.close();
    throw error;
  }
  return {
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
