import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, FRESH_MEMORY, type BuiltCatalogue, type CatalogueMemory } from '../../src/content/catalogue.js';
import { entriesAfter, folderChange } from './folder-changes.js';

/** What a build gives, in plain values: releases in order with their slugs and origins, redirects, problems, the ledger. */
function plain({ catalogue, memory, changes }: BuiltCatalogue): unknown {
  return {
    releases: catalogue.releases.map(({ slug, file, meta, origin, release }) => ({ slug, file, meta, origin, release })),
    redirects: [...catalogue.redirects].map(([from, target]) => [from, target.slug]),
    problems: catalogue.problems,
    ledger: memory.ledger,
    changes,
  };
}

describe('a catalogue built again after each change', () => {
  it('is the catalogue a build from the same slug history alone gives, releases in the same order', () => {
    fc.assert(
      fc.property(fc.array(folderChange, { minLength: 1, maxLength: 20 }), (changes) => {
        let memory: CatalogueMemory = FRESH_MEMORY;
        let served = new Set<string>();
        for (const entries of entriesAfter(changes)) {
          // Only what slugs must remember while the server runs: no release, claim or order kept.
          const history: CatalogueMemory = { ...FRESH_MEMORY, ledger: memory.ledger, origins: memory.origins };
          const scratch = buildCatalogue(entries, [], [], history, served);
          const built = buildCatalogue(entries, [], [], memory, served);
          expect(plain(built)).toEqual(plain(scratch));
          memory = built.memory;
          served = new Set(built.catalogue.releases.map(({ slug }) => slug));
        }
      }),
      { numRuns: 500 },
    );
  });
});
