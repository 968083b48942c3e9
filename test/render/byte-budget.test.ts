import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/content/load.js';
import { resource } from './fixtures/rendered.js';
import { projectRenderer, ROOT } from './fixtures/site.js';

/** What fits the first TCP congestion window (10 segments of 1,460 bytes), less room for headers. */
const FIRST_ROUND_TRIP_BYTES = 14_000;

describe('the seed page', () => {
  it('comes in one round trip: its HTML and stylesheet, brotli, fit 14,000 bytes', async () => {
    const content = await loadSite(path.join(ROOT, 'content'), { maxFileBytes: 2 * 1024 * 1024 });
    const [seed] = content.releases;
    const site = (await projectRenderer())(content);
    const page = await resource(site, `/releases/${seed?.slug ?? ''}`).complete();
    const stylesheet = load(page.identity.toString('utf8'))('link[rel="stylesheet"]').attr('href') ?? '';
    const css = await resource(site, stylesheet).complete();
    expect(page.br.length).toBeGreaterThan(0);
    expect(page.br.length + css.br.length).toBeLessThanOrEqual(FIRST_ROUND_TRIP_BYTES);
  });
});
