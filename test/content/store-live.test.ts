import { appendFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMER_MS } from '../../src/content/clock.js';
import type { ParsePool } from '../../src/content/parse-pool.js';
import { readFiling } from '../../src/content/read-filing.js';
import type { Site } from '../../src/content/site.js';
import type { ContentStore, StoreOptions } from '../../src/content/store.js';
import { LEVEL, type LogEntry } from './capture-logger.js';
import { FakeWatch } from './fake-watch.js';
import { ManualClock } from './manual-clock.js';
import { headlines, loggedAt, nextSite, openTestStore, parseFirstLine, slugOf, tick } from './store-helpers.js';

const NOW = Date.parse('2025-03-04T13:00:00Z');
const DEBOUNCE_MS = 20;

const filing = (headline: string, front = ''): string => `${front === '' ? '' : `---\n${front}---\n`}${headline}\nBody text.\n`;

describe('ContentStore, live', () => {
  let dir: string;
  let store: ContentStore | undefined;
  let entries: LogEntry[];
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pressroom-live-'));
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  async function open(options: Partial<Omit<StoreOptions, 'maxFileBytes' | 'parse' | 'logger'>> = {}): Promise<ContentStore> {
    const opened = await openTestStore({ dir, watch: false, debounceMs: DEBOUNCE_MS, ...options });
    ({ store, entries } = opened);
    return opened.store;
  }
  const write = (file: string, text: string | Buffer): Promise<void> => writeFile(path.join(dir, file), text);
  const logged = (level: number, pattern: RegExp): LogEntry[] => loggedAt(entries, level, pattern);

  describe('embargo', () => {
    it('publishes a release the instant its embargo ends, on a timer, without a file event', async () => {
      await write('later.txt', filing('Merger agreed', 'publishAt: 2025-03-04T08:30:00-05:00\n'));
      await write('now.txt', filing('Dividend declared'));
      const clock = new ManualClock(NOW);
      const store = await open({ clock });
      expect(headlines(store.current())).toEqual(['Dividend declared']);
      expect(store.current().scheduled).toMatchObject([{ file: 'later.txt', publishAt: { iso: '2025-03-04T08:30:00-05:00' } }]);
      expect(logged(LEVEL.info, /^next scheduled publication: later\.txt at 2025-03-04T08:30:00-05:00 \(2025-03-04T13:30:00\.000Z/)).toHaveLength(1);

      clock.advance(30 * 60_000 - 1);
      await tick();
      expect(headlines(store.current())).toEqual(['Dividend declared']);

      const published = nextSite(store);
      clock.advance(1);
      const site = await published;
      expect(site.asOf).toBe(Date.parse('2025-03-04T13:30:00Z'));
      expect(headlines(site).sort()).toEqual(['Dividend declared', 'Merger agreed']);
      expect(site.scheduled).toEqual([]);
      expect(logged(LEVEL.info, /^later\.txt: published as ".*" on schedule/)).toHaveLength(1);
    });

    it('waits out an embargo longer than a timer can hold', async () => {
      await write('later.txt', filing('Far off', 'publishAt: 2025-06-01T00:00:00Z\n'));
      const clock = new ManualClock(NOW);
      const store = await open({ clock });
      expect(clock.nextTimer).toBe(NOW + MAX_TIMER_MS);
      clock.advance(MAX_TIMER_MS);
      await tick();
      expect(store.current().releases).toEqual([]);
      for (let round = 0; round < 10 && store.current().releases.length === 0; round++) {
        clock.advance((clock.nextTimer ?? clock.now()) - clock.now());
        await tick();
      }
      expect(headlines(store.current())).toEqual(['Far off']);
      expect(store.current().asOf).toBe(Date.parse('2025-06-01T00:00:00Z'));
    });

    it('takes a published release down when an edit puts it under embargo, and keeps its slug for it', async () => {
      await write('a.txt', filing('Results'));
      const clock = new ManualClock(NOW);
      const store = await open({ clock });
      const slug = slugOf(store.current(), 'a.txt');
      await write('a.txt', filing('Results', 'publishAt: 2025-03-05T00:00:00Z\n'));
      await write('b.txt', filing('Results'));
      const site = await store.reload();
      expect(site.releases.map((r) => r.file)).toEqual(['b.txt']);
      expect(slugOf(site, 'b.txt')).toBe(`${slug ?? ''}-2`);
      expect(site.scheduled).toMatchObject([{ file: 'a.txt', slug }]);
    });

    it('never publishes a release whose front matter turned bad before its embargo ended', async () => {
      await write('a.txt', filing('Secret', 'publishAt: 2025-03-05T00:00:00Z\n'));
      const store = await open({ clock: new ManualClock(NOW) });
      await write('a.txt', filing('Secret', 'publishAt: 2025-03-05T00:00:00\n'));
      const site = await store.reload();
      expect(site.releases).toEqual([]);
      expect(site.problems).toMatchObject([{ severity: 'error', file: 'a.txt', line: 2, reason: expect.stringMatching(/no UTC offset.*last good version stays published/) as unknown }]);
    });
  });

  describe('slugs', () => {
    it('redirects the old slug when an edit changes a published release’s slug, and warns to add an alias', async () => {
      await write('a.txt', filing('Acme Reprots Results'));
      const store = await open();
      const old = slugOf(store.current(), 'a.txt') ?? '';
      await write('a.txt', filing('Acme Reports Results'));
      const site = await store.reload();
      expect(slugOf(site, 'a.txt')).toBe('2005-01-01-acme-reports-results');
      expect([...site.redirects]).toEqual([[old, '2005-01-01-acme-reports-results']]);
      expect(logged(LEVEL.warn, /^a\.txt: slug changed from "2005-01-01-acme-reprots-results" to "2005-01-01-acme-reports-results"; .*add "2005-01-01-acme-reprots-results" to the release's aliases/)).toHaveLength(1);

      await write('a.txt', filing('Acme Reports Results', `aliases: [${old}]\n`));
      const aliased = await store.reload();
      expect([...aliased.redirects]).toEqual([[old, '2005-01-01-acme-reports-results']]);
      expect(logged(LEVEL.warn, /slug changed/)).toHaveLength(1);
    });

    it('follows a front-matter slug, and redirects from the one it replaced', async () => {
      await write('a.txt', filing('Results'));
      const store = await open();
      await write('a.txt', filing('Results', 'slug: q4-2004-results\n'));
      const site = await store.reload();
      expect(slugOf(site, 'a.txt')).toBe('q4-2004-results');
      expect(site.redirects.get('2005-01-01-results')).toBe('q4-2004-results');
    });

    it('never gives a served URL to a copy added later, even one whose name sorts first', async () => {
      await write('original.txt', filing('Results'));
      const store = await open();
      await write('a-copy.txt', filing('Results'));
      const site = await store.reload();
      expect(slugOf(site, 'original.txt')).toBe('2005-01-01-results');
      expect(slugOf(site, 'a-copy.txt')).toBe('2005-01-01-results-2');
      expect(logged(LEVEL.warn, /^a-copy\.txt:1: slug "2005-01-01-results" is taken \(it is the slug of original\.txt\)/)).toHaveLength(1);
    });

    it('follows a renamed file: same release, and its old slug redirects when the name made it', async () => {
      await write('acme-q4.txt', filing('(no headline) just words'));
      const store = await open();
      expect(slugOf(store.current(), 'acme-q4.txt')).toBe('acme-q4');
      await mkdir(path.join(dir, '2005'));
      await rename(path.join(dir, 'acme-q4.txt'), path.join(dir, '2005', 'acme-q4-2005.txt'));
      const site = await store.reload();
      expect(site.releases).toMatchObject([{ file: '2005/acme-q4-2005.txt', slug: 'acme-q4-2005', origin: { file: 'acme-q4.txt', slug: 'acme-q4' } }]);
      expect([...site.redirects]).toEqual([['acme-q4', 'acme-q4-2005']]);
    });

    it('takes front-matter changes to aliases as they come', async () => {
      await write('a.txt', filing('Results', 'aliases: [old-one]\n'));
      const store = await open();
      expect([...store.current().redirects.keys()]).toEqual(['old-one']);
      await write('a.txt', filing('Results', 'aliases: [old-two]\n'));
      expect([...(await store.reload()).redirects.keys()]).toEqual(['old-two']);
    });
  });

  describe('files', () => {
    it('reads subfolders and .txt in any case, and logs each other file once as ignored', async () => {
      await mkdir(path.join(dir, '2008'));
      await write('2008/Q4.TXT', filing('Fourth quarter'));
      await write('notes.md', 'notes');
      await write('.upload.txt.tmp', 'half');
      const store = await open();
      expect(store.current().releases.map((r) => r.file)).toEqual(['2008/Q4.TXT']);
      expect(store.current().ignored).toEqual([{ file: 'notes.md', reason: 'not a .txt file' }]);
      await write('notes.md', 'more notes');
      await write('b.txt', filing('B'));
      await store.reload();
      expect(logged(LEVEL.info, /ignored/).map((entry) => entry.msg)).toEqual(['notes.md: ignored (not a .txt file)']);
    });
    it('lists a file reported by the watcher as ignored, once, and forgets it when it is deleted', async () => {
      const watch = new FakeWatch();
      const clock = new ManualClock(NOW);
      const store = await open({ watch: true, watchFolder: watch.watchFolder, clock });
      const report = async (event: 'add' | 'change' | 'unlink', file: string): Promise<Site> => {
        const next = nextSite(store);
        watch.report(event, file);
        clock.advance(DEBOUNCE_MS);
        return next;
      };
      await write('notes.md', 'notes');
      expect((await report('add', 'notes.md')).ignored).toEqual([{ file: 'notes.md', reason: 'not a .txt file' }]);
      await write('notes.md', 'more notes');
      await write('a.txt', filing('A'));
      watch.report('change', 'notes.md');
      await report('add', 'a.txt');
      expect(logged(LEVEL.info, /ignored/)).toHaveLength(1);
      await rm(path.join(dir, 'notes.md'));
      expect((await report('unlink', 'notes.md')).ignored).toEqual([]);
    });
  });

  describe('the edit thread', () => {
    /** A pool that parses here, counting what it is asked to read. */
    const countingPool = (): { pool: ParsePool; read: string[] } => {
      const read: string[] = [];
      return {
        read,
        pool: {
          read: (bytes, file, maxBytes) => {
            read.push(file);
            return Promise.resolve(readFiling(bytes, file, maxBytes, parseFirstLine));
          },
          close: () => Promise.resolve(),
        },
      };
    };

    it('opens with the first activity in the folder, before the change has settled, and parses every edit', async () => {
      await write('a.txt', filing('First'));
      const { pool, read } = countingPool();
      const openEditParser = vi.fn(() => pool);
      const watch = new FakeWatch();
      const clock = new ManualClock(NOW);
      const store = await open({ watch: true, watchFolder: watch.watchFolder, clock, openEditParser });
      expect(openEditParser).not.toHaveBeenCalled();

      await write('a.txt', filing('Edited'));
      watch.activity(2);
      expect(openEditParser).toHaveBeenCalledTimes(1);
      expect(read).toEqual([]);
      const edited = nextSite(store);
      watch.report('change', 'a.txt');
      clock.advance(DEBOUNCE_MS);
      expect(headlines(await edited)).toEqual(['Edited']);
      expect(read).toEqual(['a.txt']);
      expect(openEditParser).toHaveBeenCalledTimes(1);
    });

    it('is not opened when nothing happens in the folder', async () => {
      await write('a.txt', filing('First'));
      const openEditParser = vi.fn(() => countingPool().pool);
      await open({ watch: true, watchFolder: new FakeWatch().watchFolder, openEditParser });
      await tick();
      expect(openEditParser).not.toHaveBeenCalled();
    });
  });

  describe('half-written files', () => {
    it('never reads a file the watcher has not reported as settled, whatever else changes', async () => {
      const finished = `Version two\n${'Every word of the new version. '.repeat(200)}\n`;
      await write('x.txt', filing('Version one'));
      const watch = new FakeWatch();
      const clock = new ManualClock(NOW);
      const store = await open({ watch: true, watchFolder: watch.watchFolder, clock });
      const sites: Site[] = [];
      store.subscribe((site) => sites.push(site));

      // An upload rewrites x.txt: its first half is on disk, the rest a second away...
      await write('x.txt', finished.slice(0, finished.length / 2));
      // ...while another file is saved, settles, and is reported.
      await write('y.txt', filing('Another release'));
      const withY = nextSite(store);
      watch.report('add', 'y.txt');
      clock.advance(DEBOUNCE_MS);
      expect(headlines(await withY).sort()).toEqual(['Another release', 'Version one']);

      await appendFile(path.join(dir, 'x.txt'), finished.slice(finished.length / 2));
      const withX = nextSite(store);
      watch.report('change', 'x.txt');
      clock.advance(DEBOUNCE_MS);
      const site = await withX;
      expect(site.releases.find((r) => r.file === 'x.txt')?.source.bytes().toString()).toBe(finished);
      expect(sites.flatMap((each) => each.releases.filter((r) => r.file === 'x.txt')).map((r) => r.source.byteLength)).toEqual([
        filing('Version one').length,
        finished.length,
      ]);
    });

    it('with the real watcher: a file still being written while another is saved is published whole', { timeout: 20_000 }, async () => {
      const store = await open({ watch: true, writeSettleMs: 800 });
      const sizes: number[] = [];
      store.subscribe((site) => {
        const x = site.releases.find((r) => r.file === 'x.txt');
        if (x) sizes.push(x.source.byteLength);
      });
      // A slow upload: a chunk every 100 ms for 1.6 s. The other file settles half-way through.
      const chunks = Array.from({ length: 16 }, (_, i) => `${i === 0 ? 'Uploaded slowly\n' : ''}${'word '.repeat(200)}\n`);
      await write('y.txt', filing('Saved meanwhile'));
      for (const chunk of chunks) {
        await appendFile(path.join(dir, 'x.txt'), chunk);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await vi.waitFor(() => {
        expect(store.current().releases.map((r) => r.file).sort()).toEqual(['x.txt', 'y.txt']);
      }, { timeout: 15_000, interval: 50 });
      expect(sizes.length).toBeGreaterThan(0);
      expect(sizes.every((size) => size === chunks.join('').length)).toBe(true);
    });

    it('unpublishes every release of a folder reported removed alone, and forgets what it ignored there', async () => {
      await mkdir(path.join(dir, '2008', 'q4'), { recursive: true });
      await write('2008/a.txt', filing('First of 2008'));
      await write('2008/q4/b.txt', filing('Second of 2008'));
      await write('2008/notes.md', 'notes');
      await write('c.txt', filing('Kept'));
      const watch = new FakeWatch();
      const clock = new ManualClock(NOW);
      const store = await open({ watch: true, watchFolder: watch.watchFolder, clock });
      expect(store.current().releases).toHaveLength(3);
      expect(store.current().ignored.map((item) => item.file)).toEqual(['2008/notes.md']);
      await rename(path.join(dir, '2008'), path.join(dir, '..', `${path.basename(dir)}-2008`));
      const without = nextSite(store);
      watch.report('unlink', '2008');
      clock.advance(DEBOUNCE_MS);
      const site = await without;
      expect(headlines(site)).toEqual(['Kept']);
      expect(site.ignored).toEqual([]);
      await rm(path.join(dir, '..', `${path.basename(dir)}-2008`), { recursive: true });
    });

    it('with the real watcher: adds, edits and removes files in subfolders', { timeout: 20_000 }, async () => {
      const store = await open({ watch: true, writeSettleMs: 50 });
      await mkdir(path.join(dir, '2008'));
      const added = nextSite(store, (site) => site.releases.length === 1);
      await write('2008/a.txt', filing('Filed by year'));
      expect((await added).releases[0]?.file).toBe('2008/a.txt');
      const removed = nextSite(store, (site) => site.releases.length === 0);
      await rm(path.join(dir, '2008'), { recursive: true });
      expect((await removed).problems).toEqual([]);
    });

    it('with the real watcher: follows a folder renamed within, and one moved away', { timeout: 20_000 }, async () => {
      await mkdir(path.join(dir, 'drafts', 'q4'), { recursive: true });
      await write('drafts/a.txt', filing('Renamed with its folder'));
      await write('drafts/q4/b.txt', filing('Deeper down'));
      const store = await open({ watch: true, writeSettleMs: 50 });
      const renamed = nextSite(store, (site) => site.releases.length === 2 && site.releases.every((r) => r.file.startsWith('2008/')));
      await rename(path.join(dir, 'drafts'), path.join(dir, '2008'));
      expect((await renamed).releases.map((r) => r.file).sort()).toEqual(['2008/a.txt', '2008/q4/b.txt']);
      const away = path.join(dir, '..', `${path.basename(dir)}-away`);
      const gone = nextSite(store, (site) => site.releases.length === 0);
      await rename(path.join(dir, '2008'), away);
      expect((await gone).problems).toEqual([]);
      await rm(away, { recursive: true });
    });
  });
});
