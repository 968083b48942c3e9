import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, FRESH_MEMORY, siteAt, type CatalogueMemory } from '../../src/content/catalogue.js';
import type { Site } from '../../src/content/site.js';
import { createRenderer } from '../../src/render/renderer.js';
import type { RenderedSite, Representation } from '../../src/render/representation.js';
import { entriesAfter, folderChange, type FolderChange } from '../content/folder-changes.js';
import { DIRS } from './fixtures/site.js';
import { stubCard } from './fixtures/stub-card.js';

/** The site after each change, as the store builds it: each catalogue from the one before. */
function sitesAfter(changes: readonly FolderChange[]): Site[] {
  let memory: CatalogueMemory = FRESH_MEMORY;
  let served = new Set<string>();
  return entriesAfter(changes).map((entries) => {
    const built = buildCatalogue(entries, [], [], memory, served);
    memory = built.memory;
    const site = siteAt(built.catalogue, 0);
    served = new Set(site.releases.map(({ slug }) => slug));
    return site;
  });
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
      fc.asyncProperty(fc.array(folderChange, { minLength: 1, maxLength: 12 }), async (changes) => {
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
