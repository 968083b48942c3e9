import { FiledBytes } from '../../src/content/filed-bytes.js';
import type { CatalogueEntry } from '../../src/content/catalogue.js';
import { NO_FRONT_MATTER, type FrontMatter } from '../../src/content/front-matter/read.js';
import { releaseMeta } from '../../src/content/release-meta.js';
import type { Timestamp } from '../../src/content/site.js';
import { minimalRelease } from '../fixtures/seed-release.js';

const bytes = new TextEncoder().encode('as filed');

/** Front matter saying only `fields`; aliases get lines 2, 3, ... as if listed one a line. */
export function frontMatter(fields: Partial<Omit<FrontMatter, 'lines'>> = {}): FrontMatter {
  const aliases = fields.aliases ?? [];
  return { ...NO_FRONT_MATTER, ...fields, lines: { keys: new Map(), aliases: new Map(aliases.map((alias, i) => [alias, i + 2])) } };
}

export function timestamp(iso: string): Timestamp {
  return { iso, epochMs: Date.parse(iso) };
}

let identities = 0;
const MODIFIED = new Date('2025-01-01T00:00:00Z');

/** A catalogue entry for `file` with a plain release of this headline and date. */
export function entry(
  file: string,
  headline: string | null,
  date: string | null,
  front: Partial<Omit<FrontMatter, 'lines'>> = {},
  identity: number = identities++,
): CatalogueEntry {
  const release = minimalRelease({ headline, date });
  const matter = frontMatter(front);
  return { identity, file, source: FiledBytes.of(bytes), release, frontMatter: matter, meta: releaseMeta(release, matter), modified: MODIFIED };
}
