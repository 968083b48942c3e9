import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Site } from '../src/content/site.js';
import { openContentStore, type ContentStore } from '../src/content/store.js';
import { liveRenderedSite } from '../src/live-site.js';
import type { RenderedSite } from '../src/render/representation.js';
import { captureLogger, LEVEL } from './content/capture-logger.js';
import { ManualClock } from './content/manual-clock.js';
import { nextSite } from './content/store-helpers.js';
import { minimalRelease } from './fixtures/seed-release.js';
import { renderedSite, representation } from './http/rendered-site.js';

/** Renders a site as one page listing its files; refuses to render a file called broken.txt. */
function render(site: Site): RenderedSite {
  const files = site.releases.map((release) => release.file);
  if (files.includes('broken.txt')) throw new Error('template failed');
  return renderedSite({ '/files': representation(files.join(',')) });
}

const filesPage = (site: RenderedSite): string | undefined => site.resources.get('/files')?.body('identity')?.toString('utf8');

describe('liveRenderedSite', () => {
  let dir: string;
  let store: ContentStore;
  beforeEach(async () => {
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
    const site = liveRenderedSite(store, render, logger);
    expect(filesPage(site())).toBe('a.txt');
    await writeFile(path.join(dir, 'b.txt'), 'B\n');
    await store.reload();
    expect(filesPage(site())).toBe('a.txt,b.txt');
  });

  it('keeps serving the last rendering when rendering the change fails, and logs it', async () => {
    const { logger, entries } = await open();
    const site = liveRenderedSite(store, render, logger);
    const before = site();
    await writeFile(path.join(dir, 'broken.txt'), 'B\n');
    await store.reload();
    expect(site()).toBe(before);
    const logged = entries.find((entry) => entry.level === LEVEL.error && entry.msg.startsWith('could not render'));
    expect(logged?.['err']).toMatchObject({ message: 'template failed' });
  });

  it('renders again the moment an embargo ends', async () => {
    await writeFile(path.join(dir, 'later.txt'), '---\npublishAt: 2025-03-04T09:00:00-05:00\n---\nLater\n');
    const clock = new ManualClock(Date.parse('2025-03-04T13:59:00Z'));
    const { logger } = await open(clock);
    const site = liveRenderedSite(store, render, logger);
    expect(filesPage(site())).toBe('a.txt');
    const published = nextSite(store);
    clock.advance(60_000);
    await published;
    expect(filesPage(site())).toBe('a.txt,later.txt');
  });
});
