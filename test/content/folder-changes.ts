import fc from 'fast-check';
import type { CatalogueEntry } from '../../src/content/catalogue.js';
import { entry } from './entries.js';

/** A change to the content folder: files are named by a letter, releases told apart by headline and date. */
export type FolderChange =
  | { kind: 'add'; file: string; headline: string; date: string | null; slug: string | null; aliases: string[] }
  | { kind: 'edit'; file: string; headline: string; date: string | null }
  | { kind: 'retext'; file: string }
  | { kind: 'remove'; file: string }
  | { kind: 'rename'; file: string; to: string };

const FILES = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => `${name}.txt`);
const file = fc.constantFrom(...FILES);
// Few headlines and dates, so that slugs collide, neighbours swap and years empty and fill.
const headline = fc.constantFrom('Results', 'Dividend', 'Merger', 'New plant');
const date = fc.option(fc.constantFrom('2004-03-01', '2004-09-30', '2019-06-15', '2024-12-20'), { nil: null });

export const folderChange: fc.Arbitrary<FolderChange> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    file,
    headline,
    date,
    slug: fc.option(fc.constantFrom('results', 'merger'), { nil: null }),
    aliases: fc.subarray(['results', 'merger', '2004-03-01-results']),
  }),
  fc.record({ kind: fc.constant('edit' as const), file, headline, date }),
  fc.record({ kind: fc.constant('retext' as const), file }),
  fc.record({ kind: fc.constant('remove' as const), file }),
  fc.record({ kind: fc.constant('rename' as const), file, to: file }),
);

/**
 * The folder's catalogue entries after each change, in file order, as the store hands them to
 * `buildCatalogue`: an edited or renamed file keeps its identity, an added one gets a new one. A
 * file written again with the same headline, date and front matter is read into new objects.
 */
export function entriesAfter(changes: readonly FolderChange[]): CatalogueEntry[][] {
  const entries = new Map<string, CatalogueEntry>();
  let identities = 0;
  return changes.map((step) => {
    const held = entries.get(step.file);
    if (step.kind === 'add' && held === undefined) {
      const front = { aliases: step.aliases, ...(step.slug === null ? {} : { slug: step.slug }) };
      entries.set(step.file, entry(step.file, step.headline, step.date, front, identities++));
    } else if (step.kind === 'edit' && held !== undefined) {
      entries.set(step.file, entry(step.file, step.headline, step.date, {}, held.identity));
    } else if (step.kind === 'retext' && held !== undefined) {
      const { slug, aliases } = held.frontMatter;
      const front = { aliases, ...(slug === null ? {} : { slug }) };
      entries.set(step.file, entry(step.file, held.release.headline?.text ?? null, held.release.date, front, held.identity));
    } else if (step.kind === 'remove') {
      entries.delete(step.file);
    } else if (step.kind === 'rename' && held !== undefined && !entries.has(step.to)) {
      entries.delete(step.file);
      entries.set(step.to, { ...held, file: step.to });
    }
    return [...entries.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
  });
}
