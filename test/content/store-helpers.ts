import type { ParseRelease } from '../../src/content/load.js';
import type { Site } from '../../src/content/site.js';
import { openContentStore, type ContentStore, type StoreOptions } from '../../src/content/store.js';
import { minimalRelease } from '../fixtures/seed-release.js';
import { captureLogger, type LogEntry } from './capture-logger.js';

export const MAX = 2 * 1024 * 1024;

/** Headline = first line (none when it is empty), so that a test can tell versions of a file apart. */
export const parseFirstLine: ParseRelease = (text) => {
  const first = text.split('\n').find((line) => line.trim() !== '') ?? '';
  return minimalRelease({ headline: first.startsWith('(no headline)') ? null : first, date: '2005-01-01' });
};

export const NOT_UTF8 = Buffer.from('Caf\xe9 opens\n', 'latin1');

/** The next site the store hands out that matches. */
export function nextSite(store: ContentStore, matching: (site: Site) => boolean = () => true): Promise<Site> {
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe((site) => {
      if (!matching(site)) return;
      unsubscribe();
      resolve(site);
    });
  });
}

export const headlines = (site: Site): (string | undefined)[] => site.releases.map((r) => r.release.headline?.text);

export const slugOf = (site: Site, file: string): string | undefined => site.releases.find((r) => r.file === file)?.slug;

/** Lets promise callbacks and I/O already under way run. */
export const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A store over `dir` that reads the first line as the headline and keeps what it logs. */
export async function openTestStore(options: Omit<StoreOptions, 'maxFileBytes' | 'parse' | 'logger'>): Promise<{ store: ContentStore; entries: LogEntry[] }> {
  const { logger, entries } = captureLogger();
  const store = await openContentStore({ maxFileBytes: MAX, parse: parseFirstLine, logger, ...options });
  return { store, entries };
}

/** The entries logged at `level` whose message matches. */
export const loggedAt = (entries: readonly LogEntry[], level: number, pattern: RegExp): LogEntry[] =>
  entries.filter((entry) => entry.level === level && pattern.test(entry.msg));
