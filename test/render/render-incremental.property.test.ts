import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, FRESH_MEMORY, siteAt, type CatalogueEntry, type CatalogueMemory } from '../../src/content/catalogue.js';
import type { Site } from '../../src/content/site.js';
import { createRenderer } from '../../src/render/renderer.js';
import type { RenderedSite, Representation } from '../../src/render/representation.js';
import { entry } from '../content/entries.js';
import { DIRS } from './fixtures/site.js';
import { stubCard } from './fixtures/stub-card.js';

/** A change to the content folder: files are named by a letter, releases told apart by headline and date. */
type Change =
  | { kind: 'add'; file: string; headline: string; date: string | null; slug: string | null }
  | { kind: 'edit'; file: string; headline: string; date: string | null }
  | { kind: 'remove'; file: string }
  | { kind: 'rename'; file: string; to: string };

const FILES = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => `${name}.txt`);
const file = fc.constantFrom(...FILES);
// Few headlines and dates, so that slugs collide, neighbours swap and years empty and fill.
const headline = fc.constantFrom('Results', 'Dividend', 'Merger', 'New plant');
const date = fc.option(fc.constantFrom('2004-03-01', '2004-09-30', '2019-06-15', '2024-12-20'), { nil: null });
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), file, headline, date, slug: fc.option(fc.constantFrom('results', 'merger'), { nil: null }) }),
  fc.record({ kind: fc.constant('edit' as const), file, headline, date }),
  fc.record({ kind: fc.constant('remove' as const), file }),
  fc.record({ kind: fc.constant('rename' as const), file, to: file }),
);

/** The folder's releases after each change, as the store builds its catalogue: one build after another. */
function sitesAfter(changes: readonly Change[]): Site[] {
  const entries = new Map<string, CatalogueEntry>();
  let memory: CatalogueMemory = FRESH_MEMORY;
  let served = new Set<string>();
  let identities = 0;
  const sites: Site[] = [];
  for (const step of changes) {
    const held = entries.get(step.file);
    if (step.kind === 'add' && held === undefined) {
      entries.set(step.file, entry(step.file, step.headline, step.date, step.slug === null ? {} : { slug: step.slug }, identities++));
    } else if (step.kind === 'edit' && held !== undefined) {
      entries.set(step.file, entry(step.file, step.headline, step.date, {}, held.identity));
    } else if (step.kind === 'remove') {
      entries.delete(step.file);
    } else if (step.kind === 'rename' && held !== undefined && !entries.has(step.to)) {
      entries.delete(step.file);
      entries.set(step.to, { ...held, file: step.to });
    }
    const inOrder = [...entries.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
    const built = buildCatalogue(inOrder, [], [], memory, served);
    memory = built.memory;
    const site = siteAt(built.catalogue, 0);
    served = new Set(site.releases.map(({ slug }) => slug));
    sites.push(site);
  }
  return sites;
}

/** Everything a response is made of: status, headers and body. */
async function answer(representation: Representation): Promise<unknown> {
  const body = await representation.produced();
  const { status, contentType, cacheControl, lastModified, framable } = representation;
  return { status, contentType, cacheControl, lastModified, framable, scripts: representation.scriptSources(), body: body.toString('base64') };
}

async function answers(site: RenderedSite): Promise<unknown> {
  const resources: Record<string, unknown> = {};
  for (const [path, representation] of [...site.resources].sort(([a], [b]) => (a < b ? -1 : 1))) {
    resources[path] = await answer(representation);
  }
  const latest: unknown[] = [];
  for (const representation of site.latest.byLimit.values()) latest.push(await answer(representation));
  return {
    resources,
    redirects: Object.fromEntries([...site.redirects].sort(([a], [b]) => (a < b ? -1 : 1))),
    notFound: await answer(site.notFound),
    notFoundJson: await answer(site.notFoundJson),
    methodNotAllowed: await answer(site.methodNotAllowed),
    serverError: await answer(site.serverError),
    latest,
    badLimit: await answer(site.latest.badLimit),
  };
}

describe('a site rendered again after each change', () => {
  it('answers every URL as a site rendered from scratch for the same content does', { timeout: 120_000 }, async () => {
    const options = { ...DIRS, drawCard: stubCard, renderSliceMs: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 12 }), async (changes) => {
        const incremental = await createRenderer(options);
        const sites = sitesAfter(changes);
        let rendered: RenderedSite | null = null;
        for (const site of sites) rendered = await incremental.inSteps(site);
        const last = sites.at(-1);
        if (rendered === null || last === undefined) return;
        const scratch = (await createRenderer(options))(last);
        expect(await answers(rendered)).toEqual(await answers(scratch));
      }),
      { numRuns: 40 },
    );
  });
});
