import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Site } from '../src/content/site.js';
import { openContentStore, type ContentStore } from '../src/content/store.js';
import { liveRenderedSite } from '../src/live-site.js';
import { createRenderer, type Renderer } from '../src/render/renderer.js';
import type { RenderedSite } from '../src/render/representation.js';
import { captureLogger, LEVEL } from './content/capture-logger.js';
import { ManualClock } from './content/manual-clock.js';
import { nextSite } from './content/store-helpers.js';
import { minimalRelease } from './fixtures/seed-release.js';
import { renderedSite, representation } from './http/rendered-site.js';
import { manyReleases } from './render/fixtures/many-releases.js';
import { DIRS, siteOf } from './render/fixtures/site.js';
import { stubCard } from './render/fixtures/stub-card.js';

/** Renders a site as one page listing its files; refuses to render a file called broken.txt. */
function renderNow(site: Site): RenderedSite {
  const files = site.releases.map((release) => release.file);
  if (files.includes('broken.txt')) throw new Error('template failed');
  return renderedSite({ '/files': representation(files.join(',')) });
}

/** The sites rendered in steps, in order. */
let renderedInSteps: Site[] = [];
/** A rendering in steps waits for this before it ends. */
let held: Promise<void> = Promise.resolve();
const render: Renderer = Object.assign(renderNow, {
  async inSteps(site: Site): Promise<RenderedSite> {
    await held;
    await new Promise((resolve) => setImmediate(resolve));
    renderedInSteps.push(site);
    return renderNow(site);
  },
});

const filesPage = (site: RenderedSite): string | undefined => site.resources.get('/files')?.body('identity')?.toString('utf8');

describe('liveRenderedSite', () => {
  let dir: string;
  let store: ContentStore;
  beforeEach(async () => {
    renderedInSteps = [];
    held = Promise.resolve();
    dir = await mkdtemp(path.join(tmpdir(), 'pressroom-live-'));
    await writeFile(path.join(dir, 'a.txt'), 'A\n');
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true });
  });

  async function open(clock?: ManualClock): Promise<ReturnType<typeof captureLogger>> {
    const capture = captureLogger();
    store = await openContentStore({
      dir,
      maxFileBytes: 1024,
      watch: false,
      logger: capture.logger,
      parse: () => minimalRelease({ headline: 'Headline' }),
      ...(clock && { clock }),
    });
    return capture;
  }

  it('renders the current site, and again when it changes', async () => {
    const { logger } = await open();
    const site = await liveRenderedSite(store, render, logger);
    expect(filesPage(site())).toBe('a.txt');
    await writeFile(path.join(dir, 'b.txt'), 'B\n');
    await store.reload();
    expect(filesPage(site())).toBe('a.txt');
    await site.settled();
    expect(filesPage(site())).toBe('a.txt,b.txt');
  });

  it('renders, of the changes that come while it renders one, only the latest', async () => {
    const { logger } = await open();
    const site = await liveRenderedSite(store, render, logger);
    let letGo = (): void => undefined;
    held = new Promise((resolve) => (letGo = resolve));
    await writeFile(path.join(dir, 'b.txt'), 'B\n');
    await store.reload();
    await writeFile(path.join(dir, 'c.txt'), 'C\n');
    await store.reload();
    await writeFile(path.join(dir, 'd.txt'), 'D\n');
    await store.reload();
    expect(filesPage(site())).toBe('a.txt');
    letGo();
    await site.settled();
    expect(filesPage(site())).toBe('a.txt,b.txt,c.txt,d.txt');
    // The first rendering, the change it was rendering when the others came, and the latest of those.
    expect(renderedInSteps.map((rendered) => rendered.releases.length)).toEqual([1, 2, 4]);
  });

  it('keeps serving the last rendering when rendering the change fails, and logs it', async () => {
    const { logger, entries } = await open();
    const site = await liveRenderedSite(store, render, logger);
    const before = site();
    await writeFile(path.join(dir, 'broken.txt'), 'B\n');
    await store.reload();
    await site.settled();
    expect(site()).toBe(before);
    const logged = entries.find((entry) => entry.level === LEVEL.error && entry.msg.startsWith('could not render'));
    expect(logged?.['err']).toMatchObject({ message: 'template failed' });
  });

  it('renders again the moment an embargo ends', async () => {
    await writeFile(path.join(dir, 'later.txt'), '---\npublishAt: 2025-03-04T09:00:00-05:00\n---\nLater\n');
    const clock = new ManualClock(Date.parse('2025-03-04T13:59:00Z'));
    const { logger } = await open(clock);
    const site = await liveRenderedSite(store, render, logger);
    expect(filesPage(site())).toBe('a.txt');
    const published = nextSite(store);
    clock.advance(60_000);
    await published;
    await site.settled();
    expect(filesPage(site())).toBe('a.txt,later.txt');
  });
});

describe('liveRenderedSite over the project renderer', () => {
  it('swaps in a site rendered in steps whole: while it renders, every request sees the previous site', async () => {
    const render = await createRenderer({ ...DIRS, drawCard: stubCard, renderSliceMs: 0 });
    const listeners: ((site: Site) => void)[] = [];
    const releases = manyReleases(41);
    const store: Pick<ContentStore, 'current' | 'subscribe'> = {
      current: () => siteOf(...releases.slice(1)),
      subscribe(listener) {
        listeners.push(listener);
        return () => undefined;
      },
    };
    const site = await liveRenderedSite(store as ContentStore, render, captureLogger().logger);
    const before = site();
    for (const listener of listeners) listener(siteOf(...releases));
    const rendering = { done: false };
    void site.settled().then(() => (rendering.done = true));
    const seen = new Set<RenderedSite>();
    let turns = 0;
    while (!rendering.done) {
      seen.add(site());
      turns++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Rendered a step a turn: requests came between the steps, and saw only the site before.
    expect(turns).toBeGreaterThan(releases.length);
    expect([...seen]).toEqual([before]);
    expect(before.resources.has('/releases/release-1')).toBe(false);
    expect(site().resources.has('/releases/release-1')).toBe(true);
  });
});
